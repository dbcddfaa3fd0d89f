package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * A regional override file (地方细则: {@code base:} names the scheme it varies) and its merge into one version of its
 * base scheme. The merge is decided here — which items the file replaces or adds, its region, its header's defaults
 * (the base's), its effective period (within the base version's), and that every replacement replaces something — and
 * the {@link SchemeParser} reads the base's body with the replacements in place and the additions appended, so the
 * merged scheme is validated like any other.
 */
final class RegionalOverride {

    static final Set<String> KEYS =
            RuleFileHeader.keysAnd("base", "base_version", "region", "yearsRegisteredTo", "notes", "add", "replace");

    private final RuleNode file;
    private final String baseId;
    private final String baseVersion;
    private final String region;
    private final Map<String, Map<String, RuleNode>> replacements = new LinkedHashMap<>();
    private final Map<String, List<RuleNode>> additions = new HashMap<>();

    private RegionalOverride(RuleNode file) {
        this.file = file;
        file.allowOnly(KEYS);
        this.baseId = file.require("base").text().strip();
        this.baseVersion = file.get("base_version").map(n -> n.text().strip()).orElse(null);
        this.region = file.get("region").map(n -> n.text().strip()).orElse(null);
        if (region != null && !region.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw file.require("region").error("region must be a GB/T 2260 prefix of 2, 4 or 6 digits / 应为行政区划代码前缀");
        }
        file.get("replace").ifPresent(replace -> {
            replace.allowOnly(Set.of("facts", "quantities", "blocks", "indicators", "conditions"));
            replace.entries().forEach((category, list) -> {
                Map<String, RuleNode> items = new LinkedHashMap<>();
                for (RuleNode item : list.items()) {
                    String id = item.require("id").text().strip();
                    if (items.put(id, item) != null) {
                        throw item.error("id '" + id + "' is replaced twice / 重复替换");
                    }
                }
                replacements.put(singular(category), items);
            });
        });
        file.get("add").ifPresent(add -> {
            add.allowOnly(Set.of("facts", "quantities", "conditions"));
            add.entries().forEach((category, list) -> additions.put(singular(category), list.items()));
        });
    }

    /** Whether a rule file is a regional override. */
    static boolean isOverride(RuleNode root) {
        return root.isMap() && root.get("base").isPresent();
    }

    /** Reads and checks an override file (its base is applied later). */
    static RegionalOverride read(RuleNode root) {
        return new RegionalOverride(root);
    }

    RuleNode file() {
        return file;
    }

    /** The id of the scheme it overrides. */
    String baseId() {
        return baseId;
    }

    /** Whether it applies to this version of its base ({@code base_version}, or every version). */
    boolean appliesTo(Scheme base) {
        return base.baseId().isEmpty()
                && base.id().equals(baseId)
                && (baseVersion == null || base.version().equals(baseVersion));
    }

    String describeBase() {
        return "'" + baseId + "'" + (baseVersion == null ? "" : " version " + baseVersion);
    }

    /**
     * The override merged into one version of its base, validated; null when the override is in force on no day of
     * that version.
     */
    Scheme applyTo(Scheme base) {
        RuleFileHeader own = RuleFileHeader.readDerived(file, headerOf(base), Confidence.CONFIRMED);
        // A variant applies only while its base version does.
        LocalDate from =
                own.effectiveFrom().isBefore(base.effectiveFrom()) ? base.effectiveFrom() : own.effectiveFrom();
        LocalDate baseTo = base.effectiveTo().orElse(null);
        LocalDate to = own.effectiveTo() == null
                ? baseTo
                : baseTo == null || own.effectiveTo().isBefore(baseTo) ? own.effectiveTo() : baseTo;
        if (to != null && to.isBefore(from)) {
            return null;
        }
        RuleFileHeader header = new RuleFileHeader(
                own.file(),
                own.id(),
                own.version(),
                own.nameZh(),
                own.nameEn(),
                from,
                to,
                own.confidence(),
                own.source());
        SchemeParser.Frame frame = new SchemeParser.Frame(
                header,
                base.rung().orElse(null),
                file.text("notes", ""),
                base.id(),
                region,
                file.get("yearsRegisteredTo").map(YearsRegisteredTo::read).orElse(base.yearsRegisteredTo()));
        Merge merge = new Merge();
        Scheme merged = SchemeParser.parse(base.file, frame, merge);
        merge.checkAllUsed();
        return merged;
    }

    /** The replacements and additions of one application, tracking which replacements were used. */
    private final class Merge implements SchemeParser.Merge {
        private final Set<RuleNode> used = new HashSet<>();

        @Override
        public RuleNode replacement(String category, String id) {
            RuleNode r = replacements.getOrDefault(category, Map.of()).get(id);
            if (r != null) {
                used.add(r);
            }
            return r;
        }

        @Override
        public List<RuleNode> added(String category) {
            return additions.getOrDefault(category, List.of());
        }

        void checkAllUsed() {
            replacements.forEach((category, items) -> items.forEach((id, node) -> {
                if (!used.contains(node)) {
                    throw node.error(
                            "the base scheme has no " + category + " with id '" + id + "' to replace / 基础方案中没有该id");
                }
            }));
        }
    }

    private static String singular(String category) {
        return category.equals("facts")
                ? "fact"
                : category.equals("quantities") ? "quantity" : category.substring(0, category.length() - 1);
    }

    private static RuleFileHeader headerOf(Scheme s) {
        return new RuleFileHeader(
                s.origin(),
                s.id(),
                s.version(),
                s.name().zh(),
                s.name().en(),
                s.effectiveFrom(),
                s.effectiveTo().orElse(null),
                s.confidence(),
                s.source());
    }
}
