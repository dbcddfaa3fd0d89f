package org.innopark.app.points;

import java.util.List;

/**
 * Why one enterprise has its points in a year: per indicator its value against its cohort, the points earned and the
 * missing-data policy applied; per group; the indicators that earned most; and the realistic improvements that would
 * move it most in the ranking (a first-order estimate: the others keep their points). Values missing are null.
 */
public record PointsExplanationView(
        PointsRankingView.SchemeInfo scheme,
        int year,
        String creditCode,
        String name,
        String parkCode,
        String cohort,
        String stage,
        String stageZh,
        double total,
        double maximum,
        int rank,
        int cohortSize,
        double percentile,
        List<GroupDetail> groups,
        List<IndicatorDetail> indicators,
        List<String> topEarners,
        List<Improvement> improvements) {

    public record GroupDetail(String id, String nameZh, String nameEn, double points, double maxPoints) {}

    /**
     * @param value null when not reported
     * @param missingPolicyApplied null when reported
     * @param percentile the value's percentile among the cohort's reported values, null when missing
     * @param topDecile the value that reaches the cohort's top tenth
     */
    public record IndicatorDetail(
            String id,
            String nameZh,
            String nameEn,
            String group,
            Double value,
            String missingPolicyApplied,
            double points,
            double maxPoints,
            Double percentile,
            Double cohortMedian,
            Double topDecile,
            int reported) {}

    /**
     * @param beyond the value must exceed the target (in the better direction), not only reach it
     * @param target what the target is: {@code P50} (next decile), {@code median}, or {@code next bracket …}
     */
    public record Improvement(
            String indicator,
            String nameZh,
            Double currentValue,
            double targetValue,
            boolean beyond,
            String target,
            double pointsGain,
            int newRank,
            int rankGain) {}
}
