package org.innopark.engine.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every rule file states about itself, read one way for ladder schemes, points schemes and index frameworks:
 *
 * <pre>
 * id: tech-sme                          # letters, digits, '-', '_' and '.'
 * version: "2017"
 * name: {zh: 科技型中小企业评价, en: Technology-based SME evaluation}   # en defaults to zh; or one text for both
 * effective: {from: 2017-01-01, to: 2027-12-31}                     # to is optional (still in force)
 * confidence: confirmed                 # confirmed | partial | unconfirmed | placeholder
 * source: 《科技型中小企业评价办法》(2017)
 * </pre>
 *
 * A file that derives from another (a regional override of a ladder scheme, an add-on to a points scheme) may leave
 * out any key but {@code id}; it then has its base's value.
 *
 * @param file the file the header was read from
 * @param effectiveFrom the first day in force, null when the kind of file has no effective period
 * @param effectiveTo the last day in force, null when open-ended
 */
public record RuleFileHeader(
        String file,
        String id,
        String version,
        String nameZh,
        String nameEn,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Confidence confidence,
        String source) {

    /** The header's keys; a kind of rule file allows these and its own. */
    public static final Set<String> KEYS = Set.of("id", "version", "name", "effective", "confidence", "source");

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]*";

    /**
     * What a kind of rule file requires of its header.
     *
     * @param versionRequired whether {@code version} must be given (else it is empty)
     * @param effectiveRequired whether {@code effective} must be given (else it may still be given)
     * @param confidenceWhenAbsent the confidence of a file that does not state one
     */
    public record Kind(boolean versionRequired, boolean effectiveRequired, Confidence confidenceWhenAbsent) {
        /** A scheme (ladder or points): versioned and in force for a period; confirmed unless it says otherwise. */
        public static final Kind SCHEME = new Kind(true, true, Confidence.CONFIRMED);

        /** An index framework: the version and period are optional; unconfirmed unless it says otherwise. */
        public static final Kind FRAMEWORK = new Kind(false, false, Confidence.UNCONFIRMED);
    }

    /** The keys a kind of file allows: the header's and the given ones. */
    public static Set<String> keysAnd(String... more) {
        Set<String> keys = new HashSet<>(KEYS);
        keys.addAll(Set.of(more));
        return Set.copyOf(keys);
    }

    /** Reads the header of a file that stands alone. */
    public static RuleFileHeader read(RuleNode root, Kind kind) {
        String id = id(root);
        String version = kind.versionRequired()
                ? root.require("version").text().strip()
                : root.text("version", "").strip();
        String[] name = name(root.require("name"));
        LocalDate[] effective = kind.effectiveRequired()
                ? effective(root.require("effective"))
                : root.get("effective").map(RuleFileHeader::effective).orElse(new LocalDate[2]);
        return new RuleFileHeader(
                root.file(),
                id,
                version,
                name[0],
                name[1],
                effective[0],
                effective[1],
                Confidence.read(root, kind.confidenceWhenAbsent()),
                root.text("source", "").strip());
    }

    /**
     * Reads the header of a file derived from a base: every key but {@code id} is optional and defaults to the
     * base's value, except the confidence, which defaults to {@code confidenceWhenAbsent} when that is not null.
     */
    public static RuleFileHeader readDerived(RuleNode root, RuleFileHeader base, Confidence confidenceWhenAbsent) {
        String id = id(root);
        String version = root.text("version", base.version()).strip();
        String[] name = root.get("name").map(RuleFileHeader::name).orElse(new String[] {base.nameZh(), base.nameEn()});
        LocalDate[] effective = root.get("effective")
                .map(RuleFileHeader::effective)
                .orElse(new LocalDate[] {base.effectiveFrom(), base.effectiveTo()});
        return new RuleFileHeader(
                root.file(),
                id,
                version,
                name[0],
                name[1],
                effective[0],
                effective[1],
                Confidence.read(root, confidenceWhenAbsent == null ? base.confidence() : confidenceWhenAbsent),
                root.get("source").map(n -> n.text().strip()).orElse(base.source()));
    }

    public Optional<LocalDate> effectiveUntil() {
        return Optional.ofNullable(effectiveTo);
    }

    /** Whether the file is in force on the day (always, when it has no effective period). */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    private static String id(RuleNode root) {
        RuleNode idNode = root.require("id");
        String id = idNode.text().strip();
        if (!id.matches(ID)) {
            throw idNode.error("'" + id + "': an id uses letters, digits, '-', '_' and '.' and starts with a letter or"
                    + " digit / id 只能包含字母、数字、-、_、., 且以字母或数字开头");
        }
        return id;
    }

    /** A name as {@code {zh: …, en: …}} (en defaults to zh) or as one text for both languages. */
    public static String[] name(RuleNode n) {
        if (n.isScalar()) {
            String text = n.text().strip();
            return new String[] {text, text};
        }
        n.allowOnly(Set.of("zh", "en"));
        String zh = n.require("zh").text().strip();
        if (zh.isEmpty()) {
            throw n.require("zh").error("the Chinese name is empty / 中文名称为空");
        }
        String en = n.get("en").map(e -> e.text().strip()).orElse("");
        return new String[] {zh, en.isEmpty() ? zh : en};
    }

    /** An effective period {@code {from: yyyy-mm-dd, to: yyyy-mm-dd}}; {@code to} is optional. */
    public static LocalDate[] effective(RuleNode n) {
        n.allowOnly(Set.of("from", "to"));
        LocalDate from = n.require("from").date();
        LocalDate to = n.get("to").map(RuleNode::date).orElse(null);
        if (to != null && to.isBefore(from)) {
            throw n.require("to")
                    .error("the end " + to + " is before the start " + from + " / 失效日期 " + to + " 早于生效日期 " + from);
        }
        return new LocalDate[] {from, to};
    }
}
