package org.innopark.app.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.report.Indicator;
import org.innopark.engine.report.Unit;
import org.innopark.engine.report.Vocabulary;

/**
 * The indicators and datasets report templates may name, with how each is computed: sums of the enterprises'
 * annual reports (over those that filled the field), ratios of two sums, certificates held at the year's end,
 * technology contracts by registration year, innovation points and the composite index.
 */
final class ReportIndicators {

    /** How an indicator is computed. */
    enum Kind {
        REPORTING,
        SUM,
        RATIO,
        CONTRACTS,
        CONTRACT_TURNOVER,
        HELD,
        POINTS_SCORED,
        POINTS_MEDIAN,
        POINTS_TOP_CUTOFF,
        INDEX_TOTAL,
        /** 月度报表: the sum over the months of the year to the report's month (1—M月累计). */
        MONTHLY_SUM,
        /** 月度报表: the total of the report's month (M月末, e.g. the insured staff). */
        MONTHLY_LAST,
        /** 监测预警: alerts raised for the months of the year to the report month. */
        MONITOR_ALERTS,
        /** 监测预警: cases opened in the months of the year to the report month. */
        MONITOR_CASES,
        /** 孵化载体: the carriers and tenancies as of the year's 31 December. */
        INCUBATION,
        /** 人才: the park's current talent roster. */
        TALENT,
        /** 技术转移: registered contracts by year, results, experts, instruments and demands registered. */
        TRANSFER,
        /** 专利导航: the chain's patents in the park's imported data, by filing (or grant) year. */
        PATENT
    }

    /** The figure of a monthly report an indicator reads (null when not reported). */
    enum MonthlyFigure {
        REVENUE,
        TAXES,
        INSURED_STAFF,
        ELECTRICITY;

        BigDecimal of(org.innopark.engine.registry.MonthlyReport r) {
            return switch (this) {
                case REVENUE -> r.revenue();
                case TAXES -> r.taxesPaid();
                case INSURED_STAFF -> r.insuredStaff() == null ? null : BigDecimal.valueOf(r.insuredStaff());
                case ELECTRICITY -> r.electricityKwh();
            };
        }
    }

    /**
     * @param fields the summed field, or numerator and denominator of a ratio
     * @param monthly the figure of the monthly reports, for the monthly kinds
     */
    record Definition(
            Indicator indicator, Kind kind, ReportField[] fields, QualificationType held, MonthlyFigure monthly) {

        Definition(Indicator indicator, Kind kind, ReportField[] fields, QualificationType held) {
            this(indicator, kind, fields, held, null);
        }
    }

    static final Map<String, Definition> ALL = new LinkedHashMap<>();

    /** The datasets and their columns. */
    static final Map<String, Set<String>> DATASETS = Map.ofEntries(
            Map.entry("industries", Set.of("name", "enterprises", "revenue")),
            Map.entry("fields", Set.of("name", "enterprises", "revenue")),
            Map.entry("carriers", Set.of("type", "count", "area", "incubating", "graduated")),
            Map.entry("platforms", Set.of("level", "count")),
            Map.entry("ladder.rungs", Set.of("rung", "held", "qualified", "undecided")),
            Map.entry("ladder.moves", Set.of("from", "to", "count")),
            Map.entry("ladder.mismatches", Set.of("kind", "rung", "count")),
            Map.entry("points.top", Set.of("rank", "name", "stage", "total")),
            Map.entry("points.histogram", Set.of("band", "enterprises")),
            Map.entry("points.groups", Set.of("group", "maximum", "median", "p75", "max", "mean")),
            Map.entry("index.pillars", Set.of("pillar", "weight", "score", "rank", "previous")),
            Map.entry("index.ranking", Set.of("rank", "park", "score")),
            Map.entry("peers", Set.of("rank", "park", "revenue", "rdIntensity")),
            Map.entry(
                    "monitor.rules",
                    Set.of(
                            "rule",
                            "severity",
                            "alerts",
                            "cases",
                            "open",
                            "confirmed",
                            "helped",
                            "falseAlarms",
                            "falseAlarmRate")),
            Map.entry("monitor.open", Set.of("enterprise", "rule", "severity", "state", "age", "standing")),
            Map.entry("chain.summary", Set.of("chain", "nodes", "strong", "weak", "missing", "firms", "revenue")),
            Map.entry("chain.gaps", Set.of("chain", "node", "stage", "class", "firms", "reason")),
            Map.entry("chain.targets", Set.of("rank", "firm", "city", "chain", "node", "score", "why")),
            Map.entry("incubation.kinds", Set.of("kind", "carriers", "area", "incubatees", "graduates")),
            Map.entry("incubation.levels", Set.of("level", "carriers")),
            Map.entry(
                    "incubation.carriers",
                    Set.of("carrier", "kind", "level", "incubatees", "graduationRate", "grade", "recognition", "gaps")),
            Map.entry("transfer.types", Set.of("group", "count", "amount", "change")),
            Map.entry("transfer.fields", Set.of("group", "count", "amount", "change")),
            Map.entry("transfer.reach", Set.of("flow", "count", "amount")),
            Map.entry("patent.scope", Set.of("item", "content")),
            Map.entry("patent.offices", Set.of("office", "patents", "share")),
            Map.entry("patent.views", Set.of("text")),
            Map.entry("patent.stages", Set.of("stage", "filings", "grants", "localFilings", "share", "growth")),
            Map.entry(
                    "patent.layout",
                    Set.of("stage", "node", "filings", "grants", "growth", "localFilings", "share", "firms", "gap")),
            Map.entry("patent.applicants", Set.of("rank", "applicant", "where", "filings", "nodes")),
            Map.entry("patent.hotspots", Set.of("group", "recent", "previous", "ratio", "nodes")),
            Map.entry("patent.peers", Set.of("park", "patents", "filings", "localFilings", "share")),
            Map.entry("patent.problems", Set.of("text")),
            Map.entry("patent.recommendations", Set.of("text")));

