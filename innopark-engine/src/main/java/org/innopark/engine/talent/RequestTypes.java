package org.innopark.engine.talent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * 诉求类型与办理时限: the kinds of talent service request (人才公寓, 子女就学, 配偶就业, 政策兑现, 医疗保障, 出入境, …) with
 * their time limits, read from a versioned file ({@code service-requests.yaml}), and where a request stands against
 * them: a request must be assigned within {@code accept-days} of its submission and closed (办结 or 退回) within
 * {@code resolve-days}; on the limit's day it is still on time, the day after it is 超期.
 */
public final class RequestTypes {

    public static final String OFFICIAL = "org/innopark/engine/talent/service-requests.yaml";

    private static final RuleFileHeader.Kind KIND = new RuleFileHeader.Kind(true, false, Confidence.UNCONFIRMED);

    /** One request type and its limits. */
    public record Type(
            String code,
            String nameZh,
            String nameEn,
            List<String> aliases,
            int acceptDays,
            int resolveDays,
            int dueDays,
            String escalateTo) {

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /** Where a request stands against its type's limits. */
    public enum Status {
        /** 正常: within the limit. */
        OK("正常", "on time"),
        /** 将到期: the limit is within due-days. */
        DUE("将到期", "due soon"),
        /** 超期: past the limit. */
        OVERDUE("超期", "overdue"),
        /** 按时办结: closed within the limit. */
        CLOSED_ON_TIME("按时办结", "closed on time"),
        /** 超期办结: closed after the limit. */
        CLOSED_LATE("超期办结", "closed late");

        private final String zh;
        private final String en;

        Status(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        }

        public boolean late() {
            return this == OVERDUE || this == CLOSED_LATE;
        }
    }

    /** Which limit applies: 受理 (to be assigned) or 办结 (to be closed). */
    public enum Limit {
        ACCEPT("分派时限", "assignment limit"),
        RESOLVE("办结时限", "closing limit");

        private final String zh;
        private final String en;

        Limit(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        }
    }

    /**
     * A request's standing: the limit that applies, its deadline (the last day on time), the days left (negative when
     * overdue; for a closed request, the days it was closed before the deadline) and whom an overdue one goes to.
     */
    public record Standing(Status status, Limit limit, LocalDate deadline, long daysLeft, String escalatedTo) {}

    private final RuleFileHeader header;
    private final Map<String, Type> types;

    private RequestTypes(RuleFileHeader header, Map<String, Type> types) {
        this.header = header;
        this.types = types;
    }

    public static RequestTypes official() {
        return read(RuleNode.parseResource(RequestTypes.class.getClassLoader(), OFFICIAL));
    }

    public static RequestTypes read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("types"));
        RuleFileHeader header = RuleFileHeader.read(root, KIND);
        Map<String, Type> types = new LinkedHashMap<>();
        Set<String> keys = Set.of("code", "name", "aliases", "accept-days", "resolve-days", "due-days", "escalate-to");
        for (RuleNode n : root.require("types").items()) {
            n.allowOnly(keys);
            String code = n.require("code").text().strip();
            if (!code.matches("[a-z0-9][a-z0-9-]*")) {
                throw n.require("code").error("a code is lower-case letters, digits and '-', got '" + code + "'");
            }
            if (types.containsKey(code)) {
                throw n.require("code").error("the code " + code + " appears twice in the file");
            }
            RuleNode name = n.require("name");
            String zh;
            String en;
            if (name.isMap()) {
                name.allowOnly(Set.of("zh", "en"));
                zh = name.require("zh").text().strip();
                en = name.text("en", zh).strip();
            } else {
                zh = name.text().strip();
                en = zh;
            }
            int accept = n.require("accept-days").integer();
            int resolve = n.require("resolve-days").integer();
            int due = n.get("due-days").map(RuleNode::integer).orElse(0);
            if (accept < 1 || resolve < accept || due < 0 || due >= accept) {
                throw n.error("accept-days must be at least 1, resolve-days at least accept-days and due-days between"
                        + " 0 and accept-days - 1; got accept-days " + accept + ", resolve-days " + resolve
                        + ", due-days " + due);
            }
            List<String> aliases = n.get("aliases")
                    .map(a -> a.items().stream().map(i -> i.text().strip()).toList())
                    .orElse(List.of());
            types.put(
                    code,
                    new Type(
                            code,
                            zh,
                            en,
                            aliases,
                            accept,
                            resolve,
                            due,
                            n.require("escalate-to").text().strip()));
        }
        if (types.isEmpty()) {
            throw root.require("types").error("the file lists no request type");
        }
        return new RequestTypes(header, types);
    }

    public RuleFileHeader header() {
        return header;
    }

    public List<Type> types() {
        return List.copyOf(types.values());
    }

    public Optional<Type> byCode(String code) {
        return Optional.ofNullable(code == null ? null : types.get(code.strip()));
    }

    /** The type a text names: its code, Chinese or English name, or an alias; empty when none. */
    public Optional<Type> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Type type : types.values()) {
            if (type.code().equals(t)
                    || type.nameZh().equals(t)
                    || type.nameEn().equalsIgnoreCase(t)
                    || type.aliases().contains(t)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The names a reader may write, for error messages. */
    public String names() {
        return String.join("、", types.values().stream().map(Type::nameZh).toList());
    }

    /**
     * Where a request stands on {@code today}.
     *
     * @param submitted the day it was submitted
     * @param assigned the day it was first assigned, or null when it has not been
     * @param closed the day it was closed (办结 or 退回), or null when it is open
     */
    public static Standing standing(
            Type type, LocalDate submitted, LocalDate assigned, LocalDate closed, LocalDate today) {
        LocalDate acceptBy = submitted.plusDays(type.acceptDays());
        LocalDate resolveBy = submitted.plusDays(type.resolveDays());
        if (closed != null) {
            long left = ChronoUnit.DAYS.between(closed, resolveBy);
            return new Standing(
                    left < 0 ? Status.CLOSED_LATE : Status.CLOSED_ON_TIME, Limit.RESOLVE, resolveBy, left, null);
        }
        if (assigned == null) {
            long left = ChronoUnit.DAYS.between(today, acceptBy);
            if (left >= 0 || ChronoUnit.DAYS.between(today, resolveBy) >= 0) {
                return open(type, Limit.ACCEPT, acceptBy, left);
            }
        }
        return open(type, Limit.RESOLVE, resolveBy, ChronoUnit.DAYS.between(today, resolveBy));
    }

    private static Standing open(Type type, Limit limit, LocalDate deadline, long left) {
        if (left < 0) {
            return new Standing(Status.OVERDUE, limit, deadline, left, type.escalateTo());
        }
        return new Standing(left <= type.dueDays() ? Status.DUE : Status.OK, limit, deadline, left, null);
    }
}
