package org.innopark.engine.ladder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.ReportField;

/**
 * 差距: the smallest changes to an enterprise's figures that would make it meet a scheme, found by searching each
 * lever and checked by re-evaluating the scheme with the changes applied. Conditions no change of figures can meet
 * (a missing certificate, an external fact that says no) are blockers; unknown inputs are listed to confirm.
 */
public final class Gap {

    private final Verdict before;
    private final Verdict after;
    private final List<Change> changes;
    private final Map<ReportField, Double> deltas;
    private final List<ConditionResult> blockers;
    private final List<Label> toConfirm;
    private final double size;

    Gap(
            Verdict before,
            Verdict after,
            List<Change> changes,
            Map<ReportField, Double> deltas,
            List<ConditionResult> blockers,
            List<Label> toConfirm,
            double size) {
        this.before = before;
        this.after = after;
        this.changes = List.copyOf(changes);
        this.deltas = Collections.unmodifiableMap(
                new EnumMap<>(deltas.isEmpty() ? new EnumMap<>(ReportField.class) : deltas));
        this.blockers = List.copyOf(blockers);
        this.toConfirm = List.copyOf(toConfirm);
        this.size = size;
    }

    /** The verdict the gap was computed from. */
    public Verdict before() {
        return before;
    }

    /** The verdict with the changes applied. */
    public Verdict after() {
        return after;
    }

    /** True when the enterprise does not fail the scheme as it is (qualified, or undecided on unknown inputs). */
    public boolean none() {
        return before.outcome() != Outcome.NOT_QUALIFIED;
    }

    /** True when the changes make the enterprise no longer fail the scheme (checked by re-evaluation). */
    public boolean closable() {
        return blockers.isEmpty() && after.outcome() != Outcome.NOT_QUALIFIED;
    }

    /** The changes, each with its reason, in the order they were found. */
    public List<Change> changes() {
        return changes;
    }

    /** The total change per figure of the assessed year (the lever changes, before accounting links). */
    public Map<ReportField, Double> deltas() {
        return deltas;
    }

    /** Failed conditions that no change of figures can meet. */
    public List<ConditionResult> blockers() {
        return blockers;
    }

    /** Unknown inputs that must still be confirmed for the verdict to be certain. */
    public List<Label> toConfirm() {
        return toConfirm;
    }

    /**
     * How big the gap is, for sorting candidates: the sum over the changed figures of change ÷ current value
     * (the current value floored at 1 person or item and at ¥10,000), so +10% R&D counts 0.1; 0 when there is no
     * gap; infinite when a blocker remains.
     */
    public double size() {
        return size;
    }

    /** The facts with the changes applied (and carried into linked figures, e.g. new S&T staff are employees). */
    public EnterpriseFacts applyTo(EnterpriseFacts facts) {
        return deltas.isEmpty() ? facts : facts.withChanges(before.year(), GapFinder.linked(deltas));
    }

    /** One line per change, in the given language. */
    public List<String> lines(java.util.Locale locale) {
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add(c.explanation().in(locale)));
        blockers.forEach(b -> lines.add(b.explanation().in(locale)));
        return lines;
    }

    @Override
    public String toString() {
        return before.creditCode() + " " + before.scheme() + " gap " + size + " " + lines(null);
    }
}
