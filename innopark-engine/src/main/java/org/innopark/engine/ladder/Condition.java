package org.innopark.engine.ladder;

import java.util.List;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.Interval;

/** One node of a scheme's qualification tree: a group, a threshold, a score check or a yes/no check. */
sealed interface Condition {

    String id();

    Label name();

    Confidence confidence();

    /** Why the rule is only partly confirmed or unconfirmed, or any remark; may be empty. */
    String note();

    /** All of / any of the children. A {@code direct} group lists direct-qualification routes. */
    record Group(
            String id,
            Label name,
            boolean any,
            boolean direct,
            List<Condition> children,
            Confidence confidence,
            String note)
            implements Condition {}

    /**
     * A value against a threshold: a fixed number, or a table of thresholds keyed by another quantity (the 高企 R&D
     * ratio by revenue).
     */
    record Threshold(
            String id,
            Label name,
            Expr value,
            Unit unit,
            Operator op,
            Double fixed,
            ThresholdTable table,
            List<Lever> levers,
            Confidence confidence,
            String note)
            implements Condition {}

    /** The points of the total, of a block or of an indicator against a mark (pass marks, block minimums). */
    record ScoreCheck(
            String id, Label name, String target, Operator op, double threshold, Confidence confidence, String note)
            implements Condition {}

    /** A yes/no value (an external fact, {@code held(HIGH_TECH)}, {@code unlisted}) that must be {@code expect}. */
    record Check(String id, Label name, Expr value, boolean expect, Confidence confidence, String note)
            implements Condition {}

    /** Thresholds by band of a key quantity; a row without a threshold means "this route does not apply". */
    record ThresholdTable(Expr key, Label keyName, Unit keyUnit, List<Row> rows) {

        record Row(Interval range, Double threshold, String note) {}

        Row rowFor(double key) {
            for (Row r : rows) {
                if (r.range().contains(key, Operator.TOLERANCE)) {
                    return r;
                }
            }
            return null;
        }
    }
}
