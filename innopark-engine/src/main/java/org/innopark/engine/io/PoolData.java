package org.innopark.engine.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.innopark.engine.chain.CandidatePool;
import org.innopark.engine.chain.ChainCodes;
import org.innopark.engine.chain.Cities;
import org.innopark.engine.chain.ExpansionSignal;
import org.innopark.engine.chain.ProductDictionary;
import org.innopark.engine.io.DataColumn.Kind;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;

/**
 * 全国候选企业库 as a file (the pool of {@code chain targets --pool} and of the Spark {@code targets} job): one firm
 * outside the parks per row, with the column names of the exports of 企查查, 天眼查 or 启信宝 that {@code chain pool
 * import} takes. 统一社会信用代码 {@code credit_code} and 企业名称 {@code name} are required; 所属行业 {@code industry}
 * (a GB/T 4754 code, with or without its section letter, or a 小类's name), 所属城市 {@code city}, 营业收入
 * {@code revenue} (万元 unless the header declares another unit), 营收增长率 {@code growth} (12.5% or 0.125), 主营产品
 * {@code main_products}, 经营范围 {@code business_scope}, 企业标签 {@code tags} (高新技术企业, 专精特新, 小巨人) or the
 * flags {@code high_tech}/{@code srdi}/{@code little_giant}, 风险标签 {@code risks} (经营异常, 失信, 严重违法) or
 * {@code bad_list}, 扩张信号 {@code signals} ("融资 2026-03-01；新设分支 2025-11-20"), 产品词 {@code product_terms}
 * (the pool table's stored terms, "磷酸铁锂|电解液"), and 迁入园区/迁入日期 for back-tests. 注册资本, 成立日期 and 参保人数 are
 * accepted and not used by the ranking. The product terms are the file's {@code product_terms} when it has the
 * column, else the chains' product names found in 主营产品 and 经营范围 ({@link ProductDictionary#in}).
 */
public final class PoolData {

    public static final String CREDIT_CODE = "credit_code";
    public static final String NAME = "name";
    public static final String INDUSTRY = "industry";
    public static final String CITY = "city";
    public static final String REVENUE = "revenue";
    public static final String GROWTH = "growth";
    public static final String MAIN_PRODUCTS = "main_products";
    public static final String BUSINESS_SCOPE = "business_scope";
    public static final String TAGS = "tags";
    public static final String RISKS = "risks";
    public static final String HIGH_TECH = "high_tech";
    public static final String SRDI = "srdi";
    public static final String LITTLE_GIANT = "little_giant";
    public static final String BAD_LIST = "bad_list";
    public static final String SIGNALS = "signals";
    public static final String PRODUCT_TERMS = "product_terms";
    public static final String MOVED_TO_PARK = "moved_to_park";
    public static final String MOVED_ON = "moved_on";

    private static final List<DataColumn> COLUMNS = List.of(
            DataColumn.of(CREDIT_CODE, "统一社会信用代码", "Credit code", Kind.CREDIT_CODE, true, "信用代码", "社会信用代码"),
            DataColumn.of(NAME, "企业名称", "Enterprise name", Kind.TEXT, true, "公司名称", "名称"),
            DataColumn.of(
                    INDUSTRY, "所属行业", "Industry", Kind.TEXT, false, "国标行业", "行业代码", "国民经济行业", "行业", "industry_code"),
            DataColumn.of(CITY, "所属城市", "City", Kind.TEXT, false, "城市", "所在城市"),
            DataColumn.of(REVENUE, "营业收入", "Revenue", Kind.MONEY, false, "营收"),
            DataColumn.of(GROWTH, "营收增长率", "Revenue growth", Kind.TEXT, false, "营业收入增长率", "增长率"),
            DataColumn.of(MAIN_PRODUCTS, "主营产品", "Main products", Kind.TEXT, false, "主营业务", "产品"),
            DataColumn.of(BUSINESS_SCOPE, "经营范围", "Business scope", Kind.TEXT, false),
            DataColumn.of(TAGS, "企业标签", "Tags", Kind.TEXT, false, "科技型企业标签", "资质"),
            DataColumn.of(RISKS, "风险标签", "Risks", Kind.TEXT, false, "经营风险"),
            DataColumn.of(HIGH_TECH, "高新技术企业", "High-tech enterprise", Kind.TEXT, false),
            DataColumn.of(SRDI, "专精特新", "SRDI", Kind.TEXT, false),
            DataColumn.of(LITTLE_GIANT, "小巨人", "Little giant", Kind.TEXT, false),
            DataColumn.of(BAD_LIST, "失信或经营异常", "Bad list", Kind.TEXT, false),
            DataColumn.of(SIGNALS, "扩张信号", "Expansion signals", Kind.TEXT, false),
            DataColumn.of(PRODUCT_TERMS, "产品词", "Product terms", Kind.TEXT, false),
            DataColumn.of(MOVED_TO_PARK, "迁入园区", "Destination zone", Kind.TEXT, false),
            DataColumn.of(MOVED_ON, "迁入日期", "Moved on", Kind.DATE, false),
            DataColumn.of("capital", "注册资本", "Registered capital", Kind.TEXT, false, "registered_capital"),
            DataColumn.of("registration_date", "成立日期", "Registration date", Kind.TEXT, false, "成立时间"),
            DataColumn.of("employees", "参保人数", "Employees", Kind.TEXT, false, "员工人数"));

