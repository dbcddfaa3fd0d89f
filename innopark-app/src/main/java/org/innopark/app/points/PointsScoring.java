package org.innopark.app.points;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.app.points.PointsRankingView.CohortRanking;
import org.innopark.app.points.PointsRankingView.DistributionView;
import org.innopark.app.points.PointsRankingView.Entry;
import org.innopark.app.points.PointsRankingView.GroupInfo;
import org.innopark.app.points.PointsRankingView.IndicatorInfo;
import org.innopark.app.points.PointsRankingView.Move;
import org.innopark.app.points.PointsRankingView.Movers;
import org.innopark.app.points.PointsRankingView.SchemeInfo;
import org.innopark.engine.points.Formula;
import org.innopark.engine.points.Indicator;
import org.innopark.engine.points.IndicatorGroup;
import org.innopark.engine.points.PointsEngine;
import org.innopark.engine.points.PointsExplanation;
import org.innopark.engine.points.PointsInput;
import org.innopark.engine.points.PointsRanking;
import org.innopark.engine.points.PointsResult;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.Scoring;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Enterprise;

/**
 * Scores enterprises' annual reports with a scheme and turns the engine's result into rankings and explanations. Plain
 * Java (no Spring, no database): the registry service and the standalone CLI both use it.
 */
public final class PointsScoring {

    /** Movers listed each way. */
    static final int MOVERS_LISTED = 10;

    /** Below this many enterprises one thread is faster than a pool. */
    private static final int PARALLEL_FROM = 50_000;

    private PointsScoring() {}

    /** How many years before the scored one the scheme's formulas read (growth rates: 1; 近两年 windows: 1). */
    public static int lookback(PointsScheme scheme) {
        int years = 0;
        for (Indicator i : scheme.indicators()) {
            Formula f = i.formula();
            if (f instanceof Formula.Growth) {
                years = Math.max(years, 1);
            } else if (f instanceof Formula.Window w) {
                years = Math.max(years, w.years() - 1);
            }
        }
        return years;
    }

    /** One year's scores with the enterprises they belong to. */
    public record Scored(int year, PointsResult result, Map<String, Enterprise> enterprises) {

        public PointsInput input() {
            return result.input();
        }

        public String name(String creditCode) {
            Enterprise e = enterprises.get(creditCode);
            return e == null ? null : e.name();
        }
    }

    /** Scores every enterprise with a report for {@code year}; reports of earlier years feed growth and windows. */
    public static Scored score(
            PointsScheme scheme, int year, Collection<Enterprise> enterprises, Collection<AnnualReport> reports) {
        PointsInput input = PointsInput.fromReports(scheme, year, enterprises, reports, scheme.cohort());
        Map<String, Enterprise> byCode = new HashMap<>();
        for (Enterprise e : enterprises) {
            byCode.put(e.creditCode().value(), e);
        }
        int threads = input.size() >= PARALLEL_FROM ? Runtime.getRuntime().availableProcessors() : 1;
        try (PointsEngine engine = new PointsEngine(threads)) {
            return new Scored(year, engine.score(scheme, input), byCode);
        }
    }

    /**
     * The ranking of {@code year} with movers against {@code year − 1}.
     *
     * @param top list only enterprises ranked this or better (百强 = 100); null for everybody
     */
    public static PointsRankingView rank(
            PointsScheme scheme,
            int year,
            String park,
            Collection<Enterprise> enterprises,
            Collection<AnnualReport> reports,
            Integer top) {
        Scored current = score(scheme, year, enterprises, reports);
        Scored previous = score(scheme, year - 1, enterprises, reports);
        return view(current, previous, park, top);
    }

