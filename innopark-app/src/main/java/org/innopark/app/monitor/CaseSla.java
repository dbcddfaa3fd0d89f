package org.innopark.app.monitor;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.monitor.Severity;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * 处置时限: the time limit of each case state and whom an overdue case is escalated to, read from a versioned rule
 * file ({@code case-sla.yaml}) with its source and confidence; errors name the file and line and what is valid.
 */
public final class CaseSla {

    static final String OFFICIAL = "org/innopark/app/monitor/case-sla.yaml";

    private static final RuleFileHeader.Kind KIND = new RuleFileHeader.Kind(true, false, Confidence.UNCONFIRMED);

    /** One state's limit. */
    public record Limit(int days, int dueDays, String escalateTo) {}

    /** Where a case stands against its state's limit. */
    public enum Status {
        /** 正常: within the limit. */
        OK("正常", "on time"),
        /** 将到期: within due-days of the limit. */
        DUE("将到期", "due soon"),
        /** 超期: past the limit, escalated. */
        OVERDUE("超期", "overdue"),
        /** 无时限: the state has none (已办结). */
        NONE("—", "—");

        private final String zh;
        private final String en;

        Status(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String label(java.util.Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
        }
    }

    /** A case's standing: its status, the days allowed and left, and whom it is escalated to (overdue only). */
    public record Standing(Status status, int allowedDays, int daysLeft, String escalatedTo) {}

    private final RuleFileHeader header;
    private final Map<CaseState, Limit> limits;
    private final Map<Severity, BigDecimal> factors;

    private CaseSla(RuleFileHeader header, Map<CaseState, Limit> limits, Map<Severity, BigDecimal> factors) {
        this.header = header;
        this.limits = limits;
        this.factors = factors;
    }

    public static CaseSla official() {
        return read(RuleNode.parseResource(CaseSla.class.getClassLoader(), OFFICIAL));
    }

    /** The park's file when it exists, else the built-in one. */
    public static CaseSla readOrOfficial(Path file) {
        return file != null && Files.isRegularFile(file) ? read(RuleNode.parse(file)) : official();
    }

    static CaseSla read(RuleNode root) {
        root.allowOnly(RuleFileHeader.keysAnd("severity-factor", "states"));
        RuleFileHeader header = RuleFileHeader.read(root, KIND);
        Map<Severity, BigDecimal> factors = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            factors.put(s, BigDecimal.ONE);
        }
        root.get("severity-factor")
                .ifPresent(n -> n.entries().forEach((key, value) -> {
                    Severity s = Severity.parse(key);
                    if (s == null) {
                        throw value.error("'" + key + "' is not a severity: write 关注, 预警 or 严重");
                    }
                    BigDecimal f = value.decimal();
                    if (f.signum() <= 0) {
                        throw value.error("a severity factor must be above 0, got " + f.toPlainString());
                    }
                    factors.put(s, f);
                }));
        Map<CaseState, Limit> limits = new EnumMap<>(CaseState.class);
        root.require("states").entries().forEach((key, n) -> {
            CaseState state = CaseState.parse(key);
            if (state == null || state == CaseState.RESOLVED) {
                throw n.error("'" + key + "' is not a state with a time limit: write 待分派, 已分派, 走访中 or 回访");
            }
            n.allowOnly(Set.of("days", "due-days", "escalate-to"));
            int days = n.require("days").integer();
            int due = n.get("due-days").map(RuleNode::integer).orElse(0);
            if (days < 1 || due < 0 || due >= days) {
                throw n.error("days must be at least 1 and due-days between 0 and days - 1, got days " + days
                        + ", due-days " + due);
            }
            limits.put(state, new Limit(days, due, n.require("escalate-to").text()));
        });
        return new CaseSla(header, limits, factors);
    }

    public RuleFileHeader header() {
        return header;
    }

    /** The limit of a state (none for 已办结, or a state the file leaves out). */
    public java.util.Optional<Limit> limit(CaseState state) {
        return java.util.Optional.ofNullable(limits.get(state));
    }

    /** Where a case of the severity stands after {@code daysInState} whole days in its state. */
    public Standing standing(CaseState state, Severity severity, long daysInState) {
        Limit limit = limits.get(state);
        if (limit == null) {
            return new Standing(Status.NONE, 0, 0, null);
        }
        BigDecimal factor = factors.get(severity);
        int allowed = Math.max(
                1,
                factor.multiply(BigDecimal.valueOf(limit.days()))
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .intValue());
        int due = Math.min(allowed - 1, limit.dueDays());
        int left = (int) (allowed - daysInState);
        if (left < 0) {
            return new Standing(Status.OVERDUE, allowed, left, limit.escalateTo());
        }
        return new Standing(left <= due ? Status.DUE : Status.OK, allowed, left, null);
    }
}
