package org.innopark.app.points;

import java.util.List;
import java.util.Map;

/**
 * A points ranking for one year: the scheme used, and per cohort (normally one: the park) the ranking, the movers
 * against the previous year and the distribution of points. Percentiles are shares in [0, 1]; money in yuan.
 *
 * @param park the park ranked, null when every park in scope was
 * @param enterprises how many enterprises were scored (those with an annual report for the year)
 */
public record PointsRankingView(
        SchemeInfo scheme, int year, String park, int enterprises, List<CohortRanking> cohorts) {

    /** The scheme as applied: its groups and indicators in column order. */
    public record SchemeInfo(
            String id,
            String version,
            String nameZh,
            String nameEn,
            String cohort,
            double scale,
            double maximum,
            String confidence,
            List<GroupInfo> groups,
            List<IndicatorInfo> indicators) {}

    public record GroupInfo(String id, String nameZh, String nameEn, boolean bonus) {}

    /** @param missingPolicy what a missing value earns: ZERO, COHORT_MEDIAN or EXCLUDE_AND_REWEIGHT */
    public record IndicatorInfo(
            String id,
            String nameZh,
            String nameEn,
            String group,
            String formula,
            String scoring,
            String direction,
            String missingPolicy) {}

    /**
     * One cohort's ranking.
     *
     * @param top the cut-off asked for (百强 = 100), null for the whole ranking; ties at the cut-off are all listed
     * @param histogram enterprises per tenth of the maximum total
     */
    public record CohortRanking(
            String cohort,
            int size,
            Integer top,
            List<Entry> entries,
            Movers movers,
            List<DistributionView> distribution,
            int[] histogram) {}

    /** One enterprise in a ranking; points per group and per indicator by id, in scheme order. */
    public record Entry(
            int rank,
            String creditCode,
            String name,
            String parkCode,
            String stage,
            String stageZh,
            double total,
            double percentile,
            Map<String, Double> groupPoints,
            Map<String, Double> indicatorPoints) {}

    /**
     * Rank changes against the previous year's ranking with the same scheme.
     *
     * @param previousYear null when nobody had a report that year
     * @param up the largest rises first; {@code down} the largest falls first
     * @param newcomers ranked this year, not the previous one
     * @param dropped ranked the previous year, not this one
     */
    public record Movers(Integer previousYear, List<Move> up, List<Move> down, int newcomers, int dropped) {}

    /** @param change previous rank − current rank: positive = moved up */
    public record Move(
            String creditCode,
            String name,
            int previousRank,
            int currentRank,
            int change,
            double previousTotal,
            double currentTotal) {}

    /** @param group null for the total */
    public record DistributionView(
            String group,
            String nameZh,
            double maximum,
            int count,
            double min,
            double p25,
            double median,
            double p75,
            double max,
            double mean) {}
}