    /** The view of a scored year; {@code previous} (may be null or empty) gives the movers. */
    public static PointsRankingView view(Scored current, Scored previous, String park, Integer top) {
        PointsResult result = current.result();
        PointsScheme scheme = result.scheme();
        PointsInput input = result.input();
        Map<String, Integer> previousCohorts = new HashMap<>();
        if (previous != null) {
            for (int c = 0; c < previous.input().cohortCount(); c++) {
                previousCohorts.put(previous.input().cohortName(c), c);
            }
        }
        List<CohortRanking> cohorts = new ArrayList<>();
        for (int c = 0; c < input.cohortCount(); c++) {
            List<Entry> entries = new ArrayList<>();
            for (PointsRanking.Entry e : PointsRanking.top(result, c, top == null ? Integer.MAX_VALUE : top)) {
                entries.add(entry(current, e.row()));
            }
            Integer p = previousCohorts.get(input.cohortName(c));
            Movers movers = p == null
                    ? new Movers(null, List.of(), List.of(), result.cohortSize(c), 0)
                    : movers(previous, p, current, c);
            List<DistributionView> distribution = new ArrayList<>();
            for (PointsRanking.Distribution d : PointsRanking.distribution(result, c)) {
                IndicatorGroup g = d.group();
                distribution.add(new DistributionView(
                        g == null ? null : g.id(),
                        g == null ? "总分" : g.nameZh(),
                        d.maximum(),
                        d.count(),
                        d.min(),
                        d.p25(),
                        d.median(),
                        d.p75(),
                        d.max(),
                        d.mean()));
            }
            cohorts.add(new CohortRanking(
                    input.cohortName(c),
                    result.cohortSize(c),
                    top,
                    entries,
                    movers,
                    distribution,
                    PointsRanking.histogram(result, c, 10)));
        }
        return new PointsRankingView(schemeInfo(scheme), current.year(), park, input.size(), cohorts);
    }

    private static Movers movers(Scored previous, int previousCohort, Scored current, int currentCohort) {
        List<Move> up = new ArrayList<>();
        List<Move> down = new ArrayList<>();
        int newcomers = 0;
        int dropped = 0;
        List<PointsRanking.Move> moves =
                PointsRanking.movers(previous.result(), previousCohort, current.result(), currentCohort);
        for (PointsRanking.Move m : moves) {
            if (m.isNew()) {
                newcomers++;
            } else if (m.isDropped()) {
                dropped++;
            } else if (m.change() > 0 && up.size() < MOVERS_LISTED) {
                up.add(move(current, m));
            }
        }
        for (int j = moves.size() - 1; j >= 0 && down.size() < MOVERS_LISTED; j--) {
            PointsRanking.Move m = moves.get(j);
            if (!m.isNew() && !m.isDropped() && m.change() < 0) {
                down.add(move(current, m));
            }
        }
        down.sort((a, b) -> a.change() != b.change()
                ? Integer.compare(a.change(), b.change())
                : Integer.compare(a.currentRank(), b.currentRank()));
        return new Movers(previous.year(), up, down, newcomers, dropped);
    }

    private static Move move(Scored current, PointsRanking.Move m) {
        return new Move(
                m.key(),
                current.name(m.key()),
                m.previousRank(),
                m.currentRank(),
                m.change(),
                m.previousTotal(),
                m.currentTotal());
    }

    /** Row {@code row} of a scored year as a ranking entry. */
    static Entry entry(Scored scored, int row) {
        PointsResult result = scored.result();
        PointsScheme scheme = result.scheme();
        String code = result.input().key(row);
        Map<String, Double> groups = new LinkedHashMap<>();
        for (IndicatorGroup g : scheme.groups()) {
            groups.put(g.id(), result.groupPoints(row, g.index()));
        }
        Map<String, Double> indicators = new LinkedHashMap<>();
        for (Indicator i : scheme.indicators()) {
            indicators.put(i.id(), result.points(row, i.index()));
        }
        Enterprise e = scored.enterprises().get(code);
        var stage = result.input().stage(row);
        return new Entry(
                result.rank(row),
                code,
                e == null ? null : e.name(),
                e == null ? null : e.parkCode(),
                stage.name(),
                stage.zh(),
                result.total(row),
                result.percentile(row),
                groups,
                indicators);
    }

