package org.innopark.app.ladder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.innopark.app.registry.imports.AnalystInputException;
import org.innopark.app.registry.imports.AnalystSheet;
import org.innopark.app.registry.imports.AnalystSheet.Column;
import org.innopark.engine.io.AssessData;
import org.innopark.engine.io.DataColumn;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.FactDefinition;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.QualificationType;

/**
 * 评价数据: an analyst's spreadsheet of enterprises for {@code assess --data}, read through the import's reader
 * ({@link AnalystSheet}: XLSX or CSV in UTF-8 or GBK) into {@link EnterpriseFacts}, with no database: one row per
 * enterprise and year, several rows for several years. The template is {@code template assess-input}.
 *
 * <p>Columns, by Chinese header, English header or key (order free):
 * <ul>
 *   <li>统一社会信用代码 {@code credit_code} and 年度 {@code year} (required); 企业名称 {@code name}, 成立日期
 *       {@code registration_date}, 行政区划代码 {@code region_code}, 高新技术领域 {@code high_tech_field} and 是否上市
 *       {@code listed} (optional, taken from the enterprise's first row that has them);</li>
 *   <li>annual-report figures as in the import's 企业年报, by Chinese name or key ({@code 研发费用(万元)},
 *       {@code rdExpense}); money declares its unit in the header;</li>
 *   <li>certificates held, three columns per qualification type: {@code <资质>认定日期} ({@code cert:<type>:granted}),
 *       {@code <资质>有效期至} ({@code cert:<type>:expiry}, empty: the rung's validity from the granted date) and {@code <资质>级别}
 *       ({@code cert:<type>:level}), e.g. 高新技术企业认定日期 / {@code cert:high-tech:granted}; the types are
 *       {@link QualificationType}'s, written in lower case with hyphens;</li>
 *   <li>external facts by their Chinese name or {@code fact:<id>} (e.g. {@code fact:majorIncident}), for that row's
 *       year; an empty cell leaves the fact unknown.</li>
 * </ul>
 * An empty figure is "not reported", never zero.
 */
public final class SpreadsheetFacts {

    /** The template's name. */
    public static final String TEMPLATE = "assess-input";

    // The column semantics (keys, headers, aliases, how rows become EnterpriseFacts) are the engine's AssessData,
    // which the Spark job shares; this class reads the file, writes the template and reports the errors.
    static final String CREDIT_CODE = AssessData.CREDIT_CODE;
    static final String NAME = AssessData.NAME;
    static final String REGISTRATION_DATE = AssessData.REGISTRATION_DATE;
    static final String YEAR = AssessData.YEAR;
    static final String REGION = AssessData.REGION;
    static final String HIGH_TECH_FIELD = AssessData.HIGH_TECH_FIELD;
    static final String LISTED = AssessData.LISTED;

    private static final String EXAMPLE_CODE = "9122017398460747XF";

    /** What a spreadsheet holds: the enterprises' facts (in file order), their names and the years seen. */
    public record Sheet(List<EnterpriseFacts> facts, Map<CreditCode, String> names, TreeSet<Integer> years) {

        static Sheet of(AssessData.Sheet s) {
            return new Sheet(s.facts(), s.names(), s.years());
        }
    }

    private SpreadsheetFacts() {}

    /** The key of a certificate column: {@code cert:high-tech:granted}. */
    static String certificateKey(QualificationType type, String part) {
        return AssessData.certificateKey(type, part);
    }

    /** The certificate types an analyst file can hold (being listed has its own column). */
    static List<QualificationType> certificateTypes() {
        return AssessData.certificateTypes();
    }

    /** The facts of every official scheme, for the template. */
    static Map<String, FactDefinition> officialFacts() {
        return AssessData.officialFacts();
    }