    static {
        sum("employees", "从业人员", Unit.PERSONS, ReportField.EMPLOYEES, "年末从业人员（职工总数）之和");
        sum("rdStaff", "研发人员", Unit.PERSONS, ReportField.RD_STAFF, "企业研发人员之和");
        sum("postgradStaff", "研究生及以上学历人员", Unit.PERSONS, ReportField.POSTGRAD_STAFF, "");
        sum("revenue", "营业收入", Unit.YUAN, ReportField.OPERATING_REVENUE, "报送年报企业的营业收入之和，按现价计算");
        sum("highTechRevenue", "高新技术产品（服务）收入", Unit.YUAN, ReportField.HIGH_TECH_REVENUE, "企业填报的高新技术产品（服务）收入之和");
        sum("rdExpense", "研发费用", Unit.YUAN, ReportField.RD_EXPENSE, "企业研究开发费用之和（含委托外部研发）");
        sum("netProfit", "净利润", Unit.YUAN, ReportField.NET_PROFIT, "");
        sum("taxes", "实际上缴税费", Unit.YUAN, ReportField.TAXES_PAID, "");
        sum("exports", "出口总额", Unit.YUAN, ReportField.EXPORTS, "");
        sum("ventureCapital", "获得风险投资额", Unit.YUAN, ReportField.VENTURE_CAPITAL, "");
        sum("inventionApplications", "发明专利申请数", Unit.ITEMS, ReportField.INVENTION_APPLICATIONS, "");
        sum("inventionGrants", "发明专利授权数", Unit.ITEMS, ReportField.INVENTION_GRANTS, "当年获得授权的发明专利件数");
        sum("pctApplications", "PCT专利申请数", Unit.ITEMS, ReportField.PCT_APPLICATIONS, "");
        ratio(
                "rdIntensity",
                "研发投入强度",
                ReportField.RD_EXPENSE,
                ReportField.OPERATING_REVENUE,
                "研发费用占营业收入的比重（%），按同时填报两项的企业汇总");
        ratio("highTechShare", "高新技术产品（服务）收入占营业收入比重", ReportField.HIGH_TECH_REVENUE, ReportField.OPERATING_REVENUE, "");
        ratio("rdStaffShare", "研发人员占从业人员比重", ReportField.RD_STAFF, ReportField.EMPLOYEES, "研发人员占从业人员的比重（%）");
        ratio("postgradShare", "研究生及以上学历人员占比", ReportField.POSTGRAD_STAFF, ReportField.EMPLOYEES, "");
        put(new Indicator("reporting", "报送年报企业", Unit.ENTERPRISES, "当年报送火炬统计年报的园区企业数"), Kind.REPORTING);
        put(new Indicator("contracts", "技术合同登记", Unit.PROJECTS, "按登记日期所在年度统计的技术合同项数"), Kind.CONTRACTS);
        put(new Indicator("contractTurnover", "技术合同成交额", Unit.YUAN, "按登记日期所在年度统计的技术合同成交金额"), Kind.CONTRACT_TURNOVER);
        for (QualificationType t : QualificationType.values()) {
            ALL.put(
                    "held." + t.name(),
                    new Definition(
                            new Indicator(
                                    "held." + t.name(), t.zh(), Unit.ENTERPRISES, "年末持有有效证书（认定）的企业数；上市企业按登记库的上市板块计"),
                            Kind.HELD,
                            new ReportField[0],
                            t));
        }
        put(new Indicator("points.scored", "参评企业", Unit.ENTERPRISES, "当年有年报、按创新积分方案计分的企业数"), Kind.POINTS_SCORED);
        put(new Indicator("points.median", "创新积分中位数", Unit.POINTS, "参评企业总分的中位数"), Kind.POINTS_MEDIAN);
        put(new Indicator("points.cutoff", "百强入围分数线", Unit.POINTS, "第100名企业的总分（并列者全部入围）"), Kind.POINTS_TOP_CUTOFF);
        put(new Indicator("index.total", "园区创新指数", Unit.INDEX, "按指数框架合成的总指数（基期 = 100）"), Kind.INDEX_TOTAL);
        monthly(
                "monthly.revenue",
                "营业收入（累计）",
                Unit.YUAN,
                Kind.MONTHLY_SUM,
                MonthlyFigure.REVENUE,
                "报送月度报表企业当年1月至报告月的营业收入之和，与上年同期比较");
        monthly(
                "monthly.taxes",
                "纳税总额（累计）",
                Unit.YUAN,
                Kind.MONTHLY_SUM,
                MonthlyFigure.TAXES,
                "报送月度报表企业当年1月至报告月的纳税总额之和（含退税月份的负数）");
        monthly(
                "monthly.electricity",
                "用电量（累计）",
                Unit.KWH,
                Kind.MONTHLY_SUM,
                MonthlyFigure.ELECTRICITY,
                "报送月度报表企业当年1月至报告月的用电量之和");
        monthly(
                "monthly.insuredStaff",
                "社保缴纳人数（月末）",
                Unit.PERSONS,
                Kind.MONTHLY_LAST,
                MonthlyFigure.INSURED_STAFF,
                "报告月报送月度报表企业的社保缴纳人数之和，与上年同月比较");
    }

