package org.innopark.engine.points;

import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.Direction;

/**
 * 二级指标: one indicator of a points scheme.
 *
 * @param index position in {@link PointsScheme#indicators()}, which is also its column in a {@link PointsInput}
 * @param group index of its group in {@link PointsScheme#groups()}
 * @param weights points at full score, per {@link Stage} ordinal
 * @param addOn whether it is a park's 特色指标 added to a base scheme
 */
public record Indicator(
        int index,
        String id,
        String nameZh,
        String nameEn,
        int group,
        Formula formula,
        Direction direction,
        Scoring scoring,
        double[] weights,
        MissingPolicy missing,
        boolean addOn,
        Confidence confidence,
        String basis) {

    /** Points at full score for a stage. */
    public double weight(Stage stage) {
        return weights[stage.ordinal()];
    }

    public boolean higherIsBetter() {
        return direction == Direction.POSITIVE;
    }
}
