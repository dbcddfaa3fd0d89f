package org.innopark.engine.points;

import org.innopark.engine.rules.Confidence;

/**
 * 一级指标: a group of indicators. A bonus group (加分项, e.g. 创新影响 in the 2.0 scheme) adds points on top of the
 * scheme's scale, up to {@link PointsScheme#bonus()}.
 *
 * @param weights points of the group at full score per {@link Stage} ordinal (the sum of its indicators')
 * @param first index of its first indicator; its indicators are {@code first … first + count − 1}
 */
public record IndicatorGroup(
        int index,
        String id,
        String nameZh,
        String nameEn,
        boolean bonus,
        double[] weights,
        int first,
        int count,
        Confidence confidence,
        String basis) {

    public double weight(Stage stage) {
        return weights[stage.ordinal()];
    }
}
