package org.innopark.bench.points;

import java.util.ArrayList;
import java.util.List;
import org.innopark.engine.points.Indicator;
import org.innopark.engine.points.MissingPolicy;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.PointsSchemeLoader;
import org.innopark.engine.points.Scoring;

/**
 * The benchmark's scheme: the default 2022 scheme (18 indicators, 3 groups, stage weights, percentile scoring) with
 * the ZERO missing-data policy on every indicator, so that the SQL version is plain window functions. The default
 * scheme's two growth rates use EXCLUDE_AND_REWEIGHT; that policy is left out here, nothing else changes.
 */
final class BenchScheme {

    private BenchScheme() {}

    static PointsScheme defaultWithZeroPolicy() {
        PointsScheme base = PointsSchemeLoader.builtIn(PointsSchemeLoader.DEFAULT_ID);
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : base.indicators()) {
            indicators.add(new Indicator(
                    i.index(),
                    i.id(),
                    i.nameZh(),
                    i.nameEn(),
                    i.group(),
                    i.formula(),
                    i.direction(),
                    new Scoring.Percentile(),
                    i.weights(),
                    MissingPolicy.ZERO,
                    i.addOn(),
                    i.confidence(),
                    i.basis()));
        }
        return new PointsScheme(
                base.id() + "-bench-zero",
                base.version(),
                base.nameZh(),
                base.nameEn(),
                base.effectiveFrom(),
                base.effectiveTo(),
                base.scale(),
                base.bonus(),
                base.cohort(),
                base.stageRule(),
                base.groups(),
                indicators,
                base.confidence(),
                base.basis(),
                null,
                base.id(),
                "missing: ZERO on every indicator");
    }
}