    /**
     * The columns of an assessment file.
     *
     * @param knownFacts the external facts the schemes in use ask for, by id
     * @param defaultUnit the unit of money columns whose header declares none, or null to require one
     */
    public static AnalystSheet.Spec spec(Map<String, FactDefinition> knownFacts, MoneyUnit defaultUnit) {
        List<Column> columns = new ArrayList<>();
        columns.add(AnalystSheet.creditCode(CREDIT_CODE, "统一社会信用代码", "Credit code", true, EXAMPLE_CODE)
                .alias("creditCode"));
        columns.add(AnalystSheet.text(NAME, "企业名称", "Enterprise name", false, "长春远宇医疗器械有限公司")
                .alias("enterprise"));
        columns.add(AnalystSheet.date(REGISTRATION_DATE, "成立日期", "Registration date", false, "2020-01-28")
                .alias("registrationDate")
                .meaning("企业年龄(成立年限)由此计算 / the enterprise's age is counted from it"));
        columns.add(AnalystSheet.year(YEAR, "年度", "Year", true, "2025")
                .alias("report_year", "年份")
                .meaning("年报年度;每家企业每年一行 / the report year; one row per enterprise and year"));
        columns.add(AnalystSheet.regionCode(REGION, "行政区划代码", "Region code", "220101")
                .alias("region")
                .meaning("注册地,选择地方版本的方案 / where it is registered: selects a region's scheme version"));
        columns.add(AnalystSheet.codes(
                        HIGH_TECH_FIELD,
                        "高新技术领域",
                        "High-tech field",
                        HighTechField.class,
                        false,
                        HighTechField.BIO_MEDICINE.zh())
                .alias("highTechField"));
        columns.add(AnalystSheet.text(LISTED, "是否上市", "Listed", false, "否")
                .alias("isListed")
                .meaning("是/否 (yes/no)"));
        columns.addAll(AnalystSheet.reportFields());
        for (QualificationType t : certificateTypes()) {
            columns.add(AnalystSheet.date(
                            certificateKey(t, "granted"),
                            t.zh() + "认定日期",
                            t.en() + " granted",
                            false,
                            t == QualificationType.HIGH_TECH ? "2023-11-20" : "")
                    .meaning("持有" + t.zh() + "证书:认定日期;证书在评价年度末(12月31日)有效才算持有 / holds a " + t.en()
                            + " certificate granted on this day; held when valid on 31 December of the year assessed"));
            columns.add(AnalystSheet.date(
                            certificateKey(t, "expiry"),
                            t.zh() + "有效期至",
                            t.en() + " expiry",
                            false,
                            t == QualificationType.HIGH_TECH ? "2026-11-19" : "")
                    .meaning("证书有效期至(空:按该资质的有效年限推算,如高企 3 年)/ the certificate's expiry (empty:"
                            + " its qualification's validity, e.g. 3 years for 高企)"));
            columns.add(AnalystSheet.codes(
                            certificateKey(t, "level"),
                            t.zh() + "级别",
                            t.en() + " level",
                            Level.class,
                            false,
                            t == QualificationType.HIGH_TECH ? Level.NATIONAL.zh() : "")
                    .meaning("证书级别(选填)/ the certificate's level (optional): "
                            + String.join(
                                    "、", List.of(Level.NATIONAL.zh(), Level.PROVINCIAL.zh(), Level.MUNICIPAL.zh()))));
        }
        for (DataColumn c : AssessData.columns(knownFacts)) {
            if (c.key().startsWith("fact:")) {
                FactDefinition d = knownFacts.get(c.key().substring("fact:".length()));
                columns.add(AnalystSheet.text(c.key(), c.zh(), c.en(), false, example(d))
                        .alias(c.aliases().stream()
                                .filter(a -> !a.equals(c.key()))
                                .toArray(String[]::new))
                        .meaning(meaning(d)));
            }
        }
        return new AnalystSheet.Spec(
                TEMPLATE,
                "评价数据",
                "Assessment input",
                columns,
                defaultUnit,
                List.of(
                        "《评价数据》模板:assess --scheme ID --data 文件 / template of assess --scheme ID --data FILE",
                        "1. 在工作表'评价数据'中填写,第1行为列名,每家企业每个年度一行;可删去不用的列。One row per enterprise and year;"
                                + " delete the columns you do not use.",
                        "2. 金额列的单位写在列名括号中(模板为万元),可改为元、千元、万元或亿元。Money columns declare their unit in the"
                                + " header (万元 here); 元, 千元, 万元 and 亿元 are accepted.",
                        "3. 空单元格表示未填报(不是0);外部事实留空即为未知,结论因此可能为待定。An empty figure is not reported,"
                                + " never 0; an empty fact is unknown and may leave the verdict undecided.",
                        "4. 资质证书:每种资质三列(认定日期、有效期至、级别),如 高新技术企业认定日期。Certificates held: three"
                                + " columns per qualification (granted, expiry, level), e.g. cert:high-tech:granted.",
                        "5. 不指定 --year 时每家企业按其最近的年度评价。Without --year each enterprise is assessed at its"
                                + " latest year in the file.",
                        "6. 文件有任何错误即全部拒绝,不计算任何结果。A file with any error is rejected whole; nothing is" + " computed."));
    }

    static String factKey(FactDefinition d) {
        return AssessData.factKey(d);
    }

    private static String example(FactDefinition d) {
        return switch (d.type()) {
            case BOOLEAN -> "否";
            case NUMBER -> "";
            case CHOICE -> "";
        };
    }

    private static String meaning(FactDefinition d) {
        String what = d.name().zh() + " / " + d.name().en() + ": ";
        return what
                + switch (d.type()) {
                    case BOOLEAN -> "是/否 (yes/no)";
                    case NUMBER ->
                        "数字 " + d.unit().zh(d.min()) + "–" + d.unit().zh(d.max()) + " / a number "
                                + d.unit().en(d.min()) + " to " + d.unit().en(d.max());
                    case CHOICE -> "可选值 / one of: " + String.join("、", d.options());
                };
    }

    /** Writes the template of an assessment file, with the facts of every official scheme. */
    public static void template(OutputStream out) throws IOException {
        AnalystSheet.template(spec(officialFacts(), null), out);
    }

    /**
     * Reads a file.
     *
     * @param knownFacts the external facts the schemes in use ask for, by id
     * @param defaultUnit the unit of money columns whose header declares none, or null to require one
     * @throws AnalystInputException listing every problem
     */
    public static Sheet read(Path file, Map<String, FactDefinition> knownFacts, MoneyUnit defaultUnit) {
        AssessData.Firms firms = new AssessData.Firms(knownFacts);
        AnalystSheet.read(
                file,
                spec(knownFacts, defaultUnit),
                row -> firms.add(
                        row::value, "第" + row.number() + "行", "row " + row.number(), new AssessData.Problems() {
                            @Override
                            public void reject(String key, String zh, String en) {
                                row.reject(key, zh, en);
                            }

                            @Override
                            public void reject(InvalidValueException e) {
                                row.reject(e);
                            }
                        }));
        return Sheet.of(firms.sheet());
    }
}
