package org.innopark.app.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.innopark.app.security.Accounts;
import org.innopark.engine.index.EnterpriseContributions;
import org.innopark.engine.index.Formula;
import org.innopark.engine.index.Framework;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.index.FrameworkNode;
import org.innopark.engine.index.IndexData;
import org.innopark.engine.index.IndexResult;
import org.innopark.engine.index.IndexRun;
import org.innopark.engine.index.ParkFigures;
import org.innopark.engine.index.PipelineSettings;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.RuleFileException;
import org.springframework.stereotype.Service;

/**
 * 园区创新指数: computes a framework's composite index over every park of the registry, from the enterprises' annual
 * reports and the imported park-level figures, for a year and the years before it.
 *
 * <p><b>Who sees what.</b> Composite indices compare parks, and China's evaluations publish the ranks, so every
 * signed-in user sees the scores and ranks of all parks. Which enterprises lift or drag an indicator is enterprise
 * data: a park's administrators and analysts (and the system administrator) see it for their own park, an enterprise
 * user only its own line, a bank user none.
 */
@Service
public class ParkIndex {

    /** Years shown before the year asked for (more when a base-year index needs its base year). */
    public static final int HISTORY_YEARS = 4;

    /** Strongest and weakest pillars and indicators listed for a park. */
    static final int STRENGTHS = 3;

    private final ParkIndexData data;

    ParkIndex(ParkIndexData data) {
        this.data = data;
    }

    /** A shipped framework, as listed. */
    public record FrameworkInfo(
            String id,
            String nameZh,
            String nameEn,
            String version,
            String source,
            boolean confirmed,
            int pillars,
            int indicators,
            String normalisation,
            String weighting,
            String aggregation) {}

    public List<FrameworkInfo> frameworks() {
        return FrameworkLoader.BUILT_IN.stream()
                .map(ParkIndex::framework)
                .map(f -> new FrameworkInfo(
                        f.id(),
                        f.nameZh(),
                        f.nameEn(),
                        f.version(),
                        f.source(),
                        f.confirmed(),
                        f.root().children().size(),
                        f.indicators().size(),
                        lower(f.settings().normalisation()),
                        lower(f.settings().weighting()),
                        lower(f.settings().aggregation())))
                .toList();
    }

    /** A shipped framework by id. */
    public static Framework framework(String id) {
        if (!FrameworkLoader.BUILT_IN.contains(id)) {
            throw new IndexNotFoundException("未找到指标体系 '" + id + "', 可用: " + FrameworkLoader.BUILT_IN
                    + " / no framework '" + id + "'; available: " + FrameworkLoader.BUILT_IN);
        }
        try {
            return FrameworkLoader.builtIn(id);
        } catch (RuleFileException e) {
            throw new IllegalStateException("the shipped framework " + id + " does not load: " + e.getMessage(), e);
        }
    }

    /**
     * The index of every park for {@code year} (the latest year with data when null) and the years before it.
     *
     * @param baseYear the reference year of a base-year index, or null for the framework's
     * @param sensitivity Monte Carlo replications of the rank uncertainty, 0 for none
     */
    public IndexRun calculate(String frameworkId, Integer year, Integer baseYear, int sensitivity) {
        IndexRun.checkSensitivity(sensitivity);
        List<String> notes = new ArrayList<>();
        Framework framework = IndexRun.withBaseYear(framework(frameworkId), baseYear, notes);
        Inputs in = inputs(framework, year);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        return IndexRun.compute(framework, in.data, in.year, sensitivity, threads, notes);
    }

    /** The index computed from the registry, as the command line runs it: every processor for the Monte Carlo. */
    public IndexRun calculate(Framework framework, Integer year, Integer baseYear, int sensitivity) {
        IndexRun.checkSensitivity(sensitivity);
        List<String> notes = new ArrayList<>();
        Framework f = IndexRun.withBaseYear(framework, baseYear, notes);
        Inputs in = inputs(f, year);
        return IndexRun.compute(f, in.data, in.year, sensitivity, 0, notes);
    }

    private record Inputs(IndexData data, int year) {}