    /** The explanation of one enterprise's points; empty when it has no report for the year. */
    public static java.util.Optional<PointsExplanationView> explain(Scored scored, String creditCode) {
        int row = scored.input().indexOf(creditCode);
        if (row < 0) {
            return java.util.Optional.empty();
        }
        PointsExplanation x = PointsExplanation.of(scored.result(), row);
        PointsScheme scheme = scored.result().scheme();
        List<PointsExplanationView.GroupDetail> groups = new ArrayList<>();
        for (PointsExplanation.GroupDetail g : x.groups()) {
            groups.add(new PointsExplanationView.GroupDetail(
                    g.group().id(), g.group().nameZh(), g.group().nameEn(), g.points(), g.maxPoints()));
        }
        List<PointsExplanationView.IndicatorDetail> indicators = new ArrayList<>();
        for (PointsExplanation.IndicatorDetail d : x.indicators()) {
            Indicator i = d.indicator();
            indicators.add(new PointsExplanationView.IndicatorDetail(
                    i.id(),
                    i.nameZh(),
                    i.nameEn(),
                    scheme.groups().get(i.group()).id(),
                    orNull(d.value()),
                    d.policyApplied() == null ? null : d.policyApplied().name(),
                    d.points(),
                    d.maxPoints(),
                    orNull(d.percentile()),
                    orNull(d.cohortMedian()),
                    orNull(d.topDecile()),
                    d.reported()));
        }
        List<String> earners = new ArrayList<>();
        for (PointsExplanation.IndicatorDetail d : x.earners()) {
            if (d.points() > 0 && earners.size() < 5) {
                earners.add(d.indicator().id());
            }
        }
        List<PointsExplanationView.Improvement> improvements = new ArrayList<>();
        for (PointsExplanation.Improvement m : x.improvements()) {
            improvements.add(new PointsExplanationView.Improvement(
                    m.indicator().id(),
                    m.indicator().nameZh(),
                    orNull(m.currentValue()),
                    m.targetValue(),
                    m.beyond(),
                    m.target(),
                    m.pointsGain(),
                    m.newRank(),
                    m.rankGain()));
        }
        Enterprise e = scored.enterprises().get(creditCode);
        return java.util.Optional.of(new PointsExplanationView(
                schemeInfo(scheme),
                scored.year(),
                creditCode,
                e == null ? null : e.name(),
                e == null ? null : e.parkCode(),
                x.cohort(),
                x.stage().name(),
                x.stage().zh(),
                x.total(),
                x.maximum(),
                x.rank(),
                x.cohortSize(),
                x.percentile(),
                groups,
                indicators,
                earners,
                improvements));
    }

    static SchemeInfo schemeInfo(PointsScheme scheme) {
        List<GroupInfo> groups = new ArrayList<>();
        for (IndicatorGroup g : scheme.groups()) {
            groups.add(new GroupInfo(g.id(), g.nameZh(), g.nameEn(), g.bonus()));
        }
        List<IndicatorInfo> indicators = new ArrayList<>();
        for (Indicator i : scheme.indicators()) {
            indicators.add(new IndicatorInfo(
                    i.id(),
                    i.nameZh(),
                    i.nameEn(),
                    scheme.groups().get(i.group()).id(),
                    i.formula().describe(),
                    scoring(i.scoring()),
                    i.higherIsBetter() ? "higher" : "lower",
                    i.missing().name()));
        }
        return new SchemeInfo(
                scheme.id(),
                scheme.version(),
                scheme.nameZh(),
                scheme.nameEn(),
                scheme.cohort().name(),
                scheme.scale(),
                scheme.maximum(),
                scheme.confidence() == null ? null : scheme.confidence().name(),
                groups,
                indicators);
    }

    private static String scoring(Scoring s) {
        if (s instanceof Scoring.Percentile) {
            return "percentile";
        }
        return s instanceof Scoring.MinMax ? "minmax" : "brackets";
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
