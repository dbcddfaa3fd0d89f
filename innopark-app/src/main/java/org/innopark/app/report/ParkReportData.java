package org.innopark.app.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.innopark.app.index.IndexReport;
import org.innopark.app.ladder.ParkLadder;
import org.innopark.app.overview.ParkOverview;
import org.innopark.app.points.PointsRankingView;
import org.innopark.app.registry.RegistryStatistics;
import org.innopark.app.registry.RegistryStatistics.ReportSums;
import org.innopark.engine.ladder.LadderAnalytics;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.report.Dataset;
import org.innopark.engine.report.Dataset.Column;
import org.innopark.engine.report.Figure;
import org.innopark.engine.report.ReportData;
import org.innopark.engine.report.Unit;

/**
 * One park's data for one report, read lazily and once: the annual reports of the span of years (summed over the
 * enterprises that filled each field, so a field nobody filled is missing, not 0), the peers' sums for ranks, the
 * overview's certificates and contracts, and the ladder, points and index when the template asks for them. Every
 * figure names the call that produced it.
 */
final class ParkReportData implements ReportData {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PIE_SLICES = 9;

    private final ReportSources sources;
    private final String park;
    private final String parkName;
    private final int year;
    private final LocalDate dataDate;
    private final Map<String, String> settings;

    private Map<Integer, List<AnnualReport>> reports;
    private Map<String, Map<String, BigDecimal>> peerValues;
    private ParkOverview.Overview overview;
    private final Map<Integer, Optional<PointsRankingView>> rankings = new HashMap<>();
    private Optional<IndexReport> index;
    private Optional<ParkLadder.ParkLadderView> ladder;

    ParkReportData(
            ReportSources sources,
            String park,
            String parkName,
            int year,
            LocalDate dataDate,
            Map<String, String> settings) {
        this.sources = sources;
        this.park = park;
        this.parkName = parkName;
        this.year = year;
        this.dataDate = dataDate;
        this.settings = settings;
    }

    @Override
    public String parkName() {
        return parkName;
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public LocalDate dataDate() {
        return dataDate;
    }

    @Override
    public List<Figure> figures(String indicator, int from, int to) {
        ReportIndicators.Definition d = ReportIndicators.ALL.get(indicator);
        if (d == null) {
            throw new IllegalArgumentException("unknown indicator " + indicator);
        }
        List<Figure> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            Figure f = figure(d, indicator, y);
            out.add(y == year ? rank(indicator, f) : f);
        }
        return out;
    }

    private Figure figure(ReportIndicators.Definition d, String id, int y) {
        return switch (d.kind()) {
            case REPORTING -> {
                String q = reportsQuery(y) + "：报送企业计数";
                int n = reports(y).size();
                yield n == 0 ? Figure.missing(id, y, y + "年无企业报送年报", q) : Figure.of(id, y, BigDecimal.valueOf(n), q);
            }
            case SUM -> sum(id, y, d.fields()[0]);
            case RATIO -> ratio(id, y, d.fields()[0], d.fields()[1]);
            case CONTRACTS, CONTRACT_TURNOVER -> contracts(id, y, d.kind());
            case HELD -> held(id, y, d.held());
            case POINTS_SCORED, POINTS_MEDIAN, POINTS_TOP_CUTOFF -> points(id, y, d.kind());
            case INDEX_TOTAL -> indexTotal(id, y);
            case MONTHLY_SUM, MONTHLY_LAST -> monthly(id, y, d);
            case MONITOR_ALERTS, MONITOR_CASES -> monitoring(id, y, d.kind());
            case INCUBATION -> features().incubation(id, y);
            case TALENT -> features().talent(id, y);
            case TRANSFER -> features().transfer(id, y);
            case PATENT -> patents().figure(id, y);
        };
    }

    private FeatureReportData features;
    private PatentReportData patents;

    /** The navigation's figures of the chain the report is of (setting {@code chain}), read once per report. */
    private PatentReportData patents() {
        if (patents == null) {
            String chain = settings.get("chain");
            if (chain == null) {
                throw new IllegalStateException(
                        "a patent indicator needs the report's chain (settings: subject: chain)");
            }
            patents = new PatentReportData(sources.chapters().patents(), sources.scope(), park, chain);
        }
        return patents;
    }

    @Override
    public String subject() {
        return settings.containsKey("chain") ? patents().chainName() : "";
    }

    /** The incubation, talent and transfer figures, read once per report. */
    private FeatureReportData features() {
        if (features == null) {
            features = new FeatureReportData(sources.chapters(), park, year, dataDate);
        }
        return features;
    }

    // ---- monitoring (监测预警) -------------------------------------------------------------------------------------

