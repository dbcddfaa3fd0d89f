package org.innopark.engine.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.innopark.engine.rules.Confidence;

/**
 * 创新积分评价方案: a versioned points scheme, read from a YAML file by {@link PointsSchemeLoader}. Its indicators are
 * numbered in file order (groups in order, indicators in order within a group); that numbering is the column order of
 * {@link PointsInput} and {@link PointsResult}.
 *
 * @param scale the points of the base part at full score (e.g. 100 or 1000)
 * @param bonus the maximum points of the bonus groups on top of the scale (0 when there are none)
 * @param effectiveTo null when still in force
 * @param baseId for a scheme extended with park add-on indicators, the id of its base scheme; null otherwise
 * @param rescale for an extended scheme, how the base was rescaled (human-readable); empty otherwise
 * @param source the official text the scheme follows (the header's {@code source}); may be empty
 */
public record PointsScheme(
        String id,
        String version,
        String nameZh,
        String nameEn,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        double scale,
        double bonus,
        CohortKind cohort,
        StageRule stageRule,
        List<IndicatorGroup> groups,
        List<Indicator> indicators,
        Confidence confidence,
        String basis,
        String file,
        String baseId,
        String rescale,
        String source) {

    public PointsScheme {
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }

    /** The number of indicators, i.e. of value columns. */
    public int indicatorCount() {
        return indicators.size();
    }

    public Indicator indicator(int index) {
        return indicators.get(index);
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The maximum total: scale plus bonus. */
    public double maximum() {
        return scale + bonus;
    }

    /** Whether the scheme is in force on a date. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
