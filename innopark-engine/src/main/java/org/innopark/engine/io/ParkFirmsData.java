package org.innopark.engine.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.innopark.engine.chain.Cities;
import org.innopark.engine.chain.IndustryChain;
import org.innopark.engine.chain.MappingBasis;
import org.innopark.engine.chain.NodeAssignment;
import org.innopark.engine.chain.NodeEvidence;
import org.innopark.engine.chain.NodeMatcher;
import org.innopark.engine.chain.ParkFirm;
import org.innopark.engine.chain.ParkPortfolio;
import org.innopark.engine.chain.ProductDictionary;
import org.innopark.engine.io.DataColumn.Kind;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;

/**
 * 园区企业, the parks' own enterprises as a registry export gives them, for a target ranking without a database
 * ({@code chain targets --park-firms}, the Spark {@code targets} job): one enterprise per row with what the park's
 * portfolio needs. 园区代码 {@code park} and 统一社会信用代码 {@code credit_code} are required; 园区所在城市
 * {@code park_city} (the distance is measured from it), 企业名称 {@code name}, 行业代码 {@code industry}, 主营产品
 * {@code main_products}, 经营范围 {@code business_scope}, 营业收入 {@code revenue} and 研发费用 {@code rd_expense}
 * (the latest year; 万元 unless the header declares another unit), 资质 {@code qualifications} (高新技术企业,
 * 专精特新, 小巨人 held on the day), 入驻日期 {@code arrived_on} and 迁出日期 {@code departed_on} are optional. 产业链环节
 * {@code nodes} (node ids of the chain, separated by 、 , or ;) places the enterprise as the park's analysts placed
 * it; when empty it is placed from its industry code and the product names in its texts, as the registry's matching
 * does ({@link NodeMatcher}). Every park of the file is a region of the relatedness; each is ranked on request.
 */
public final class ParkFirmsData {

    public static final String PARK = "park";
    public static final String PARK_CITY = "park_city";
    public static final String CREDIT_CODE = "credit_code";
    public static final String NAME = "name";
    public static final String INDUSTRY = "industry";
    public static final String MAIN_PRODUCTS = "main_products";
    public static final String BUSINESS_SCOPE = "business_scope";
    public static final String REVENUE = "revenue";
    public static final String RD = "rd_expense";
    public static final String QUALIFICATIONS = "qualifications";
    public static final String ARRIVED_ON = "arrived_on";
    public static final String DEPARTED_ON = "departed_on";
    public static final String NODES = "nodes";

    private static final List<DataColumn> COLUMNS = List.of(
            DataColumn.of(PARK, "园区代码", "Park", Kind.TEXT, true, "园区", "park_code"),
            DataColumn.of(PARK_CITY, "园区所在城市", "Park city", Kind.TEXT, false, "所在城市", "城市"),
            DataColumn.of(CREDIT_CODE, "统一社会信用代码", "Credit code", Kind.CREDIT_CODE, true, "信用代码"),
            DataColumn.of(NAME, "企业名称", "Enterprise name", Kind.TEXT, false),
            DataColumn.of(INDUSTRY, "行业代码", "Industry code", Kind.INDUSTRY_CODE, false, "industry_code", "所属行业"),
            DataColumn.of(MAIN_PRODUCTS, "主营产品", "Main products", Kind.TEXT, false, "主营业务"),
            DataColumn.of(BUSINESS_SCOPE, "经营范围", "Business scope", Kind.TEXT, false),
            DataColumn.of(REVENUE, "营业收入", "Revenue", Kind.MONEY, false, "operatingRevenue"),
            DataColumn.of(RD, "研发费用", "R&D expense", Kind.MONEY, false, "rdExpense"),
            DataColumn.of(QUALIFICATIONS, "资质", "Qualifications", Kind.TEXT, false, "企业标签"),
            DataColumn.of(ARRIVED_ON, "入驻日期", "Arrived on", Kind.DATE, false, "入驻时间"),
            DataColumn.of(DEPARTED_ON, "迁出日期", "Departed on", Kind.DATE, false, "迁出时间"),
            DataColumn.of(NODES, "产业链环节", "Chain nodes", Kind.TEXT, false, "环节"));

    private ParkFirmsData() {}

    public static List<DataColumn> columns() {
        return COLUMNS;
    }

    /** Which cell holds which column; bare money headers are in 万元. */
    public static DataLayout layout(List<String> headers) {
        return new DataLayout(COLUMNS, headers, MoneyUnit.TEN_THOUSAND_YUAN);
    }