    private PoolData() {}

    public static List<DataColumn> columns() {
        return COLUMNS;
    }

    /**
     * Which cell holds which column; a bare 营业收入 header is in 万元.
     *
     * @throws InvalidValueException naming every header that names no column, twice the same one, or a required
     *     column missing
     */
    public static DataLayout layout(List<String> headers) {
        return new DataLayout(COLUMNS, headers, MoneyUnit.TEN_THOUSAND_YUAN);
    }

    /**
     * One row of text cells as a pool firm.
     *
     * @throws InvalidValueException naming the column and the value that is not valid
     */
    public static CandidatePool.Firm firm(DataLayout layout, String[] cells, ProductDictionary dictionary) {
        Function<String, Object> value = layout.values(cells);
        String industryText = (String) value.apply(INDUSTRY);
        String industry = industry(industryText);
        if (industryText != null && industry == null) {
            throw new InvalidValueException(
                    "所属行业'" + industryText + "'应为GB/T 4754-2017行业代码或小类名称",
                    "industry '" + industryText + "': a GB/T 4754-2017 code or class name");
        }
        BigDecimal revenue = (BigDecimal) value.apply(REVENUE);
        String tags = text(value, TAGS);
        String risks = text(value, RISKS);
        boolean giant = tags.contains("小巨人") || flag(value, LITTLE_GIANT);
        Collection<String> terms = layout.has(PRODUCT_TERMS)
                ? terms(text(value, PRODUCT_TERMS))
                : dictionary.in(text(value, MAIN_PRODUCTS) + "\n" + text(value, BUSINESS_SCOPE));
        LocalDate movedOn = (LocalDate) value.apply(MOVED_ON);
        return new CandidatePool.Firm(
                ((CreditCode) value.apply(CREDIT_CODE)).value(),
                (String) value.apply(NAME),
                industry,
                Cities.of((String) value.apply(CITY)),
                revenue == null ? 0 : revenue.doubleValue(),
                growth((String) value.apply(GROWTH)),
                tags.contains("高新技术企业") || flag(value, HIGH_TECH),
                tags.contains("专精特新") || giant || flag(value, SRDI),
                giant,
                risks.contains("经营异常") || risks.contains("失信") || risks.contains("严重违法") || flag(value, BAD_LIST),
                terms,
                signals((String) value.apply(SIGNALS)),
                movedOn == null ? null : (String) value.apply(MOVED_TO_PARK),
                movedOn);
    }

    /**
     * A GB/T 4754-2017 code of 2 to 4 digits (its 大类 checked, a section letter accepted and checked) or the exact
     * name of a listed 中类/小类; null when neither.
     */
    public static String industry(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.matches("[A-Ta-t]?\\d{2,4}")) {
            try {
                return IndustryCode.of(t).value();
            } catch (InvalidValueException e) {
                return null;
            }
        }
        for (Map.Entry<String, String> e : ChainCodes.industryClasses().entrySet()) {
            if (e.getValue().equals(t)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** 12.5% → 0.125; a bare number is the fraction itself (0.125); empty → 0. */
    static double growth(String text) {
        if (text == null) {
            return 0;
        }
        String t = text.strip();
        boolean percent = t.endsWith("%") || t.endsWith("％");
        BigDecimal v =
                CellValues.number(percent ? t.substring(0, t.length() - 1).strip() : t);
        return percent ? v.movePointLeft(2).doubleValue() : v.doubleValue();
    }

    /** "融资 2026-03-01；新设分支 2025-11-20" (type and date by a blank, colon or @; entries by ; ； or |). */
    static List<CandidatePool.Signal> signals(String text) {
        if (text == null) {
            return List.of();
        }
        List<CandidatePool.Signal> out = new ArrayList<>();
        for (String entry : text.split("[;；|]")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] parts = e.split("[\\s:：@]+", 2);
            ExpansionSignal kind = ExpansionSignal.parse(parts[0]);
            if (kind == null || parts.length < 2) {
                throw new InvalidValueException(
                        "扩张信号'" + e + "'应为 类型 日期(类型:新设分支、融资、招聘扩张、购地),如'融资 2026-03-01'",
                        "signal '" + e + "' must be a type and a date (BRANCH, FINANCING, HIRING, LAND), e.g."
                                + " 'FINANCING 2026-03-01'");
            }
            out.add(new CandidatePool.Signal(kind, CellValues.date(parts[1].strip())));
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return out;
    }

    private static List<String> terms(String text) {
        return text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split("[|、,，;；]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String text(Function<String, Object> value, String key) {
        Object v = value.apply(key);
        return v == null ? "" : (String) v;
    }

    /** 是/true/1/Y → true; 否/false/0/N or empty → false; anything else is an error. */
    private static boolean flag(Function<String, Object> value, String key) {
        String t = text(value, key).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "否", "false", "0", "n", "no", "f" -> false;
            case "是", "true", "1", "y", "yes", "t" -> true;
            default ->
                throw new InvalidValueException(
                        "列'" + key + "'应为 是 或 否,实际为'" + t + "'",
                        "column '" + key + "' must be yes or no, got '" + t + "'");
        };
    }
}
