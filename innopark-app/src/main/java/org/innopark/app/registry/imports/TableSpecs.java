package org.innopark.app.registry.imports;

import static org.innopark.app.registry.imports.ImportColumn.codes;
import static org.innopark.app.registry.imports.ImportColumn.of;
import static org.innopark.app.registry.imports.ImportColumn.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.innopark.app.registry.RegistryTables;
import org.innopark.engine.registry.AbnormalListingReason;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.ContractType;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.EnterpriseBusiness;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.IncidentLevel;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.ParkLevel;
import org.innopark.engine.registry.PlatformType;
import org.innopark.engine.registry.ProjectStage;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;

/** The import and export specification of the registry tables. */
final class TableSpecs {

    /** The unit the templates and exports write money in; imports accept any unit declared in the header. */
    static final MoneyUnit TEMPLATE_UNIT = MoneyUnit.TEN_THOUSAND_YUAN;

    /** The values of the templates' example rows, consistent across tables. */
    static final String EXAMPLE_PARK = "DEMO";

    static final String EXAMPLE_SUB_PARK = "DEMO-A";

    static final String EXAMPLE_CREDIT_CODE = "91220101723654321" + CreditCode.checkCharacter("91220101723654321");

    private TableSpecs() {}

    static final TableSpec PARK = new TableSpec(
            "park",
            "园区",
            "Parks",
            RegistryTables.PARK,
            List.of(
                    of("code", "园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    text("name", "园区名称", "Park name", true, 100, "示例高新技术产业开发区"),
                    codes("level", "园区级别", "Park level", ParkLevel.class, true, ParkLevel.NATIONAL.zh()),
                    of("region_code", "行政区划代码", "Region code", ColumnKind.REGION_CODE, true, "220101"),
                    text("province", "省份", "Province", false, 30, "吉林省"),
                    text("city", "城市", "City", false, 30, "长春市"),
                    of("approved_year", "批复年份", "Approval year", ColumnKind.YEAR, false, "1991")),
            v -> RegistryTables.row(new Park(v.s(0), v.s(1), v.e(2), v.get(3), v.s(4), v.s(5), v.i(6))),
            null,
            0,
            -1,
            -1,
            false);

    static final TableSpec SUB_PARK = new TableSpec(
            "sub_park",
            "分园",
            "Sub-parks",
            RegistryTables.SUB_PARK,
            List.of(
                    of("code", "分园代码", "Sub-park code", ColumnKind.PARK_CODE, true, EXAMPLE_SUB_PARK),
                    of("park_code", "所属园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    text("name", "分园名称", "Sub-park name", true, 100, "示例分园")),
            v -> RegistryTables.row(new SubPark(v.s(0), v.s(1), v.s(2))),
            null,
            1,
            -1,
            -1,
            true);

    static final TableSpec ENTERPRISE = new TableSpec(
            "enterprise",
            "企业",
            "Enterprises",
            RegistryTables.ENTERPRISE,
            List.of(
                    of("credit_code", "统一社会信用代码", "Credit code", ColumnKind.CREDIT_CODE, true, EXAMPLE_CREDIT_CODE),
                    text("name", "企业名称", "Enterprise name", true, 200, "示例科技有限公司"),
                    of("registration_date", "成立日期", "Registration date", ColumnKind.DATE, false, "2015-03-18"),
                    of("region_code", "注册地行政区划代码", "Region code", ColumnKind.REGION_CODE, false, "220101"),
                    of("industry_code", "行业代码", "Industry code", ColumnKind.INDUSTRY_CODE, false, "3911"),
                    codes(
                            "high_tech_field",
                            "高新技术领域",
                            "High-tech field",
                            HighTechField.class,
                            false,
                            HighTechField.ELECTRONIC_INFORMATION.zh()),
                    of("park_code", "所属园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    of("sub_park_code", "所属分园代码", "Sub-park code", ColumnKind.PARK_CODE, false, EXAMPLE_SUB_PARK),
                    codes(
                            "listing_board",
                            "上市板块",
                            "Listing board",
                            ListingBoard.class,
                            false,
                            ListingBoard.UNLISTED.zh()),
                    text(
                                    "main_products",
                                    "主营产品",
                                    "Main products",
                                    false,
                                    EnterpriseBusiness.MAX_PRODUCTS,
                                    "锂离子电池、储能电池系统")
                            .alias("主要产品", "主营业务", "产品"),
                    text(
                                    "business_scope",
                                    "经营范围",
                                    "Business scope",
                                    false,
                                    EnterpriseBusiness.MAX_SCOPE,
                                    "一般项目：电池制造；电池销售；技术服务、技术开发。")
                            .alias("经营范围(营业执照)"),
                    of("arrived_on", "入驻日期", "Arrived on", ColumnKind.DATE, false, "2018-06-01")
                            .alias("入驻时间", "入园日期", "入园时间"),
                    of("departed_on", "迁出日期", "Departed on", ColumnKind.DATE, false, "")
                            .alias("迁出时间", "退园日期", "退园时间")),
            v -> RegistryTables.row(
                    new Enterprise(v.get(0), v.s(1), v.get(2), v.get(3), v.get(4), v.e(5), v.s(6), v.s(7), v.e(8)),
                    new EnterpriseBusiness(v.get(0), v.s(9), v.s(10), v.get(11), v.get(12))),
            null,
            6,
            -1,
            7,
            true);

    static final TableSpec ANNUAL_REPORT = annualReport();

    static final TableSpec QUALIFICATION = new TableSpec(
            "qualification",
            "资质",
            "Qualifications",
            RegistryTables.QUALIFICATION,
            List.of(
                    of("credit_code", "统一社会信用代码", "Credit code", ColumnKind.CREDIT_CODE, true, EXAMPLE_CREDIT_CODE),
                    codes(
                            "qualification_type",
                            "资质类型",
                            "Qualification type",
                            QualificationType.class,
                            true,
                            QualificationType.HIGH_TECH.zh()),
                    of("granted_on", "认定日期", "Granted date", ColumnKind.DATE, true, "2022-12-12"),
                    codes("level", "资质级别", "Level", Level.class, false, Level.NATIONAL.zh()),
                    text("certificate_no", "证书编号", "Certificate number", false, 64, "GR202222000123"),
                    of("expires_on", "有效期至", "Expiry date", ColumnKind.DATE, false, "2025-12-11")),
            v -> RegistryTables.row(new Qualification(v.get(0), v.e(1), v.e(3), v.s(4), v.get(2), v.get(5))),
            null,
            -1,
            0,
            -1,
            false);

    static final TableSpec INNOVATION_PLATFORM = new TableSpec(
            "innovation_platform",
            "创新平台",
            "Innovation platforms",
            RegistryTables.INNOVATION_PLATFORM,
            List.of(
                    of("park_code", "所属园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    text("name", "平台名称", "Platform name", true, 200, "示例光电子重点实验室"),
                    codes(
                            "platform_type",
                            "平台类型",
                            "Platform type",
                            PlatformType.class,
                            true,
                            PlatformType.KEY_LAB.zh()),
                    codes("level", "平台级别", "Platform level", Level.class, true, Level.PROVINCIAL.zh()),
                    of(
                            "host_credit_code",
                            "依托单位统一社会信用代码",
                            "Host credit code",
                            ColumnKind.CREDIT_CODE,
                            false,
                            EXAMPLE_CREDIT_CODE),
                    text("host_name", "依托单位", "Host", false, 200, "示例科技有限公司"),
                    of("approved_year", "认定年份", "Approval year", ColumnKind.YEAR, false, "2020")),
            v -> RegistryTables.row(new InnovationPlatform(v.s(0), v.s(1), v.e(2), v.e(3), v.get(4), v.s(5), v.i(6))),
            null,
            0,
            -1,
            -1,
            false);

    static final TableSpec CARRIER = new TableSpec(
            "carrier",
            "孵化载体",
            "Incubation carriers",
            RegistryTables.CARRIER,
            List.of(
                    of("park_code", "所属园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    text("name", "载体名称", "Carrier name", true, 200, "示例科技企业孵化器"),
                    codes("carrier_type", "载体类型", "Carrier type", CarrierType.class, true, CarrierType.INCUBATOR.zh()),
                    codes("level", "载体级别", "Carrier level", Level.class, true, Level.NATIONAL.zh()),
                    of(
                            "operator_credit_code",
                            "运营主体统一社会信用代码",
                            "Operator credit code",
                            ColumnKind.CREDIT_CODE,
                            false,
                            EXAMPLE_CREDIT_CODE),
                    of("area_m2", "场地面积", "Area", ColumnKind.AREA, false, "25000"),
                    of("incubating", "在孵企业数", "Incubating enterprises", ColumnKind.COUNT, false, "86"),
                    of("graduated", "累计毕业企业数", "Graduated enterprises", ColumnKind.COUNT, false, "132"),
                    of("stats_year", "统计年度", "Statistics year", ColumnKind.YEAR, false, "2023")),
            v -> RegistryTables.row(
                    new Carrier(v.s(0), v.s(1), v.e(2), v.e(3), v.get(4), v.get(5), v.i(6), v.i(7), v.i(8))),
            null,
            0,
            -1,
            -1,
            false);

    static final TableSpec TALENT = new TableSpec(
            "talent",
            "人才",
            "Talents",
            RegistryTables.TALENT,
            List.of(
                    of("park_code", "所属园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    text("name", "姓名", "Name", true, 50, "张三"),
                    text("programme", "人才计划", "Talent programme", true, 100, "吉林省高层次人才"),
                    of(
                            "employer_credit_code",
                            "工作单位统一社会信用代码",
                            "Employer credit code",
                            ColumnKind.CREDIT_CODE,
                            true,
                            EXAMPLE_CREDIT_CODE),
                    codes("level", "人才计划级别", "Programme level", Level.class, true, Level.PROVINCIAL.zh()),
                    text("field", "专业领域", "Field", false, 100, "光电子"),
                    of("selected_year", "入选年份", "Selection year", ColumnKind.YEAR, false, "2021")),
            v -> RegistryTables.row(new Talent(v.s(0), v.s(1), v.s(2), v.e(4), v.get(3), v.s(5), v.i(6))),
            null,
            0,
            -1,
            -1,
            false);

    static final TableSpec ATTRACTION_PROJECT = new TableSpec(
            "attraction_project",
            "招商项目",
            "Attraction projects",
            RegistryTables.ATTRACTION_PROJECT,
            List.of(
                    text("project_no", "项目编号", "Project number", true, 64, "ZS-2023-001"),
                    of("park_code", "所属园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    text("name", "项目名称", "Project name", true, 200, "示例新能源电池项目"),
                    text("investor_name", "投资方", "Investor", false, 200, "示例投资集团有限公司"),
                    of(
                            "investor_credit_code",
                            "投资方统一社会信用代码",
                            "Investor credit code",
                            ColumnKind.CREDIT_CODE,
                            false,
                            EXAMPLE_CREDIT_CODE),
                    of(
                            "source_region_code",
                            "来源地行政区划代码",
                            "Source region code",
                            ColumnKind.REGION_CODE,
                            false,
                            "440300"),
                    of("industry_code", "行业代码", "Industry code", ColumnKind.INDUSTRY_CODE, false, "3841"),
                    of("contracted_amount", "协议投资额", "Contracted amount", ColumnKind.MONEY, false, "50000"),
                    codes("stage", "项目阶段", "Project stage", ProjectStage.class, true, ProjectStage.SIGNED.zh()),
                    of("lead_date", "线索日期", "Lead date", ColumnKind.DATE, false, "2023-01-05"),
                    of("signed_date", "签约日期", "Signing date", ColumnKind.DATE, false, "2023-06-30"),
                    of("production_date", "投产日期", "Production date", ColumnKind.DATE, false, "")),
            v -> RegistryTables.row(new AttractionProject(
                    v.s(0), v.s(1), v.s(2), v.s(3), v.get(4), v.get(5), v.get(6), v.get(7), v.e(8), v.get(9), v.get(10),
                    v.get(11))),
            null,
            1,
            -1,
            -1,
            true);

    static final TableSpec TECH_CONTRACT = new TableSpec(
            "tech_contract",
            "技术合同",
            "Technology contracts",
            RegistryTables.TECH_CONTRACT,
            List.of(
                    text("registration_no", "合同登记编号", "Registration number", true, 64, "2023220101000123"),
                    of("park_code", "所属园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    of(
                            "seller_credit_code",
                            "卖方统一社会信用代码",
                            "Seller credit code",
                            ColumnKind.CREDIT_CODE,
                            false,
                            EXAMPLE_CREDIT_CODE),
                    text("seller_name", "卖方名称", "Seller name", true, 200, "示例科技有限公司"),
                    of("buyer_credit_code", "买方统一社会信用代码", "Buyer credit code", ColumnKind.CREDIT_CODE, false, ""),
                    text("buyer_name", "买方名称", "Buyer name", true, 200, "示例汽车零部件有限公司"),
                    codes(
                            "contract_type",
                            "合同类型",
                            "Contract type",
                            ContractType.class,
                            true,
                            ContractType.DEVELOPMENT.zh()),
                    of("amount", "成交额", "Amount", ColumnKind.MONEY, true, "120.5"),
                    of("registration_date", "登记日期", "Registration date", ColumnKind.DATE, true, "2023-08-15")),
            v -> RegistryTables.row(
                    new TechContract(v.s(0), v.s(1), v.get(2), v.s(3), v.get(4), v.s(5), v.e(6), v.get(7), v.get(8))),
            null,
            1,
            -1,
            -1,
            true);

    /**
     * 信用与合规记录. Besides the template's headers, the column names of the exports a park would get its records
     * from (国家企业信用信息公示系统, 信用中国, 企查查, 天眼查) are accepted, e.g. 列入经营异常名录原因, 决定文书号, 处罚金额(万元).
     */
    static final TableSpec CREDIT_RECORD = new TableSpec(
            "credit_record",
            "信用记录",
            "Credit records",
            RegistryTables.CREDIT_RECORD,
            List.of(
                    of("credit_code", "统一社会信用代码", "Credit code", ColumnKind.CREDIT_CODE, true, EXAMPLE_CREDIT_CODE)
                            .alias("信用代码", "社会信用代码"),
                    codes(
                                    "record_type",
                                    "记录类型",
                                    "Record type",
                                    CreditRecordType.class,
                                    true,
                                    CreditRecordType.ADMINISTRATIVE_PENALTY.zh())
                            .alias("信用记录类型", "记录类别"),
                    text("reference_no", "文书编号", "Reference number", true, 64, "长市监处罚〔2025〕118号")
                            .alias("决定书文号", "决定文书号", "行政处罚决定书文号", "处罚决定书文号", "文书号", "案号", "列入决定书文号"),
                    of("record_date", "日期", "Date", ColumnKind.DATE, true, "2025-06-03")
                            .alias("列入日期", "处罚决定日期", "决定日期", "处罚日期", "发生日期", "事故发生日期", "发布日期"),
                    of("removed_on", "移出日期", "Removal date", ColumnKind.DATE, false, ""),
                    codes("reason", "列入经营异常名录原因", "Abnormal-listing reason", AbnormalListingReason.class, false, "")
                            .alias("列入原因"),
                    text("category", "处罚类别", "Penalty category", false, 100, "罚款")
                            .alias("处罚种类", "违法行为类型", "类别"),
                    of("amount", "罚款金额", "Penalty amount", ColumnKind.MONEY, false, "2.5")
                            .alias("处罚金额"),
                    codes("incident_level", "事故等级", "Incident level", IncidentLevel.class, false, "")
                            .alias("事故级别"),
                    text("authority", "决定机关", "Authority", false, 200, "长春市市场监督管理局")
                            .alias("作出决定机关", "处罚机关", "处罚单位", "执行法院", "列入决定机关"),
                    text("source", "数据来源", "Source", true, 200, "信用中国").alias("来源", "信息来源")),
            v -> RegistryTables.row(new CreditRecord(
                    v.get(0), v.e(1), v.s(2), v.get(3), v.get(4), v.e(5), v.s(6), v.get(7), v.e(8), v.s(9), v.s(10))),
            null,
            -1,
            0,
            -1,
            false);

    /** 覆盖声明: which record types a park keeps complete, since and through when, from which source. */
    static final TableSpec CREDIT_COVERAGE = new TableSpec(
            "credit_coverage",
            "信用记录覆盖声明",
            "Credit record coverage",
            RegistryTables.CREDIT_COVERAGE,
            List.of(
                    of("park_code", "园区代码", "Park code", ColumnKind.PARK_CODE, true, EXAMPLE_PARK),
                    codes(
                            "record_type",
                            "记录类型",
                            "Record type",
                            CreditRecordType.class,
                            true,
                            CreditRecordType.ABNORMAL_OPERATION.zh()),
                    of("complete_since", "完整起始日期", "Complete since", ColumnKind.DATE, true, "2023-01-01"),
                    of("complete_through", "完整截至日期", "Complete through", ColumnKind.DATE, true, "2026-11-30"),
                    text("source", "数据来源与更新方式", "Source", true, 200, "每月从国家企业信用信息公示系统同步"),
                    text("declared_by", "声明人", "Declared by", false, 100, "园区信用办")),
            v -> RegistryTables.row(new CoverageDeclaration(v.s(0), v.e(1), v.get(2), v.get(3), v.s(4), v.s(5))),
            null,
            0,
            -1,
            -1,
            false);

    /**
     * 月度报表: an enterprise's figures of one month, the input of the operation monitoring. The template's headers
     * are 统一社会信用代码, 期间, 营业收入(万元), 纳税总额(万元), 社保缴纳人数, 用电量(千瓦时), then the optional 工业总产值(万元),
     * 出口额(万元), 研发费用(万元). An empty cell is "not reported", never 0.
     */
    static final TableSpec MONTHLY_REPORT = new TableSpec(
            "monthly_report",
            "月度报表",
            "Monthly reports",
            RegistryTables.MONTHLY_REPORT,
            List.of(
                    of("credit_code", "统一社会信用代码", "Credit code", ColumnKind.CREDIT_CODE, true, EXAMPLE_CREDIT_CODE),
                    of("period", "期间", "Period", ColumnKind.PERIOD, true, "2025-03")
                            .alias("月份", "报表期间"),
                    of("revenue", "营业收入", "Revenue", ColumnKind.MONEY, false, "1250.5"),
                    of("taxes_paid", "纳税总额", "Taxes paid", ColumnKind.SIGNED_MONEY, false, "62.3")
                            .alias("税收总额"),
                    of("insured_staff", "社保缴纳人数", "Insured staff", ColumnKind.COUNT, false, "86")
                            .alias("参保人数", "社保人数"),
                    of("electricity_kwh", "用电量", "Electricity", ColumnKind.ENERGY, false, "152000"),
                    of("industrial_output", "工业总产值", "Industrial output", ColumnKind.MONEY, false, ""),
                    of("exports", "出口额", "Exports", ColumnKind.MONEY, false, ""),
                    of("rd_expense", "研发费用", "R&D expense", ColumnKind.MONEY, false, "")),
            v -> RegistryTables.row(new org.innopark.engine.registry.MonthlyReport(
                    v.get(0),
                    java.time.YearMonth.parse(v.s(1)),
                    v.get(2),
                    v.get(3),
                    v.get(4),
                    v.get(5),
                    v.get(6),
                    v.get(7),
                    v.get(8))),
            null,
            -1,
            0,
            -1,
            false);

    /** Every table, parents before children: the order sheets are imported in. */
    static final List<TableSpec> ALL = List.of(
            PARK,
            SUB_PARK,
            ENTERPRISE,
            ANNUAL_REPORT,
            QUALIFICATION,
            INNOVATION_PLATFORM,
            CARRIER,
            TALENT,
            ATTRACTION_PROJECT,
            TECH_CONTRACT,
            CREDIT_RECORD,
            CREDIT_COVERAGE,
            MONTHLY_REPORT);

    /** Annual reports: credit code and year, then one column per {@link ReportField}, in the enum's order. */
    private static TableSpec annualReport() {
        List<ImportColumn> columns = new ArrayList<>();
        columns.add(of("credit_code", "统一社会信用代码", "Credit code", ColumnKind.CREDIT_CODE, true, EXAMPLE_CREDIT_CODE));
        columns.add(of("report_year", "年度", "Year", ColumnKind.YEAR, true, "2023"));
        for (ReportField f : ReportField.values()) {
            ColumnKind kind =
                    !f.isMoney() ? ColumnKind.COUNT : f.mayBeNegative() ? ColumnKind.SIGNED_MONEY : ColumnKind.MONEY;
            columns.add(of(f.column(), f.zh(), f.en(), kind, false, exampleFigure(f)));
        }
        int first = 2;
        return new TableSpec(
                "annual_report",
                "企业年报",
                "Annual reports",
                RegistryTables.ANNUAL_REPORT,
                columns,
                TableSpecs::annualReportRow,
                (values, problems) -> {
                    for (ReportField[] rule : AnnualReport.NOT_MORE_THAN) {
                        Object part = values[first + rule[0].ordinal()];
                        Object whole = values[first + rule[1].ordinal()];
                        if (part != null && whole != null && compare(part, whole) > 0) {
                            Map<ReportField, BigDecimal> pair = new EnumMap<>(ReportField.class);
                            pair.put(rule[0], decimal(part));
                            pair.put(rule[1], decimal(whole));
                            int year = values[1] == null ? AnnualReport.FIRST_YEAR : (Integer) values[1];
                            AnnualReport.check(year, pair).forEach(p -> problems.accept(first + rule[0].ordinal(), p));
                        }
                    }
                },
                -1,
                0,
                -1,
                false);
    }

    /**
     * The database row of an annual report, built straight from the parsed values: the bulk path of large Torch
     * files. It equals {@code RegistryTables.row(AnnualReport.of(...))} because the parsed values are already what
     * the engine's record holds (money in yuan to the fen, counts whole and not negative, signs as
     * {@link ReportField#mayBeNegative()} allows, the year in range) and the cross-field rules of
     * {@link AnnualReport#NOT_MORE_THAN} are checked before; a test keeps the two equal.
     */
    static Object[] annualReportRow(Values v) {
        Object[] values = v.values;
        Object[] row = new Object[values.length];
        row[0] = ((CreditCode) values[0]).value();
        System.arraycopy(values, 1, row, 1, values.length - 1);
        return row;
    }

    /** The same row through the engine's record: the reference the bulk path is tested against. */
    static Object[] annualReportRowViaRecord(Values v) {
        EnumMap<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
        for (ReportField f : ReportField.values()) {
            Object value = v.values[2 + f.ordinal()];
            if (value != null) {
                figures.put(f, value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value);
            }
        }
        return RegistryTables.row(AnnualReport.of(v.get(0), v.i(1), figures));
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return decimal(a).compareTo(decimal(b));
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) o;
    }

    /** A plausible example figure of a small technology firm, in 万元 for money. */
    private static String exampleFigure(ReportField f) {
        return switch (f) {
            case EMPLOYEES -> "120";
            case ST_STAFF -> "45";
            case RD_STAFF -> "30";
            case POSTGRAD_STAFF -> "12";
            case FRESH_GRADUATES -> "8";
            case OPERATING_REVENUE -> "8650.5";
            case MAIN_BUSINESS_REVENUE -> "8200";
            case HIGH_TECH_REVENUE -> "6100";
            case TOTAL_COST -> "7900";
            case RD_EXPENSE -> "520.36";
            case RD_EXPENSE_DOMESTIC -> "520.36";
            case NET_PROFIT -> "610";
            case NET_ASSETS -> "4300";
            case TOTAL_ASSETS -> "9800";
            case TOTAL_LIABILITIES -> "5500";
            case TAXES_PAID -> "420";
            case RD_TAX_RELIEF -> "98";
            case EXPORTS -> "0";
            case INVENTION_APPLICATIONS -> "6";
            case INVENTION_GRANTS -> "3";
            case PCT_APPLICATIONS -> "1";
            case IP_CLASS1 -> "9";
            case IP_CLASS2 -> "21";
            case TECH_CONTRACT_TURNOVER -> "120.5";
            case VENTURE_CAPITAL -> "";
            case EQUITY_FINANCING -> "";
            case PLATFORMS_PROVINCIAL -> "1";
            case AWARDS_PROVINCIAL -> "0";
            case STANDARDS_LED -> "1";
        };
    }

    /** Finds a table by its database name, Chinese sheet name or English name (ignoring case and blanks). */
    static Optional<TableSpec> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip();
        for (TableSpec spec : ALL) {
            if (spec.name().equalsIgnoreCase(n)
                    || spec.sheet().equals(n)
                    || spec.en().equalsIgnoreCase(n)
                    || spec.name().replace('_', '-').equalsIgnoreCase(n)) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /** The table by name, or an error listing the valid names. */
    static TableSpec require(String name) {
        return find(name).orElseThrow(() -> new UnknownTableException(name));
    }

    /** "企业(enterprise)、企业年报(annual_report)…" for messages. */
    static String listZh() {
        return ALL.stream().map(s -> s.sheet() + "(" + s.name() + ")").collect(Collectors.joining("、"));
    }

    static String listEn() {
        return ALL.stream().map(s -> s.name() + " (" + s.sheet() + ")").collect(Collectors.joining(", "));
    }

    /** Typed access to parsed values by column index, for the row builders. */
    static final class Values {

        final Object[] values;

        Values(Object[] values) {
            this.values = values;
        }

        @SuppressWarnings("unchecked")
        <T> T get(int i) {
            return (T) values[i];
        }

        String s(int i) {
            return (String) values[i];
        }

        Integer i(int i) {
            Object v = values[i];
            return v == null ? null : v instanceof Long l ? Math.toIntExact(l) : (Integer) v;
        }

        @SuppressWarnings("unchecked")
        <E> E e(int i) {
            return (E) values[i];
        }
    }

    /** Shown when a table name given on the command line or in the API is not one of the ten. */
    static final class UnknownTableException extends org.innopark.engine.registry.InvalidValueException {
        UnknownTableException(String name) {
            super("没有名为'" + name + "'的表,可选:" + listZh(), "there is no table '" + name + "'; valid tables: " + listEn());
        }
    }
}
