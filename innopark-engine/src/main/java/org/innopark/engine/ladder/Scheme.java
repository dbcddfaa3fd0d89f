package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleNode;

/**
 * 评价方案 / 认定办法: one version of an official qualification scheme, read from a YAML rule file (see
 * {@code schemes/README.md}). Immutable; evaluate it with {@link LadderAssessment}.
 */
public final class Scheme {

    /** A rule that is not fully confirmed, for listing what an official should double-check. */
    public record RuleNote(String id, Label name, Confidence confidence, String note) {}

    private final String id;
    private final String version;
    private final Label name;
    private final QualificationType rung;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveTo;
    private final String source;
    private final Confidence confidence;
    private final String notes;
    private final String baseId;
    private final String region;
    private final String origin;
    final List<FactDefinition> facts;
    final List<Quantity> quantities;
    final List<Block> blocks;
    final Condition root;
    final RuleNode file;
    private final YearsRegisteredTo yearsRegisteredTo;
    private final Map<String, FactDefinition> factsById = new LinkedHashMap<>();

    Scheme(
            String id,
            String version,
            Label name,
            QualificationType rung,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String source,
            Confidence confidence,
            String notes,
            String baseId,
            String region,
            String origin,
            List<FactDefinition> facts,
            List<Quantity> quantities,
            List<Block> blocks,
            Condition root,
            RuleNode file,
            YearsRegisteredTo yearsRegisteredTo) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.rung = rung;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.source = source;
        this.confidence = confidence;
        this.notes = notes;
        this.baseId = baseId;
        this.region = region;
        this.origin = origin;
        this.facts = List.copyOf(facts);
        this.quantities = List.copyOf(quantities);
        this.blocks = List.copyOf(blocks);
        this.root = root;
        this.file = file;
        this.yearsRegisteredTo = yearsRegisteredTo;
        facts.forEach(f -> factsById.put(f.id(), f));
    }

    /** To which day {@code yearsRegistered} counts full years (成立年限的计算截止日). */
    public YearsRegisteredTo yearsRegisteredTo() {
        return yearsRegisteredTo;
    }

    /** The scheme's id, e.g. {@code high-tech}; a regional variant has its own id and names its base. */
    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public Label name() {
        return name;
    }

    /** The qualification the scheme grants, if it maps to one. */
    public Optional<QualificationType> rung() {
        return Optional.ofNullable(rung);
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The last day the version applies, or empty while it is in force. */
    public Optional<LocalDate> effectiveTo() {
        return Optional.ofNullable(effectiveTo);
    }

    public boolean effectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The document the rules come from. */
    public String source() {
        return source;
    }

    /** The confidence of the scheme as a whole; individual rules carry their own. */
    public Confidence confidence() {
        return confidence;
    }

    public String notes() {
        return notes;
    }

    /** For a regional variant, the id of the scheme it overrides. */
    public Optional<String> baseId() {
        return Optional.ofNullable(baseId);
    }

    /** For a regional variant, the GB/T 2260 code prefix of the region it applies to (e.g. {@code 33} 浙江). */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** The file the scheme was read from. */
    public String origin() {
        return origin;
    }

    /** The external facts the scheme asks for, in file order. */
    public List<FactDefinition> facts() {
        return facts;
    }

    public Optional<FactDefinition> fact(String id) {
        return Optional.ofNullable(factsById.get(id));
    }

    /** Whether the scheme has a points score. */
    public boolean scored() {
        return !blocks.isEmpty();
    }

    /** The most points the score can give (0 when the scheme has no score). */
    public double maxScore() {
        return blocks.stream().mapToDouble(Block::max).sum();
    }

    /** Every fact, indicator and condition that is only partly confirmed or unconfirmed, with its note. */
    public List<RuleNote> unconfirmedRules() {
        List<RuleNote> notes = new ArrayList<>();
        for (FactDefinition f : facts) {
            if (f.confidence() != Confidence.CONFIRMED) {
                notes.add(new RuleNote(f.id(), f.name(), f.confidence(), f.note()));
            }
        }
        for (Block b : blocks) {
            for (Indicator i : b.indicators()) {
                collect(i, notes);
            }
        }
        collect(root, notes);
        return notes;
    }

    private static void collect(Indicator i, List<RuleNote> notes) {
        if (i.confidence() != Confidence.CONFIRMED) {
            notes.add(new RuleNote(i.id(), i.name(), i.confidence(), i.note()));
        }
        if (i.source() instanceof Indicator.BestOf b) {
            b.alternatives().forEach(a -> collect(a, notes));
        }
    }

    private static void collect(Condition c, List<RuleNote> notes) {
        if (c.confidence() != Confidence.CONFIRMED) {
            notes.add(new RuleNote(c.id(), c.name(), c.confidence(), c.note()));
        }
        if (c instanceof Condition.Group g) {
            g.children().forEach(child -> collect(child, notes));
        }
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