    static {
        put(
                new Indicator("monitor.alerts", "预警信号", Unit.UNITS, "监测扫描在当年1月至报告月各期间产生的预警信号条数（每家企业每条规则每月至多一条）"),
                Kind.MONITOR_ALERTS);
        put(
                new Indicator("monitor.cases", "新立预警案件", Unit.PROJECTS, "当年1月至报告月新立的预警案件数（同一企业同一规则一案）"),
                Kind.MONITOR_CASES);
    }

    static {
        feature("incubation.carriers", "孵化载体", Unit.UNITS, Kind.INCUBATION, "年末登记在册的孵化器、众创空间、加速器等孵化载体数");
        feature("incubation.area", "孵化载体面积", Unit.SQUARE_METRES, Kind.INCUBATION, "各孵化载体登记的场地面积之和");
        feature(
                "incubation.incubatees",
                "在孵企业",
                Unit.ENTERPRISES,
                Kind.INCUBATION,
                "年末处于入孵、在孵状态的企业数（国科发区〔2018〕300号第十一条）");
        feature("incubation.entered", "当年入孵企业", Unit.ENTERPRISES, Kind.INCUBATION, "入孵日期在当年的入孵记录数");
        feature("incubation.graduated", "当年毕业企业", Unit.ENTERPRISES, Kind.INCUBATION, "毕业日期在当年的入孵记录数（毕业条件见第十二条）");
        feature("incubation.graduationRate", "毕业率", Unit.PERCENT, Kind.INCUBATION, "截至年末累计毕业企业占累计入孵企业的比重（%）");
        feature(
                "incubation.retention",
                "毕业企业留区率",
                Unit.PERCENT,
                Kind.INCUBATION,
                "毕业后仍在载体或园区（毕业、加速、留区）的企业占累计毕业企业的比重（%）");
        feature(
                "incubation.graduatesHighTech",
                "毕业企业中的高新技术企业",
                Unit.ENTERPRISES,
                Kind.INCUBATION,
                "累计毕业企业中年末持有高新技术企业证书的企业数");
        feature("incubation.overdue", "超期未毕业企业", Unit.ENTERPRISES, Kind.INCUBATION, "孵化期满（一般48个月，特殊领域60个月）仍未毕业的在孵企业数");
        feature("talent.total", "人才总数", Unit.PERSONS, Kind.TALENT, "人才库中本园区在册人才人数（报告编制日的名册）");
        feature("talent.masterOrAbove", "硕士以上学历人才", Unit.PERSONS, Kind.TALENT, "在册人才中学历为硕士研究生及以上的人数");
        feature("talent.masterShare", "硕士以上学历人才占比", Unit.PERCENT, Kind.TALENT, "硕士以上学历人才占人才总数的比重（%）");
        feature("talent.studios", "科学家工作室", Unit.UNITS, Kind.TALENT, "人才库登记的科学家工作室数");
        feature("talent.teams", "科研团队", Unit.UNITS, Kind.TALENT, "人才库登记的科研团队数");
        feature("transfer.contractOutflowCount", "输出技术合同", Unit.PROJECTS, Kind.TRANSFER, "卖方为本园区企业、登记日期在当年的技术合同项数");
        feature("transfer.contractOutflowAmount", "输出技术合同成交额", Unit.YUAN, Kind.TRANSFER, "卖方为本园区企业、登记日期在当年的技术合同成交额");
        feature("transfer.contractInflowCount", "吸纳技术合同", Unit.PROJECTS, Kind.TRANSFER, "买方为本园区企业、登记日期在当年的技术合同项数");
        feature("transfer.contractInflowAmount", "吸纳技术合同成交额", Unit.YUAN, Kind.TRANSFER, "买方为本园区企业、登记日期在当年的技术合同成交额");
        feature("transfer.results", "科技成果", Unit.ITEMS, Kind.TRANSFER, "本园区登记及其他园区共享的科技成果数（报告编制日）");
        feature("transfer.experts", "专家", Unit.PERSONS, Kind.TRANSFER, "本园区登记及其他园区共享的专家数");
        feature("transfer.instruments", "科研仪器设备", Unit.UNITS, Kind.TRANSFER, "本园区登记及其他园区共享的科研仪器设备台（套）数");
        feature("transfer.demands", "企业技术需求", Unit.PROJECTS, Kind.TRANSFER, "本园区企业登记的技术需求数");
        feature("transfer.demandsOpen", "未截止技术需求", Unit.PROJECTS, Kind.TRANSFER, "未设截止日期或截止日期未过的技术需求数");
        feature("transfer.demandsMatched", "已匹配技术需求", Unit.PROJECTS, Kind.TRANSFER, "平台匹配检索到至少一项可见成果、专家或仪器的技术需求数");
    }