    private Inputs inputs(Framework framework, Integer requestedYear) {
        TreeSet<Integer> years = data.yearsWithData();
        if (years.isEmpty()) {
            throw new IndexNotFoundException(
                    "登记库中还没有企业年报或园区级指标 / the registry holds no annual report and no" + " park-level figure yet");
        }
        int year = requestedYear == null ? years.last() : requestedYear;
        if (!years.contains(year)) {
            throw new IndexNotFoundException("没有 " + year + " 年的数据, 有数据的年份: " + years + " / no data for " + year
                    + "; years with data: " + years);
        }
        int from = Math.max(years.first(), year - HISTORY_YEARS);
        PipelineSettings s = framework.settings();
        if (s.normalisation() == PipelineSettings.Normalisation.BASE_YEAR_INDEX
                && s.baseYear().isPresent()) {
            int base = s.baseYear().getAsInt();
            if (base < from && years.contains(base)) {
                from = base;
            }
        }
        List<ParkIndexData.ParkUnit> parks = data.parks();
        if (parks.isEmpty()) {
            throw new IndexNotFoundException("登记库中还没有园区 / the registry holds no park yet");
        }
        Map<String, List<AnnualReport>> reports =
                data.reports(ParkIndexData.fieldsRead(framework), from - 1, year, null);
        Map<String, Map<Integer, Map<String, Double>>> figures = data.figures(from - 1, year, null);
        ParkFigures pf = ParkFigures.of(framework);
        for (ParkIndexData.ParkUnit p : parks) {
            pf.park(p.code(), p.name(), p.province());
            pf.reports(p.code(), reports.getOrDefault(p.code(), List.of()));
            figures.getOrDefault(p.code(), Map.of())
                    .forEach((y, byKey) -> byKey.forEach((k, v) -> pf.imported(p.code(), y, k, v)));
        }
        pf.years(years.subSet(from, true, year, true).stream()
                .mapToInt(Integer::intValue)
                .toArray());
        return new Inputs(pf.build(), year);
    }

    /** How much of the enterprise contributions a user may see. */
    public enum ContributionAccess {
        /** Every enterprise of the park. */
        ALL_ENTERPRISES,
        /** The user's own enterprise only. */
        OWN_ENTERPRISE,
        /** None. */
        NONE
    }

    /** What the account may see of a park's enterprise contributions. */
    public static ContributionAccess access(Accounts.Account account, String parkCode) {
        return switch (account.role()) {
            case SYSTEM_ADMIN -> ContributionAccess.ALL_ENTERPRISES;
            case PARK_ADMIN, PARK_ANALYST ->
                parkCode.equals(account.parkCode()) ? ContributionAccess.ALL_ENTERPRISES : ContributionAccess.NONE;
            case ENTERPRISE ->
                parkCode.equals(account.parkCode()) ? ContributionAccess.OWN_ENTERPRISE : ContributionAccess.NONE;
            case BANK -> ContributionAccess.NONE;
        };
    }

    /** A node with a park's rank and score on it. */
    public record Standing(String nodeId, String name, int rank, Double score) {}

    /** A park's place in the index: its rank, strengths and weaknesses, and what its enterprises contribute. */
    public record ParkProfile(
            String frameworkId,
            String parkCode,
            String parkName,
            int year,
            int parks,
            Double indexScore,
            int indexRank,
            List<Standing> strongestPillars,
            List<Standing> weakestPillars,
            List<Standing> strongestIndicators,
            List<Standing> weakestIndicators,
            ContributionAccess contributionAccess,
            String contributionNote,
            List<IndicatorContributions> contributions) {}

    /** Who lifts and who drags one registry-computed indicator of the park. */
    public record IndicatorContributions(
            String indicatorId,
            String name,
            String unit,
            String direction,
            String formula,
            Double parkValue,
            int enterprises,
            List<EnterpriseContribution> lifting,
            List<EnterpriseContribution> dragging) {}

    /**
     * One enterprise's contribution: its part of a sum or count (with its share), or for a ratio or mean the park's
     * value minus the value without it.
     */
    public record EnterpriseContribution(String creditCode, String name, double contribution, Double share) {}

    /**
     * A park's profile in the index for a year.
     *
     * @param top enterprises listed as lifting and as dragging each indicator
     */
    public ParkProfile profile(
            String frameworkId,
            String parkCode,
            Integer year,
            Integer baseYear,
            Accounts.Account account,
            Locale locale,
            int top) {
        List<String> notes = new ArrayList<>();
        Framework framework = IndexRun.withBaseYear(framework(frameworkId), baseYear, notes);
        Inputs in = inputs(framework, year);
        IndexResult result =
                IndexRun.compute(framework, in.data, in.year, 0, 1, notes).result();
        if (result.units().stream().noneMatch(u -> u.id().equals(parkCode))) {
            throw new IndexNotFoundException("未找到园区 " + parkCode + " / no park " + parkCode);
        }
        boolean en = isEnglish(locale);
        String rootId = framework.root().id();
        IndexResult.StrengthsAndWeaknesses sw = result.strengthsAndWeaknesses(parkCode, in.year, STRENGTHS);
        ContributionAccess access = access(account, parkCode);
        List<IndicatorContributions> contributions = access == ContributionAccess.NONE
                ? List.of()
                : contributions(
                        framework,
                        parkCode,
                        in.year,
                        access == ContributionAccess.OWN_ENTERPRISE ? account.creditCode() : null,
                        en,
                        top);
        String note = switch (access) {
            case ALL_ENTERPRISES ->
                en
                        ? "Contributions of the park's enterprises to its registry-computed indicators."
                        : "本园区企业对登记库计算指标的贡献。";
            case OWN_ENTERPRISE -> en ? "Only your own enterprise's contributions are shown." : "仅显示本企业的贡献。";
            case NONE -> en ? "Enterprise contributions are shown only to the park's own users." : "企业贡献仅向本园区用户显示。";
        };
        return new ParkProfile(
                framework.id(),
                parkCode,
                result.units().get(indexOf(result, parkCode)).name(),
                in.year,
                result.units().size(),
                finite(result.score(rootId, parkCode, in.year)),
                result.rank(rootId, parkCode, in.year),
                standings(framework, sw.strongestPillars(), en),
                standings(framework, sw.weakestPillars(), en),
                standings(framework, sw.strongestIndicators(), en),
                standings(framework, sw.weakestIndicators(), en),
                access,
                note,
                contributions);
    }

