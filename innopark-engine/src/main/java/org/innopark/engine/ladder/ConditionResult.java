package org.innopark.engine.ladder;

import java.util.List;
import java.util.Locale;
import org.innopark.engine.rules.Confidence;

/**
 * One condition of a verdict: what was checked, the enterprise's value, the threshold, the result and why.
 *
 * @param kind          a group (all / any), a threshold, a score check or a yes/no check
 * @param depth         0 for the root of the scheme's tree
 * @param parentId      the enclosing group, null for the root
 * @param value         the enterprise's value (points for a score check), null when unknown or for a group
 * @param threshold     the threshold that applied, null for groups and checks
 * @param points        for a score check, the possible points (an interval when inputs are unknown)
 * @param unknownInputs the figures and facts that were missing
 * @param directRoute   true for the children of a direct-qualification group
 */
public record ConditionResult(
        String id,
        Label name,
        Kind kind,
        int depth,
        String parentId,
        Status status,
        Double value,
        Unit unit,
        Operator operator,
        Double threshold,
        Points points,
        Label explanation,
        List<Label> unknownInputs,
        List<Label> notes,
        boolean directRoute,
        Confidence confidence,
        String note) {

    /** The kinds of condition. */
    public enum Kind {
        ALL,
        ANY,
        THRESHOLD,
        SCORE,
        CHECK
    }

    public ConditionResult {
        unknownInputs = List.copyOf(unknownInputs);
        notes = List.copyOf(notes);
    }

    public boolean isGroup() {
        return kind == Kind.ALL || kind == Kind.ANY;
    }

    /** The value as people write it (3.2%, 120万元), empty for groups. */
    public String valueText(Locale locale) {
        if (points != null) {
            return points.toString();
        }
        return value == null ? "" : format(value, locale);
    }

    /** The requirement as people write it (≥ 4.0%), empty for groups. */
    public String requirementText(Locale locale) {
        if (threshold == null || operator == null) {
            return "";
        }
        return operator.symbol() + " "
                + (kind == Kind.SCORE ? Unit.NUMBER.plain(threshold) : format(threshold, locale));
    }

    private String format(double v, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? unit.en(v) : unit.zh(v);
    }
}
