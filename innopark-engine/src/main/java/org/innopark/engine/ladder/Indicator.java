package org.innopark.engine.ladder;

import java.util.List;
import java.util.Map;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.Interval;

/**
 * A scored indicator: points from a bracket table over a value, from an expert's score given as a fact, from the
 * answer to a choice fact, or the best of alternatives ("the enterprise chooses (1) or (2)").
 *
 * @param max          the most points it can give
 * @param expertPoints a fact holding the exact points an assessor gave within the bracket's range, or null
 */
record Indicator(
        String id,
        Label name,
        double max,
        Source source,
        FactDefinition expertPoints,
        Confidence confidence,
        String note) {

    sealed interface Source {}

    /** Points by the bracket the value falls in; the brackets cover every value without gaps or overlaps. */
    record Brackets(Expr value, Unit unit, List<Bracket> brackets, List<Lever> levers) implements Source {

        Bracket bracketFor(double value) {
            for (Bracket b : brackets) {
                if (b.range().contains(value, Operator.TOLERANCE)) {
                    return b;
                }
            }
            return null;
        }

        Points all() {
            Points p = brackets.get(0).points();
            for (Bracket b : brackets) {
                p = p.hull(b.points());
            }
            return p;
        }
    }

    record Bracket(Interval range, Points points) {}

    /** Points equal to a number fact (an expert's sub-score), between 0 and the fact's maximum. */
    record FactPoints(FactDefinition fact) implements Source {}

    /** Points by the answer to a choice fact. */
    record Choice(FactDefinition fact, Map<String, Double> points) implements Source {}

    /** The better of alternative indicators. */
    record BestOf(List<Indicator> alternatives) implements Source {}
}