    /**
     * Every park's portfolio along one chain, in the order the parks first appear. Rows are numbered as in a file
     * whose header is row 1.
     *
     * @throws InvalidValueException naming the row, the column and the value: a bad cell, a node that is not one of
     *     the chain's, a second row of a park's enterprise, a park with two cities, or no rows at all
     */
    public static List<ParkPortfolio> portfolios(
            DataLayout layout, List<String[]> rows, IndustryChain chain, ProductDictionary dictionary) {
        NodeMatcher matcher = new NodeMatcher(chain);
        Map<String, List<ParkFirm>> firms = new LinkedHashMap<>();
        Map<String, String> cities = new LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            int line = r + 2;
            try {
                Function<String, Object> value = layout.values(rows.get(r));
                String park = (String) value.apply(PARK);
                String code = ((CreditCode) value.apply(CREDIT_CODE)).value();
                Integer before = seen.putIfAbsent(park + "\u0000" + code, line);
                if (before != null) {
                    throw new InvalidValueException(
                            "园区 " + park + " 的企业 " + code + " 重复,首次见第 " + before + " 行",
                            "enterprise " + code + " of park " + park + " appears twice (first in row " + before + ")");
                }
                String city = (String) value.apply(PARK_CITY);
                if (city != null) {
                    String known = cities.putIfAbsent(park, city);
                    if (known != null && !known.equals(city)) {
                        throw new InvalidValueException(
                                "园区 " + park + " 的所在城市前后不一致('" + known + "' 与 '" + city + "')",
                                "park " + park + " has two cities ('" + known + "' and '" + city + "')");
                    }
                }
                firms.computeIfAbsent(park, k -> new ArrayList<>()).add(firm(value, code, matcher, dictionary));
            } catch (InvalidValueException e) {
                throw new InvalidValueException(
                        "第 " + line + " 行:" + e.messageZh(), "row " + line + ": " + e.messageEn());
            }
        }
        if (firms.isEmpty()) {
            throw new InvalidValueException("园区企业文件没有数据行", "the park-firms file has no data rows");
        }
        List<ParkPortfolio> out = new ArrayList<>();
        firms.forEach((park, list) -> out.add(new ParkPortfolio(park, Cities.of(cities.get(park)), list)));
        return out;
    }

    private static ParkFirm firm(
            Function<String, Object> value, String code, NodeMatcher matcher, ProductDictionary dictionary) {
        IndustryCode industryCode = (IndustryCode) value.apply(INDUSTRY);
        String industry = industryCode == null ? null : industryCode.value();
        String qualifications = value.apply(QUALIFICATIONS) == null ? "" : (String) value.apply(QUALIFICATIONS);
        boolean giant = qualifications.contains("小巨人");
        String listed = (String) value.apply(NODES);
        List<NodeAssignment> nodes;
        if (listed != null) {
            nodes = new ArrayList<>();
            for (String id : listed.split("[、,，;；|]")) {
                String node = id.strip();
                if (node.isEmpty()) {
                    continue;
                }
                if (matcher.chain().node(node).filter(n -> n.mappable()).isEmpty()) {
                    throw new InvalidValueException(
                            "产业链环节'" + node + "'不是产业链 " + matcher.chain().id() + " 的环节",
                            "node '" + node + "' is not a node of the chain "
                                    + matcher.chain().id());
                }
                nodes.add(new NodeAssignment(
                        node, List.of(new NodeEvidence(node, MappingBasis.ANALYST, "园区企业文件所列", 1.0)), true));
            }
        } else {
            String text = text(value, MAIN_PRODUCTS) + "\n" + text(value, BUSINESS_SCOPE);
            nodes = matcher.match(industry, dictionary.in(text), List.of(), List.of());
        }
        String name = (String) value.apply(NAME);
        return new ParkFirm(
                code,
                name == null ? code : name,
                industry,
                yuan(value.apply(REVENUE)),
                yuan(value.apply(RD)),
                qualifications.contains("高新技术企业"),
                qualifications.contains("专精特新") || giant,
                giant,
                (LocalDate) value.apply(ARRIVED_ON),
                (LocalDate) value.apply(DEPARTED_ON),
                nodes);
    }

    private static String text(Function<String, Object> value, String key) {
        Object v = value.apply(key);
        return v == null ? "" : (String) v;
    }

    private static double yuan(Object v) {
        return v == null ? 0 : ((BigDecimal) v).doubleValue();
    }
}