    /** The month the monitoring figures run to: the report month, else December (no monthly report that year). */
    private int monitorMonth() {
        int m = reportMonth();
        return m == 0 ? 12 : m;
    }

    private Figure monitoring(String id, int y, ReportIndicators.Kind kind) {
        String span = y + "年1—" + monitorMonth() + "月";
        boolean alerts = kind == ReportIndicators.Kind.MONITOR_ALERTS;
        String q = (alerts ? "MonitorCases.alertsByPeriod" : "MonitorCases.cases") + "(park=" + park + ")：" + span;
        java.util.function.Predicate<String> within = period -> period != null
                && period.startsWith(y + "-")
                && Integer.parseInt(period.substring(5, 7)) <= monitorMonth();
        if (alerts) {
            Optional<Map<String, Integer>> byPeriod = sources.monitor().alertsByPeriod(sources.scope(), park);
            if (byPeriod.isEmpty()) {
                return Figure.missing(id, y, "无权读取监测数据", q);
            }
            long n = byPeriod.get().entrySet().stream()
                    .filter(e -> within.test(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            return Figure.of(id, y, BigDecimal.valueOf(n), q);
        }
        return sources.monitor()
                .cases(sources.scope(), park, false)
                .map(cs -> Figure.of(
                        id,
                        y,
                        BigDecimal.valueOf(cs.stream()
                                .filter(c -> within.test(c.openedPeriod()))
                                .count()),
                        q))
                .orElseGet(() -> Figure.missing(id, y, "无权读取监测数据", q));
    }

    private Dataset monitorDataset(String name) {
        List<List<Object>> rows = new ArrayList<>();
        List<Column> columns;
        String q;
        boolean readable;
        if (name.equals("monitor.rules")) {
            q = "MonitorCases.outcomes(park=" + park + ")";
            columns = List.of(
                    new Column("rule", "规则", null),
                    new Column("severity", "严重程度", null),
                    new Column("alerts", "预警信号", Unit.UNITS),
                    new Column("cases", "案件", Unit.PROJECTS),
                    new Column("open", "在办", Unit.PROJECTS),
                    new Column("confirmed", "确认异常", Unit.PROJECTS),
                    new Column("helped", "已帮扶", Unit.PROJECTS),
                    new Column("falseAlarms", "误报", Unit.PROJECTS),
                    new Column("falseAlarmRate", "误报率", Unit.PERCENT));
            var outcomes = sources.monitor().outcomes(sources.scope(), park);
            readable = outcomes.isPresent();
            outcomes.ifPresent(list -> list.stream()
                    .filter(o -> o.alerts() > 0 || o.cases() > 0)
                    .forEach(o -> {
                        List<Object> row = new ArrayList<>();
                        row.add(o.ruleName());
                        row.add(o.severity() == null ? "—" : o.severity().zh());
                        row.add(n(o.alerts()));
                        row.add(n(o.cases()));
                        row.add(n(o.open()));
                        row.add(n(o.confirmed()));
                        row.add(n(o.helped()));
                        row.add(n(o.falseAlarms()));
                        row.add(o.falseAlarmRate() == null ? null : n(o.falseAlarmRate() * 100));
                        rows.add(row);
                    }));
        } else {
            q = "MonitorCases.cases(park=" + park + ", open)";
            columns = List.of(
                    new Column("enterprise", "企业", null),
                    new Column("rule", "信号", null),
                    new Column("severity", "严重程度", null),
                    new Column("state", "状态", null),
                    new Column("age", "立案天数", null),
                    new Column("standing", "时限", null));
            var cases = sources.monitor().cases(sources.scope(), park, true);
            readable = cases.isPresent();
            cases.ifPresent(list -> list.forEach(c -> rows.add(List.of(
                    c.enterpriseName() == null ? c.creditCode() : c.enterpriseName(),
                    c.ruleName(),
                    c.severity().zh(),
                    c.state().zh(),
                    String.valueOf(c.ageDays()),
                    switch (c.standing().status()) {
                        case OVERDUE -> "超时";
                        case DUE -> "将到期";
                        default -> "正常";
                    }))));
        }
        return new Dataset(name, columns, rows, q, readable ? null : "无权读取监测数据");
    }

    // ---- industry chains (产业链) ---------------------------------------------------------------------------------

    /** Targets listed per chain in {@code chain.targets} (setting {@code targetsPerChain}, default 10). */
    private int targetsPerChain() {
        try {
            return Math.max(1, Math.min(100, Integer.parseInt(settings.getOrDefault("targetsPerChain", "10"))));
        } catch (NumberFormatException e) {
            return 10;
        }
    }

    private List<org.innopark.app.chain.ParkChains.ParkChain> chainAnalyses;

    private List<org.innopark.app.chain.ParkChains.ParkChain> chainAnalyses() {
        if (chainAnalyses == null) {
            List<org.innopark.app.chain.ParkChains.ParkChain> out = new ArrayList<>();
            for (var chain : sources.chains().chains()) {
                out.add(sources.chains().analyse(sources.scope(), park, chain.id()));
            }
            chainAnalyses = out;
        }
        return chainAnalyses;
    }

    private Dataset chainDataset(String name) {
        List<List<Object>> rows = new ArrayList<>();
        List<Column> columns;
        String q = "ParkChains.analyse(park=" + park + ", chain=每条产业链, day=" + dataDate + ")";
        switch (name) {
            case "chain.summary" -> {
                columns = List.of(
                        new Column("chain", "产业链", null),
                        new Column("nodes", "环节", Unit.UNITS),
                        new Column("strong", "强链", Unit.UNITS),
                        new Column("weak", "补链", Unit.UNITS),
                        new Column("missing", "延链", Unit.UNITS),
                        new Column("firms", "链上企业", Unit.ENTERPRISES),
                        new Column("revenue", "链上营收", Unit.YUAN));
                for (var pc : chainAnalyses()) {
                    var nodes = pc.coverage().nodes();
                    long onChain = pc.firms().stream()
                            .filter(f -> !f.nodes().isEmpty())
                            .count();
                    double revenue = pc.firms().stream()
                            .filter(f -> !f.nodes().isEmpty())
                            .mapToDouble(org.innopark.engine.chain.ParkFirm::revenue)
                            .sum();
                    rows.add(List.of(
                            pc.chain().nameZh(),
                            n(nodes.size()),
                            n(count(nodes, org.innopark.engine.chain.NodeStrength.STRONG)),
                            n(count(nodes, org.innopark.engine.chain.NodeStrength.WEAK)),
                            n(count(nodes, org.innopark.engine.chain.NodeStrength.MISSING)),
                            n(onChain),
                            BigDecimal.valueOf(revenue).setScale(2, java.math.RoundingMode.HALF_UP)));
                }
            }
            case "chain.gaps" -> {
                columns = List.of(
                        new Column("chain", "产业链", null),
                        new Column("node", "环节", null),
                        new Column("stage", "阶段", null),
                        new Column("class", "判定", null),
                        new Column("firms", "本区企业", Unit.ENTERPRISES),
                        new Column("reason", "理由", null));
                for (var pc : chainAnalyses()) {
                    for (var node : pc.coverage().nodes()) {
                        if (node.strength() != org.innopark.engine.chain.NodeStrength.STRONG) {
                            rows.add(List.of(
                                    pc.chain().nameZh(),
                                    node.node().name(),
                                    node.node().stage().zh(),
                                    node.strength().zh(),
                                    n(node.firms()),
                                    node.reason()));
                        }
                    }
                }
            }
            default -> {
                columns = List.of(
                        new Column("rank", "排名", null),
                        new Column("firm", "企业", null),
                        new Column("city", "城市", null),
                        new Column("chain", "产业链", null),
                        new Column("node", "环节", null),
                        new Column("score", "得分", Unit.POINTS),
                        new Column("why", "推荐理由", null));
                for (var pc : chainAnalyses()) {
                    for (var t : pc.analysis().ranking().top(targetsPerChain())) {
                        rows.add(List.of(
                                String.valueOf(t.rank()),
                                t.name(),
                                t.city() == null ? "" : t.city(),
                                pc.chain().nameZh(),
                                String.join("、", t.nodes()),
                                n(t.score()),
                                t.explanationZh()));
                    }
                }
            }
        }
        return new Dataset(name, columns, rows, q, rows.isEmpty() ? "本园区暂无产业链分析数据" : null);
    }

    private static long count(
            List<org.innopark.engine.chain.NodeCoverage> nodes, org.innopark.engine.chain.NodeStrength strength) {
        return nodes.stream().filter(x -> x.strength() == strength).count();
    }

    // ---- monthly reports (月度报表) ------------------------------------------------------------------------------

    /** The park's monthly reports by year, read once. */
    private Map<Integer, List<org.innopark.engine.registry.MonthlyReport>> monthly;

    private Map<Integer, List<org.innopark.engine.registry.MonthlyReport>> monthlyByYear() {
        if (monthly == null) {
            Map<Integer, List<org.innopark.engine.registry.MonthlyReport>> m = new HashMap<>();
            sources.registry()
                    .forEachMonthlyReport(
                            park,
                            null,
                            r -> m.computeIfAbsent(r.period().getYear(), k -> new ArrayList<>())
                                    .add(r));
            monthly = m;
        }
        return monthly;
    }

    /** The report's month: the latest month of the report year with a monthly report, 0 when there is none. */
    int reportMonth() {
        return monthlyByYear().getOrDefault(year, List.of()).stream()
                .mapToInt(r -> r.period().getMonthValue())
                .max()
                .orElse(0);
    }

    @Override
    public String months() {
        int m = reportMonth();
        return m == 0 ? "" : m == 1 ? "1月" : "1—" + m + "月";
    }

    private Figure monthly(String id, int y, ReportIndicators.Definition d) {
        int month = reportMonth();
        boolean last = d.kind() == ReportIndicators.Kind.MONTHLY_LAST;
        String span = month == 0 ? "" : last ? month + "月" : months();
        String q = "RegistryReads.forEachMonthlyReport(park=" + park + ")：" + y + "年" + span + " " + (last ? "" : "Σ ")
                + d.indicator().nameZh();
        if (month == 0) {
            return Figure.missing(id, y, year + "年无月度报表", q);
        }
        BigDecimal total = BigDecimal.ZERO;
        int filled = 0;
        for (org.innopark.engine.registry.MonthlyReport r : monthlyByYear().getOrDefault(y, List.of())) {
            int m = r.period().getMonthValue();
            BigDecimal v = d.monthly().of(r);
            if (v != null && (last ? m == month : m <= month)) {
                total = total.add(v);
                filled++;
            }
        }
        if (filled == 0) {
            return Figure.missing(
                    id, y, y + "年" + span + "无企业填报" + d.indicator().nameZh(), q);
        }
        return Figure.of(id, y, total, q + "（" + filled + "条月报）");
    }

    // ---- annual reports -----------------------------------------------------------------------------------------

    private List<AnnualReport> reports(int y) {
        if (reports == null) {
            reports = new HashMap<>();
            int from = year - 20;
            for (AnnualReport r : sources.registry().reports(park, null, from, year)) {
                reports.computeIfAbsent(r.year(), k -> new ArrayList<>()).add(r);
            }
        }
        return reports.getOrDefault(y, List.of());
    }

    private String reportsQuery(int y) {
        return "RegistryReads.reports(park=" + park + ", year=" + y + ")";
    }

    private Figure sum(String id, int y, ReportField field) {
        List<AnnualReport> rs = reports(y);
        String q = reportsQuery(y) + "：Σ " + field.zh();
        if (rs.isEmpty()) {
            return Figure.missing(id, y, y + "年无企业报送年报", q);
        }
        BigDecimal total = BigDecimal.ZERO;
        int filled = 0;
        for (AnnualReport r : rs) {
            if (r.has(field)) {
                total = total.add(r.get(field));
                filled++;
            }
        }
        if (filled == 0) {
            return Figure.missing(id, y, "报送年报的" + rs.size() + "家企业均未填报" + field.zh(), q);
        }
        return Figure.of(id, y, total, q + "（" + rs.size() + "家报送，" + filled + "家填报）");
    }

    private Figure ratio(String id, int y, ReportField num, ReportField den) {
        List<AnnualReport> rs = reports(y);
        String q = reportsQuery(y) + "：Σ " + num.zh() + " ÷ Σ " + den.zh() + " × 100";
        if (rs.isEmpty()) {
            return Figure.missing(id, y, y + "年无企业报送年报", q);
        }
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal m = BigDecimal.ZERO;
        int filledNum = 0;
        for (AnnualReport r : rs) {
            if (r.has(num)) {
                n = n.add(r.get(num));
                filledNum++;
            }
            if (r.has(den)) {
                m = m.add(r.get(den));
            }
        }
        if (filledNum == 0) {
            return Figure.missing(id, y, "报送年报的" + rs.size() + "家企业均未填报" + num.zh(), q);
        }
        if (m.signum() <= 0) {
            return Figure.missing(id, y, den.zh() + "合计为零或未填报，无法计算比重", q);
        }
        return Figure.of(id, y, n.multiply(HUNDRED).divide(m, MathContext.DECIMAL64), q);
    }

    // ---- ranks among the parks ----------------------------------------------------------------------------------

    /** Indicators the peers' sums can rank, and how to read them from a park's sums. */
    private static final Map<String, Function<ReportSums, BigDecimal>> RANKED = Map.of(
            "reporting", s -> BigDecimal.valueOf(s.reporting()),
            "employees", s -> BigDecimal.valueOf(s.employees()),
            "revenue", ReportSums::revenue,
            "highTechRevenue", ReportSums::highTechRevenue,
            "rdExpense", ReportSums::rdExpense,
            "netProfit", ReportSums::netProfit,
            "taxes", ReportSums::taxes,
            "exports", ReportSums::exports,
            "inventionGrants", s -> BigDecimal.valueOf(s.inventionGrants()),
            "rdIntensity",
                    s -> s.revenue().signum() > 0
                            ? s.rdExpense().multiply(HUNDRED).divide(s.revenue(), MathContext.DECIMAL64)
                            : null);

    private Figure rank(String indicator, Figure f) {
        Function<ReportSums, BigDecimal> read = RANKED.get(indicator);
        if (read == null || !f.present()) {
            return f;
        }
        if (peerValues == null) {
            peerValues = new HashMap<>();
            for (String p : sources.registry().parkCodes()) {
                for (ReportSums s : sources.statistics().reportSumsByYear(p)) {
                    if (s.year() != year) {
                        continue;
                    }
                    RANKED.forEach((k, fn) -> {
                        BigDecimal v = fn.apply(s);
                        if (v != null) {
                            peerValues.computeIfAbsent(k, x -> new HashMap<>()).put(p, v);
                        }
                    });
                }
            }
        }
        Map<String, BigDecimal> values = peerValues.getOrDefault(indicator, Map.of());
        BigDecimal own = values.get(park);
        if (own == null) {
            return f;
        }
        int above =
                (int) values.values().stream().filter(v -> v.compareTo(own) > 0).count();
        return f.ranked(above + 1, values.size());
    }

    // ---- overview: contracts and certificates ---------------------------------------------------------------------

    private ParkOverview.Overview overview() {
        if (overview == null) {
            overview = sources.overview().overview(sources.scope(), park).orElseThrow();
        }
        return overview;
    }

    private Optional<ParkOverview.YearFigures> overviewYear(int y) {
        return overview().years().stream().filter(f -> f.year() == y).findFirst();
    }

    private Figure contracts(String id, int y, ReportIndicators.Kind kind) {
        String q = "RegistryStatistics.techContracts(park=" + park + ")：登记年度 " + y;
        boolean any = overview().years().stream().anyMatch(f -> f.contracts() > 0);
        if (!any) {
            return Figure.missing(id, y, "登记库中没有本园区的技术合同登记记录", q);
        }
        Optional<ParkOverview.YearFigures> f = overviewYear(y);
        if (f.isEmpty()) {
            return Figure.missing(id, y, y + "年无企业报送年报，未汇总", q);
        }
        return Figure.of(
                id,
                y,
                kind == ReportIndicators.Kind.CONTRACTS
                        ? BigDecimal.valueOf(f.get().contracts())
                        : f.get().contractTurnover(),
                q);
    }

    private Figure held(String id, int y, QualificationType type) {
        String q = "ParkOverview.overview(park=" + park + ")：" + y + "年12月31日有效的" + type.zh() + "证书";
        Optional<ParkOverview.YearFigures> f = overviewYear(y);
        if (f.isEmpty()) {
            return Figure.missing(id, y, y + "年无企业报送年报，未统计", q);
        }
        return Figure.of(id, y, BigDecimal.valueOf(f.get().heldOf(type)), q);
    }

    // ---- points ----------------------------------------------------------------------------------------------------

    private String pointsScheme() {
        return settings.getOrDefault("pointsScheme", org.innopark.engine.points.PointsSchemeLoader.DEFAULT_ID);
    }

    private Optional<PointsRankingView> ranking(int y) {
        return rankings.computeIfAbsent(
                y,
                k -> sources.points()
                        .ranking(
                                sources.scope(),
                                park,
                                k,
                                org.innopark.app.points.InnovationPoints.scheme(pointsScheme()),
                                100));
    }

    private Optional<PointsRankingView.CohortRanking> cohort(int y) {
        return ranking(y).flatMap(r -> r.cohorts().stream().findFirst());
    }

    private Figure points(String id, int y, ReportIndicators.Kind kind) {
        String q = "InnovationPoints.ranking(park=" + park + ", year=" + y + ", scheme=" + pointsScheme() + ")";
        if (reports(y).isEmpty()) {
            return Figure.missing(id, y, y + "年无企业报送年报，未计分", q);
        }
        Optional<PointsRankingView.CohortRanking> c = cohort(y);
        if (c.isEmpty()) {
            return Figure.missing(id, y, y + "年无企业计分", q);
        }
        return switch (kind) {
            case POINTS_SCORED -> Figure.of(id, y, BigDecimal.valueOf(c.get().size()), q);
            case POINTS_MEDIAN ->
                c.get().distribution().stream()
                        .filter(dv -> dv.group() == null)
                        .findFirst()
                        .map(dv -> Figure.of(id, y, BigDecimal.valueOf(dv.median()), q + "：总分中位数"))
                        .orElse(Figure.missing(id, y, "无总分分布", q));
            default -> {
                List<PointsRankingView.Entry> entries = c.get().entries();
                if (c.get().size() < 100) {
                    yield Figure.missing(id, y, "参评企业仅" + c.get().size() + "家，不足100家，不设百强分数线", q);
                }
                yield Figure.of(
                        id,
                        y,
                        BigDecimal.valueOf(entries.get(entries.size() - 1).total()),
                        q + "：百强末位总分");
            }
        };
    }

    // ---- index
    // -------------------------------------------------------------------------------------------------------

    private String indexFramework() {
        return settings.getOrDefault("indexFramework", "development-index-template");
    }

    private Optional<IndexReport> index() {
        if (index == null) {
            index = sources.index(indexFramework(), year);
        }
        return index;
    }

    private Figure indexTotal(String id, int y) {
        String q = "ParkIndex.calculate(framework=" + indexFramework() + ", year=" + year + ")：总指数";
        Optional<IndexReport.ParkResult> r = index().flatMap(rep -> parkResult(rep.tree()));
        if (r.isEmpty()) {
            return Figure.missing(id, y, "指数框架 " + indexFramework() + " 未能为本园区计算", q);
        }
        for (IndexReport.YearResult yr : r.get().years()) {
            if (yr.year() == y && yr.score() != null) {
                int peers = index().get().ranking().size();
                Figure f = Figure.of(id, y, BigDecimal.valueOf(yr.score()), q);
                return yr.rank() > 0 && yr.rank() <= peers ? f.ranked(yr.rank(), peers) : f;
            }
        }
        return Figure.missing(id, y, y + "年指数未计算（数据不足或早于指数的年份范围）", q);
    }

    private Optional<IndexReport.ParkResult> parkResult(IndexReport.Node node) {
        return node.results().stream().filter(r -> r.park().equals(park)).findFirst();
    }

    // ---- datasets ------------------------------------------------------------------------------------------------

    @Override
    public Dataset dataset(String name) {
        return switch (name) {
            case "industries" -> industries();
            case "fields" -> fields();
            case "carriers" -> carriers();
            case "platforms" -> platforms();
            case "ladder.rungs", "ladder.moves", "ladder.mismatches" -> ladderDataset(name);
            case "points.top", "points.histogram", "points.groups" -> pointsDataset(name);
            case "index.pillars", "index.ranking" -> indexDataset(name);
            case "monitor.rules", "monitor.open" -> monitorDataset(name);
            case "chain.summary", "chain.gaps", "chain.targets" -> chainDataset(name);
            case "incubation.kinds", "incubation.levels", "incubation.carriers" ->
                features().incubationDataset(name);
            case "transfer.types", "transfer.fields", "transfer.reach" ->
                features().transferDataset(name);
            case "patent.scope",
                    "patent.offices",
                    "patent.views",
                    "patent.stages",
                    "patent.layout",
                    "patent.applicants",
                    "patent.hotspots",
                    "patent.peers",
                    "patent.problems",
                    "patent.recommendations" -> patents().dataset(name);
            default -> throw new IllegalArgumentException("unknown dataset " + name);
        };
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    private static BigDecimal n(double v) {
        return BigDecimal.valueOf(v);
    }

    private Dataset categories(String name, Function<RegistryStatistics.Category, String> key, String label) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> revenue = new HashMap<>();
        for (RegistryStatistics.Category c : sources.statistics().categories(park, year)) {
            String k = key.apply(c);
            counts.computeIfAbsent(k, x -> new long[1])[0]++;
            if (c.revenue() != null) {
                revenue.merge(k, c.revenue(), BigDecimal::add);
            }
        }
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        List<List<Object>> rows = new ArrayList<>();
        long otherCount = 0;
        BigDecimal otherRevenue = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, long[]> e = sorted.get(i);
            BigDecimal r = revenue.getOrDefault(e.getKey(), BigDecimal.ZERO);
            if (i < PIE_SLICES || sorted.size() == PIE_SLICES + 1) {
                rows.add(List.of(e.getKey(), n(e.getValue()[0]), r));
            } else {
                otherCount += e.getValue()[0];
                otherRevenue = otherRevenue.add(r);
            }
        }
        if (otherCount > 0) {
            rows.add(List.of("其他", n(otherCount), otherRevenue));
        }
        return new Dataset(
                name,
                List.of(
                        new Column("name", label, null),
                        new Column("enterprises", "企业数", Unit.ENTERPRISES),
                        new Column("revenue", year + "年营业收入", Unit.YUAN)),
                rows,
                "RegistryStatistics.categories(park=" + park + ", year=" + year + ")",
                "登记库中没有本园区的企业");
    }

    private Dataset industries() {
        Map<String, String> divisions = IndustryCode.divisions();
        return categories(
                "industries",
                c -> c.industryCode() == null || c.industryCode().length() < 2
                        ? "未填报行业"
                        : divisions.getOrDefault(
                                c.industryCode().substring(0, 2),
                                c.industryCode().substring(0, 2)),
                "国民经济行业（大类）");
    }

    private Dataset fields() {
        return categories(
                "fields",
                c -> {
                    if (c.highTechField() == null) {
                        return "非高新技术领域或未填报";
                    }
                    try {
                        return HighTechField.valueOf(c.highTechField()).zh();
                    } catch (IllegalArgumentException e) {
                        return c.highTechField();
                    }
                },
                "技术领域");
    }

    private Dataset carriers() {
        List<List<Object>> rows = new ArrayList<>();
        for (RegistryStatistics.CarrierTotals c : overview().carriers()) {
            rows.add(List.of(
                    label(CarrierType.class, c.type()), n(c.count()), c.area(), n(c.incubating()), n(c.graduated())));
        }
        return new Dataset(
                "carriers",
                List.of(
                        new Column("type", "载体类型", null),
                        new Column("count", "数量", Unit.UNITS),
                        new Column("area", "面积", Unit.SQUARE_METRES),
                        new Column("incubating", "在孵企业", Unit.ENTERPRISES),
                        new Column("graduated", "累计毕业企业", Unit.ENTERPRISES)),
                rows,
                "RegistryStatistics.carriers(park=" + park + ")",
                "登记库中没有本园区的孵化载体记录");
    }

    private Dataset platforms() {
        List<List<Object>> rows = new ArrayList<>();
        for (RegistryStatistics.PlatformCount p : overview().platforms()) {
            rows.add(List.of(label(Level.class, p.level()), n(p.count())));
        }
        return new Dataset(
                "platforms",
                List.of(new Column("level", "级别", null), new Column("count", "创新平台数", Unit.UNITS)),
                rows,
                "RegistryStatistics.platforms(park=" + park + ")",
                "登记库中没有本园区的创新平台记录");
    }

    private static <E extends Enum<E> & org.innopark.engine.registry.Labelled> String label(
            Class<E> type, String code) {
        try {
            return Enum.valueOf(type, code).zh();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private Dataset ladderDataset(String name) {
        if (ladder == null) {
            ladder = sources.ladder().ladder(sources.scope(), park, year, dataDate, ParkLadder.DEFAULT_EXPIRY_MONTHS);
        }
        String q = "ParkLadder.ladder(park=" + park + ", year=" + year + ")";
        List<List<Object>> rows = new ArrayList<>();
        if (ladder.isPresent()) {
            LadderAnalytics.Snapshot s = ladder.get().snapshot();
            switch (name) {
                case "ladder.rungs" ->
                    s.rungs()
                            .forEach(r ->
                                    rows.add(List.of(r.rung().zh(), n(r.held()), n(r.qualified()), n(r.undecided()))));
                case "ladder.moves" ->
                    ladder.get().heldTransitions().stream()
                            .filter(t -> t.count() > 0 && t.from() != t.to())
                            .forEach(t -> rows.add(List.of(
                                    t.from() == null ? "未入梯队" : t.from().zh(),
                                    t.to() == null ? "退出梯队" : t.to().zh(),
                                    n(t.count()))));
                default -> {
                    Map<String, long[]> counts = new LinkedHashMap<>();
                    for (LadderAnalytics.Mismatch m : s.mismatches()) {
                        String kind = m.kind() == LadderAnalytics.MismatchKind.HELD_NOT_MEETING ? "持证但不达标" : "达标未认定";
                        counts.computeIfAbsent(kind + "\u0000" + m.rung().zh(), k -> new long[1])[0]++;
                    }
                    counts.forEach((k, c) -> {
                        String[] parts = k.split("\u0000");
                        rows.add(List.of(parts[0], parts[1], n(c[0])));
                    });
                }
            }
        }
        List<Column> columns = switch (name) {
            case "ladder.rungs" ->
                List.of(
                        new Column("rung", "梯度", null),
                        new Column("held", "持证企业", Unit.ENTERPRISES),
                        new Column("qualified", "评价达标", Unit.ENTERPRISES),
                        new Column("undecided", "待定", Unit.ENTERPRISES));
            case "ladder.moves" ->
                List.of(
                        new Column("from", "上年所在梯度", null),
                        new Column("to", "本年所在梯度", null),
                        new Column("count", "企业数", Unit.ENTERPRISES));
            default ->
                List.of(
                        new Column("kind", "类型", null),
                        new Column("rung", "梯度", null),
                        new Column("count", "企业数", Unit.ENTERPRISES));
        };
        return new Dataset(name, columns, rows, q, ladder.isPresent() ? null : "无法评价本园区的梯度");
    }

    private Dataset pointsDataset(String name) {
        Optional<PointsRankingView.CohortRanking> c = cohort(year);
        String q = "InnovationPoints.ranking(park=" + park + ", year=" + year + ", scheme=" + pointsScheme()
                + ", top=100)";
        List<List<Object>> rows = new ArrayList<>();
        List<Column> columns;
        switch (name) {
            case "points.top" -> {
                columns = List.of(
                        new Column("rank", "排名", null),
                        new Column("name", "企业名称", null),
                        new Column("stage", "发展阶段", null),
                        new Column("total", "总分", Unit.POINTS));
                c.ifPresent(k -> k.entries()
                        .forEach(
                                e -> rows.add(List.of(String.valueOf(e.rank()), e.name(), e.stageZh(), n(e.total())))));
            }
            case "points.histogram" -> {
                columns = List.of(new Column("band", "分数段", null), new Column("enterprises", "企业数", Unit.ENTERPRISES));
                c.ifPresent(k -> {
                    double max = ranking(year).get().scheme().maximum();
                    int bins = k.histogram().length;
                    for (int i = 0; i < bins; i++) {
                        long lo = Math.round(max * i / bins);
                        long hi = Math.round(max * (i + 1) / bins);
                        rows.add(List.of(lo + "–" + hi, n(k.histogram()[i])));
                    }
                });
            }
            default -> {
                columns = List.of(
                        new Column("group", "指标组", null),
                        new Column("maximum", "满分", Unit.POINTS),
                        new Column("median", "中位数", Unit.POINTS),
                        new Column("p75", "上四分位", Unit.POINTS),
                        new Column("max", "最高分", Unit.POINTS),
                        new Column("mean", "平均分", Unit.POINTS));
                c.ifPresent(k -> k.distribution()
                        .forEach(dv -> rows.add(List.of(
                                dv.group() == null ? "总分" : dv.nameZh(),
                                n(dv.maximum()),
                                n(dv.median()),
                                n(dv.p75()),
                                n(dv.max()),
                                n(dv.mean())))));
            }
        }
        return new Dataset(name, columns, rows, q, c.isPresent() ? null : year + "年无企业计分");
    }

    private Dataset indexDataset(String name) {
        String q = "ParkIndex.calculate(framework=" + indexFramework() + ", year=" + year + ")";
        List<List<Object>> rows = new ArrayList<>();
        Optional<IndexReport> rep = index();
        List<Column> columns;
        if (name.equals("index.pillars")) {
            columns = List.of(
                    new Column("pillar", "一级指标", null),
                    new Column("weight", "权重", Unit.PERCENT),
                    new Column("score", year + "年得分", Unit.INDEX),
                    new Column("previous", (year - 1) + "年得分", Unit.INDEX),
                    new Column("rank", "排名", null));
            rep.ifPresent(r -> r.tree()
                    .children()
                    .forEach(pillar -> parkResult(pillar).ifPresent(pr -> {
                        BigDecimal previous = pr.years().stream()
                                .filter(yr -> yr.year() == year - 1 && yr.score() != null)
                                .map(yr -> n(yr.score()))
                                .findFirst()
                                .orElse(null);
                        List<Object> row = new ArrayList<>();
                        row.add(pillar.name());
                        row.add(n(pillar.weight() * 100));
                        row.add(pr.score() == null ? null : n(pr.score()));
                        row.add(previous);
                        row.add(pr.rank() > 0 ? String.valueOf(pr.rank()) : "—");
                        rows.add(row);
                    })));
        } else {
            columns = List.of(
                    new Column("rank", "排名", null),
                    new Column("park", "园区", null),
                    new Column("score", "总指数", Unit.INDEX));
            rep.ifPresent(r -> r.ranking().forEach(pr -> {
                List<Object> row = new ArrayList<>();
                row.add(pr.rank() > 0 ? String.valueOf(pr.rank()) : "—");
                row.add(pr.name());
                row.add(pr.score() == null ? null : n(pr.score()));
                rows.add(row);
            }));
        }
        return new Dataset(name, columns, rows, q, rep.isPresent() ? null : "指数框架 " + indexFramework() + " 未能计算");
    }
}
