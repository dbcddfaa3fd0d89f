package org.innopark.engine.ladder;

import org.innopark.engine.registry.ReportField;

/**
 * One change to an enterprise's figures that a gap calls for, with the reason in the data's own terms, e.g.
 * "研发费用占比 3.2% → 需 ≥ 4.0%:约需增加研发费用 120万元".
 *
 * @param conditionId the condition or indicator the change serves
 */
public record Change(
        ReportField field, int year, double from, double delta, Unit unit, String conditionId, Label explanation) {

    /** The figure after the change. */
    public double to() {
        return from + delta;
    }
}