    static {
        feature("patent.filings", "产业链专利申请", Unit.ITEMS, Kind.PATENT, "导航数据中标引到本产业链任一节点的专利，按申请日所在年度计，每件计一次");
        feature(
                "patent.localFilings",
                "园区企业专利申请",
                Unit.ITEMS,
                Kind.PATENT,
                "第一申请人经关联（自动或分析员确认）为园区登记企业的本产业链专利，按申请日所在年度计");
        feature("patent.grants", "产业链专利授权", Unit.ITEMS, Kind.PATENT, "本产业链专利按授权日所在年度计（实用新型、外观设计以公告日为授权日）");
        feature("patent.localShare", "园区企业申请占比", Unit.PERCENT, Kind.PATENT, "园区企业专利申请占本产业链专利申请的比重（%）");
    }

    private static void feature(String id, String name, Unit unit, Kind kind, String definition) {
        put(new Indicator(id, name, unit, definition), kind);
    }

    private static void monthly(String id, String name, Unit unit, Kind kind, MonthlyFigure f, String definition) {
        ALL.put(id, new Definition(new Indicator(id, name, unit, definition), kind, new ReportField[0], null, f));
    }

    private ReportIndicators() {}

    static Vocabulary vocabulary() {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        ALL.forEach((id, d) -> indicators.put(id, d.indicator()));
        return new Vocabulary(indicators, DATASETS);
    }

    private static void sum(String id, String name, Unit unit, ReportField field, String definition) {
        ALL.put(
                id,
                new Definition(new Indicator(id, name, unit, definition), Kind.SUM, new ReportField[] {field}, null));
    }

    private static void ratio(String id, String name, ReportField num, ReportField den, String definition) {
        ALL.put(
                id,
                new Definition(
                        new Indicator(id, name, Unit.PERCENT, definition),
                        Kind.RATIO,
                        new ReportField[] {num, den},
                        null));
    }

    private static void put(Indicator indicator, Kind kind) {
        ALL.put(indicator.id(), new Definition(indicator, kind, new ReportField[0], null));
    }
}
