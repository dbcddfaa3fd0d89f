package org.innopark.engine.registry;

/**
 * The figures of an enterprise's annual report (企业年报), at the granularity of the Torch statistical survey
 * (火炬统计调查). One enum drives the database columns, the import templates, the API and the rule formulas, so a
 * field is named the same way everywhere: {@link #key()} in formulas and JSON, {@link #column()} in SQL.
 */
public enum ReportField implements Labelled {
    EMPLOYEES("employees", "从业人员(职工总数)", "Employees", Kind.COUNT, false),
    ST_STAFF("stStaff", "科技人员", "S&T staff", Kind.COUNT, false),
    RD_STAFF("rdStaff", "研发人员", "R&D staff", Kind.COUNT, false),
    POSTGRAD_STAFF("postgradStaff", "研究生及以上学历人员", "Staff with a postgraduate degree", Kind.COUNT, false),
    FRESH_GRADUATES("freshGraduates", "吸纳应届毕业生", "Fresh graduates hired", Kind.COUNT, false),
    OPERATING_REVENUE("operatingRevenue", "营业收入", "Operating revenue", Kind.MONEY, false),
    MAIN_BUSINESS_REVENUE("mainBusinessRevenue", "主营业务收入", "Main-business revenue", Kind.MONEY, false),
    HIGH_TECH_REVENUE("highTechRevenue", "高新技术产品(服务)收入", "High-tech product/service revenue", Kind.MONEY, false),
    TOTAL_COST("totalCost", "成本费用支出总额", "Total cost and expenses", Kind.MONEY, false),
    RD_EXPENSE("rdExpense", "研发费用", "R&D expense", Kind.MONEY, false),
    RD_EXPENSE_DOMESTIC("rdExpenseDomestic", "境内研发费用", "R&D expense in mainland China", Kind.MONEY, false),
    NET_PROFIT("netProfit", "净利润", "Net profit", Kind.MONEY, true),
    NET_ASSETS("netAssets", "净资产", "Net assets", Kind.MONEY, true),
    TOTAL_ASSETS("totalAssets", "资产总额", "Total assets", Kind.MONEY, false),
    TOTAL_LIABILITIES("totalLiabilities", "负债总额", "Total liabilities", Kind.MONEY, false),
    TAXES_PAID("taxesPaid", "实际上缴税费", "Taxes paid", Kind.MONEY, false),
    RD_TAX_RELIEF("rdTaxRelief", "研发费用加计扣除减免税额", "R&D super-deduction tax relief", Kind.MONEY, false),
    EXPORTS("exports", "出口总额", "Exports", Kind.MONEY, false),
    INVENTION_APPLICATIONS("inventionApplications", "发明专利申请数", "Invention patent applications", Kind.COUNT, false),
    INVENTION_GRANTS("inventionGrants", "发明专利授权数", "Invention patents granted", Kind.COUNT, false),
    PCT_APPLICATIONS("pctApplications", "PCT专利申请数", "PCT applications", Kind.COUNT, false),
    IP_CLASS1("ipClass1", "有效Ⅰ类知识产权数", "Valid class-I IP", Kind.COUNT, false),
    IP_CLASS2("ipClass2", "有效Ⅱ类知识产权数", "Valid class-II IP", Kind.COUNT, false),
    TECH_CONTRACT_TURNOVER("techContractTurnover", "技术合同成交额", "Technology contract turnover", Kind.MONEY, false),
    VENTURE_CAPITAL("ventureCapital", "获得风险投资额", "Venture capital received", Kind.MONEY, false),
    EQUITY_FINANCING("equityFinancing", "新增股权融资额", "New equity financing", Kind.MONEY, false),
    PLATFORMS_PROVINCIAL(
            "platformsProvincial", "新建省级及以上研发平台数", "Provincial-or-higher platforms built", Kind.COUNT, false),
    AWARDS_PROVINCIAL("awardsProvincial", "省级及以上科技奖励数", "Provincial-or-higher S&T awards", Kind.COUNT, false),
    STANDARDS_LED("standardsLed", "主导制定标准数", "Standards led", Kind.COUNT, false);

    /** Whether a field counts things (an integer) or is an amount of money (exact yuan). */
    public enum Kind {
        COUNT,
        MONEY
    }

    private final String key;
    private final String zh;
    private final String en;
    private final Kind kind;
    private final boolean mayBeNegative;

    ReportField(String key, String zh, String en, Kind kind, boolean mayBeNegative) {
        this.key = key;
        this.zh = zh;
        this.en = en;
        this.kind = kind;
        this.mayBeNegative = mayBeNegative;
    }

    /** The camel-case name used in formulas and JSON. */
    public String key() {
        return key;
    }

    /** The snake-case column name in the {@code annual_report} table. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isMoney() {
        return kind == Kind.MONEY;
    }

    /** Net profit and net assets can be negative; every other figure cannot. */
    public boolean mayBeNegative() {
        return mayBeNegative;
    }

    /** Finds a field by its key, its enum name or its Chinese name; null when there is none. */
    public static ReportField find(String name) {
        for (ReportField f : values()) {
            if (f.key.equals(name) || f.name().equalsIgnoreCase(name) || f.zh.equals(name)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
