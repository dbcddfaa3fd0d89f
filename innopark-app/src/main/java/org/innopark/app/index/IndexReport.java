package org.innopark.app.index;

import static org.innopark.app.index.ParkIndex.finite;
import static org.innopark.app.index.ParkIndex.lower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.engine.index.CoverageReport;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.index.IndexData;
import org.innopark.engine.index.IndexResult;
import org.innopark.engine.index.IndexRun;
import org.innopark.engine.index.OutlierSettings;
import org.innopark.engine.index.PipelineSettings;
import org.innopark.engine.index.UncertaintyResult;
import org.innopark.engine.index.UncertaintySpec;

/**
 * A computed index as the API returns it and the command line writes it: the whole tree with each node's weight and
 * every park's score and rank for the year and the years before, the settings, coverage, warnings, and the rank
 * uncertainty band when asked for. Names are in one language; missing scores are null (never NaN or 0); rank 1 is
 * the best and 0 means no score.
 */
public record IndexReport(
        FrameworkSummary framework,
        int year,
        List<Integer> years,
        Settings settings,
        List<ParkRanking> ranking,
        Node tree,
        Coverage coverage,
        List<OutlierTreatment> treatments,
        List<String> warnings,
        Uncertainty uncertainty) {

    /** The framework: id, name, version, where it comes from, whether it is official, and its caveats. */
    public record FrameworkSummary(
            String id, String name, String version, String source, boolean confirmed, List<String> notes) {}

    /** The pipeline's settings as used (the base year resolved). */
    public record Settings(
            String denomination,
            String imputation,
            String imputationGroup,
            double coverageThreshold,
            String outliers,
            String normalisation,
            String normalisationScope,
            Integer baseYear,
            String baseReference,
            String weighting,
            Integer weightYear,
            String aggregation,
            String nonPositive) {}

    /**
     * A park's place in the index for the year, best first.
     *
     * @param medianRank median rank over the Monte Carlo replications (null without them)
     * @param rankLow the 5% quantile of the rank, the better end of the band
     * @param rankHigh the 95% quantile of the rank, the worse end of the band
     */
    public record ParkRanking(
            String park, String name, Double score, int rank, Integer medianRank, Integer rankLow, Integer rankHigh) {}

    /**
     * A node of the tree.
     *
     * @param level 0 for the index, 1 for pillars (一级指标), ...
     * @param weight the node's weight among its siblings (they sum to 1)
     * @param effectiveWeight its weight in the whole index
     * @param weighting how this node's children were weighted (null for an indicator)
     * @param results every park's value (indicators), score and rank, for the year and the years before
     */
    public record Node(
            String id,
            String name,
            int level,
            boolean indicator,
            String unit,
            String direction,
            String formula,
            double weight,
            double effectiveWeight,
            boolean weightConfirmed,
            String note,
            Weighting weighting,
            List<ParkResult> results,
            List<Node> children) {}

    /**
     * How a node's children were weighted.
     *
     * @param consistencyRatio AHP's CR = CI ÷ RI (null unless AHP)
     * @param consistent whether CR ≤ 0.1 (null unless AHP)
     * @param pcaComponents components retained by PCA weighting (null unless PCA)
     */
    public record Weighting(
            String method,
            List<Double> weights,
            Double consistencyRatio,
            Double lambdaMax,
            Boolean consistent,
            Integer pcaComponents) {}

    /** One park on one node: the year's value, score and rank, and the same for every year up to it. */
    public record ParkResult(String park, Double value, Double score, int rank, List<YearResult> years) {}

    /** One park on one node in one year; value is the indicator's input (after denomination), null for pillars. */
    public record YearResult(int year, Double value, Double score, int rank) {}

    /** Coverage before imputation in the year, and every flag of the JRC rule of thumb in any year. */
    public record Coverage(
            double threshold,
            int imputedValues,
            Map<String, Double> parks,
            Map<String, Double> indicators,
            List<CoverageFlag> flags) {}

    public record CoverageFlag(String subject, String id, int year, double coverage) {}

    public record OutlierTreatment(
            String indicator,
            int year,
            String method,
            int points,
            double skewBefore,
            double kurtosisBefore,
            double skewAfter,
            double kurtosisAfter) {}

    /**
     * The Monte Carlo rank uncertainty of the index.
     *
     * @param varied what each replication varies
     * @param sensitivity share of the rank variance of all parks explained by each assumption alone
     */
    public record Uncertainty(int replications, long seed, List<String> varied, Map<String, Double> sensitivity) {}

    /** Builds the report of a run, names in the locale's language (Chinese unless English). */
    public static IndexReport of(IndexRun run, Locale locale) {
        boolean en = ParkIndex.isEnglish(locale);
        IndexResult r = run.result();
        Framework f = r.framework();
        int[] years = run.yearsUpTo();
        FrameworkSummary summary = new FrameworkSummary(
                f.id(), en ? f.nameEn() : f.nameZh(), f.version(), f.source(), f.confirmed(), f.notes());
        Node tree = node(r, f.root(), 0, 1.0, true, run.year(), years, en);
        return new IndexReport(
                summary,
                run.year(),
                Arrays.stream(years).boxed().toList(),
                settings(r.settings()),
                ranking(run),
                tree,
                coverage(r, run.year()),
                treatments(r, run.year()),
                run.warnings(),
                uncertainty(run));
    }

    private static Settings settings(PipelineSettings s) {
        return new Settings(
                s.denomination().toString(),
                lower(s.imputation()),
                lower(s.imputationGroup()),
                s.coverageThreshold(),
                outliers(s.outliers()),
                lower(s.normalisation()),
                lower(s.normalisationScope()),
                s.normalisation() == PipelineSettings.Normalisation.BASE_YEAR_INDEX
                                && s.baseYear().isPresent()
                        ? s.baseYear().getAsInt()
                        : null,
                lower(s.baseReference()),
                lower(s.weighting()),
                s.weightYear().isPresent() ? s.weightYear().getAsInt() : null,
                lower(s.aggregation()),
                lower(s.nonPositive()));
    }

    private static String outliers(OutlierSettings o) {
        return switch (o.method()) {
            case NONE -> "none";
            case WINSORISE ->
                String.format(
                        Locale.ROOT,
                        "winsorise (|skew| > %s and kurtosis > %s, at most %d points," + " then %s)",
                        o.skew(),
                        o.kurtosis(),
                        o.maxPoints(),
                        lower(o.fallback()));
            case LOG, SQRT -> String.format(Locale.ROOT, "%s (when |skew| > %s)", lower(o.method()), o.transformSkew());
        };
    }

    private static List<ParkRanking> ranking(IndexRun run) {
        IndexResult r = run.result();
        String root = r.framework().root().id();
        UncertaintyResult u = run.uncertainty();
        List<ParkRanking> out = new ArrayList<>();
        for (IndexData.Unit unit : r.units()) {
            int rank = r.rank(root, unit.id(), run.year());
            Integer median = null;
            Integer low = null;
            Integer high = null;
            if (u != null && rank > 0) {
                median = u.medianRank(unit.id(), run.year());
                int[] band = u.rankInterval(unit.id(), run.year());
                low = band[0];
                high = band[1];
            }
            out.add(new ParkRanking(
                    unit.id(), unit.name(), finite(r.score(root, unit.id(), run.year())), rank, median, low, high));
        }
        out.sort(Comparator.comparingInt((ParkRanking p) -> p.rank() == 0 ? Integer.MAX_VALUE : p.rank())
                .thenComparing(ParkRanking::park));
        return out;
    }

    private static Node node(
            IndexResult r,
            FrameworkNode n,
            int level,
            double weight,
            boolean confirmed,
            int year,
            int[] years,
            boolean en) {
        List<ParkResult> results = new ArrayList<>();
        for (IndexData.Unit unit : r.units()) {
            List<YearResult> history = new ArrayList<>();
            for (int y : years) {
                history.add(new YearResult(
                        y,
                        n.isIndicator() ? finite(r.raw(unit.id(), n.id(), y)) : null,
                        finite(r.score(n.id(), unit.id(), y)),
                        r.rank(n.id(), unit.id(), y)));
            }
            YearResult now = history.get(history.size() - 1);
            results.add(new ParkResult(unit.id(), now.value(), now.score(), now.rank(), history));
        }
        List<Node> children = new ArrayList<>();
        Weighting weighting = null;
        IndexResult.GroupWeights gw = r.weights().get(n.id());
        if (gw != null) {
            Double cr = gw.ahpResult().map(a -> a.consistencyRatio()).orElse(null);
            weighting = new Weighting(
                    lower(gw.method()),
                    gw.weights(),
                    cr,
                    gw.ahpResult().map(a -> a.lambdaMax()).orElse(null),
                    gw.ahpResult().map(a -> a.consistent()).orElse(null),
                    gw.pcaResult().map(p -> p.retained()).orElse(null));
            for (int c = 0; c < n.children().size(); c++) {
                FrameworkNode child = n.children().get(c);
                children.add(node(r, child, level + 1, gw.weights().get(c), child.confirmed(), year, years, en));
            }
        }
        FrameworkNode.IndicatorSpec spec = n.indicator().orElse(null);
        return new Node(
                n.id(),
                ParkIndex.name(n, en),
                level,
                n.isIndicator(),
                spec == null ? null : spec.unit(),
                spec == null ? null : lower(spec.direction()),
                spec == null ? null : spec.formula().describe(),
                weight,
                r.effectiveWeight(n.id()),
                level == 0 || confirmed,
                n.note().orElse(null),
                weighting,
                results,
                children);
    }

    private static Coverage coverage(IndexResult r, int year) {
        CoverageReport c = r.coverage();
        int y = Arrays.binarySearch(r.years(), year);
        Map<String, Double> parks = new LinkedHashMap<>();
        for (int u = 0; u < r.units().size(); u++) {
            parks.put(r.units().get(u).id(), c.unitCoverage()[y][u]);
        }
        Map<String, Double> indicators = new LinkedHashMap<>();
        List<FrameworkNode> leaves = r.framework().indicators();
        for (int i = 0; i < leaves.size(); i++) {
            indicators.put(leaves.get(i).id(), c.indicatorCoverage()[y][i]);
        }
        List<CoverageFlag> flags = c.flags().stream()
                .filter(fl -> fl.year() <= year)
                .map(fl -> new CoverageFlag(lower(fl.subject()), fl.id(), fl.year(), fl.coverage()))
                .toList();
        return new Coverage(c.threshold(), c.imputedValues(), parks, indicators, flags);
    }

    private static List<OutlierTreatment> treatments(IndexResult r, int year) {
        return r.treatments().stream()
                .filter(t -> t.year() <= year)
                .map(t -> new OutlierTreatment(
                        t.indicatorId(),
                        t.year(),
                        lower(t.method()),
                        t.points(),
                        t.skewBefore(),
                        t.kurtosisBefore(),
                        t.skewAfter(),
                        t.kurtosisAfter()))
                .toList();
    }

    private static Uncertainty uncertainty(IndexRun run) {
        UncertaintyResult u = run.uncertainty();
        if (u == null) {
            return null;
        }
        UncertaintySpec spec = u.spec();
        List<String> varied = new ArrayList<>();
        varied.add(
                switch (spec.weightNoise()) {
                    case NONE -> "weights: fixed / 权重不变";
                    case UNIFORM ->
                        String.format(
                                Locale.ROOT,
                                "weights: each × (1 ± U(0, %.0f%%)), renormalised / 权重随机扰动 ±%.0f%%",
                                spec.weightNoiseAmount() * 100,
                                spec.weightNoiseAmount() * 100);
                    case DIRICHLET -> "weights: Dirichlet(" + spec.weightNoiseAmount() + " × w) / 权重狄利克雷扰动";
                });
        if (!spec.imputations().isEmpty()) {
            varied.add("imputation / 缺失值插补: "
                    + spec.imputations().stream().map(ParkIndex::lower).toList());
        }
        if (!spec.normalisations().isEmpty()) {
            varied.add("normalisation / 标准化: "
                    + spec.normalisations().stream().map(ParkIndex::lower).toList());
        }
        if (!spec.aggregations().isEmpty()) {
            varied.add("aggregation / 合成: "
                    + spec.aggregations().stream().map(ParkIndex::lower).toList());
        }
        return new Uncertainty(spec.replications(), spec.seed(), varied, u.sensitivity(run.year()));
    }
}