    private static int indexOf(IndexResult result, String unitId) {
        for (int i = 0; i < result.units().size(); i++) {
            if (result.units().get(i).id().equals(unitId)) {
                return i;
            }
        }
        return -1;
    }

    private List<Standing> standings(Framework framework, List<IndexResult.NodeRank> ranks, boolean en) {
        return ranks.stream()
                .map(r -> new Standing(r.nodeId(), name(framework.node(r.nodeId()), en), r.rank(), finite(r.score())))
                .toList();
    }

    private List<IndicatorContributions> contributions(
            Framework framework, String parkCode, int year, String onlyEnterprise, boolean en, int top) {
        Set<ReportField> fields = ParkIndexData.fieldsRead(framework);
        List<AnnualReport> reports = data.reports(fields, year, year, parkCode).getOrDefault(parkCode, List.of());
        Map<String, Double> figures = data.figures(year, year, parkCode)
                .getOrDefault(parkCode, Map.of())
                .getOrDefault(year, Map.of());
        Set<String> codes = new HashSet<>();
        List<IndicatorContributions> out = new ArrayList<>();
        List<List<EnterpriseContributions.Contribution>> all = new ArrayList<>();
        List<FrameworkNode> nodes = new ArrayList<>();
        for (FrameworkNode node : framework.indicators()) {
            FrameworkNode.IndicatorSpec spec = node.indicator().orElseThrow();
            if (!(spec.formula() instanceof Formula.EnterpriseAggregate)) {
                continue;
            }
            List<EnterpriseContributions.Contribution> cs = EnterpriseContributions.of(node, reports, figures);
            if (onlyEnterprise != null) {
                cs = cs.stream()
                        .filter(c -> c.creditCode().value().equals(onlyEnterprise))
                        .toList();
            }
            int sign = spec.direction().sign() > 0 ? 1 : -1;
            nodes.add(node);
            List<EnterpriseContributions.Contribution> sorted = new ArrayList<>(cs);
            sorted.sort(Comparator.comparingDouble(c -> -sign * c.contribution()));
            all.add(sorted);
            sorted.stream().limit(top).forEach(c -> codes.add(c.creditCode().value()));
            sorted.subList(Math.max(0, sorted.size() - top), sorted.size())
                    .forEach(c -> codes.add(c.creditCode().value()));
        }
        Map<String, String> names = data.enterpriseNames(parkCode, codes);
        for (int i = 0; i < nodes.size(); i++) {
            FrameworkNode node = nodes.get(i);
            FrameworkNode.IndicatorSpec spec = node.indicator().orElseThrow();
            int sign = spec.direction().sign() > 0 ? 1 : -1;
            List<EnterpriseContributions.Contribution> sorted = all.get(i);
            List<EnterpriseContribution> lifting = sorted.stream()
                    .filter(c -> sign * c.contribution() > 0)
                    .limit(top)
                    .map(c -> contribution(c, names))
                    .toList();
            List<EnterpriseContributions.Contribution> draggers = new ArrayList<>(
                    sorted.stream().filter(c -> sign * c.contribution() < 0).toList());
            Collections.reverse(draggers);
            List<EnterpriseContribution> dragging = draggers.stream()
                    .limit(top)
                    .map(c -> contribution(c, names))
                    .toList();
            Double parkValue = sorted.isEmpty() ? null : finite(sorted.get(0).parkValue());
            out.add(new IndicatorContributions(
                    node.id(),
                    name(node, en),
                    spec.unit(),
                    lower(spec.direction()),
                    spec.formula().describe(),
                    parkValue,
                    sorted.size(),
                    lifting,
                    dragging));
        }
        return out;
    }

    private static EnterpriseContribution contribution(
            EnterpriseContributions.Contribution c, Map<String, String> names) {
        String code = c.creditCode().value();
        return new EnterpriseContribution(code, names.getOrDefault(code, code), c.contribution(), finite(c.share()));
    }

    static String name(FrameworkNode node, boolean en) {
        return en ? node.nameEn() : node.nameZh();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
