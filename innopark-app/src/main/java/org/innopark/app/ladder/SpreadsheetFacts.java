package org.innopark.app.ladder;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.FactDefinition;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.ReportField;

/**
 * Reads an analyst's spreadsheet of enterprises (CSV, UTF-8 with or without BOM) into {@link EnterpriseFacts}, with
 * no database: one row per enterprise and year, several rows for several years.
 *
 * <p>Columns, by English key or Chinese name (order free, case ignored):
 * <ul>
 *   <li>{@code credit_code} 统一社会信用代码 and {@code year} 年度 (required); {@code name} 企业名称,
 *       {@code registration_date} 成立日期 (yyyy-mm-dd), {@code region_code} 行政区划代码,
 *       {@code high_tech_field} 高新技术领域, {@code listed} 是否上市 (optional, taken from the enterprise's first
 *       row that has them);</li>
 *   <li>annual-report figures by {@link ReportField} key or Chinese name, e.g. {@code rdExpense} or 研发费用; money is
 *       in 元 unless the header declares a unit in brackets, e.g. {@code 营业收入(万元)};</li>
 *   <li>external facts as {@code fact:<id>}, e.g. {@code fact:majorIncident}, for that row's year; the ids are those
 *       of the schemes' facts (an unknown id is an error; facts the chosen scheme does not ask for are ignored), and
 *       an empty cell leaves the fact unknown.</li>
 * </ul>
 * An empty figure is "not reported", never zero. Any bad cell stops the reading with its row and column.
 */
public final class SpreadsheetFacts {

    /** What a spreadsheet holds: the enterprises' facts (in file order), their names and the years seen. */
    public record Sheet(List<EnterpriseFacts> facts, Map<CreditCode, String> names, TreeSet<Integer> years) {}

    private enum Kind {
        CREDIT_CODE("credit_code", "统一社会信用代码", "creditCode"),
        NAME("name", "企业名称", "enterprise"),
        REGISTRATION_DATE("registration_date", "成立日期", "registrationDate"),
        YEAR("year", "年度", "report_year"),
        REGION("region_code", "行政区划代码", "region"),
        HIGH_TECH_FIELD("high_tech_field", "高新技术领域", "highTechField"),
        LISTED("listed", "是否上市", "isListed");

        final String key;
        final String zh;
        final String alt;

        Kind(String key, String zh, String alt) {
            this.key = key;
            this.zh = zh;
            this.alt = alt;
        }

        static Kind find(String header) {
            for (Kind k : values()) {
                if (k.key.equalsIgnoreCase(header) || k.zh.equals(header) || k.alt.equalsIgnoreCase(header)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** How to read one column. */
    private record Column(
            int index, String header, Kind kind, ReportField field, MoneyUnit unit, FactDefinition fact) {}

    private final String file;
    private final Map<String, FactDefinition> knownFacts;

    private SpreadsheetFacts(String file, Map<String, FactDefinition> knownFacts) {
        this.file = file;
        this.knownFacts = knownFacts;
    }

    /**
     * Reads a CSV file.
     *
     * @param knownFacts the external facts the schemes in use ask for, by id
     * @throws SpreadsheetException naming the row and column of the first bad cell
     */
    public static Sheet read(Path csv, Map<String, FactDefinition> knownFacts) {
        String name = csv.getFileName().toString();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new SpreadsheetFacts(name, knownFacts).read(r);
        } catch (IOException e) {
            throw new SpreadsheetException(
                    name, 0, null, "无法读取文件:" + e.getMessage(), "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads CSV text; {@code file} names it in errors. */
    public static Sheet read(Reader csv, String file, Map<String, FactDefinition> knownFacts) {
        try {
            return new SpreadsheetFacts(file, knownFacts).read(csv);
        } catch (IOException e) {
            throw new SpreadsheetException(file, 0, null, "无法读取:" + e.getMessage(), "cannot read: " + e.getMessage());
        }
    }

    private Sheet read(Reader reader) throws IOException {
        CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(reader);
        List<CSVRecord> records = parser.getRecords();
        if (records.isEmpty()) {
            throw error(0, (String) null, "文件为空,第一行应为表头", "the file is empty; the first row must be the header");
        }
        List<Column> columns = header(records.get(0));
        Map<CreditCode, EnterpriseRows> byCode = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            int rowNo = i + 1;
            if (blank(rec)) {
                continue;
            }
            RowValues row = row(rec, rowNo, columns);
            EnterpriseRows e = byCode.computeIfAbsent(row.code, c -> new EnterpriseRows());
            e.absorb(row);
            if (e.years.containsKey(row.year)) {
                throw error(
                        rowNo,
                        columns.stream()
                                .filter(c -> c.kind == Kind.YEAR)
                                .findFirst()
                                .orElseThrow(),
                        "企业 " + row.code + " 的 " + row.year + " 年度已在第" + e.years.get(row.year) + "行出现",
                        "enterprise " + row.code + " has year " + row.year + " already in row "
                                + e.years.get(row.year));
            }
            e.years.put(row.year, rowNo);
            years.add(row.year);
            try {
                e.reports.add(AnnualReport.of(row.code, row.year, row.figures));
            } catch (InvalidValueException ex) {
                throw new SpreadsheetException(file, rowNo, null, ex.messageZh(), ex.messageEn());
            }
            row.facts.forEach((id, v) ->
                    e.facts.computeIfAbsent(row.year, y -> new HashMap<>()).put(id, v));
        }
        List<EnterpriseFacts> facts = new ArrayList<>();
        Map<CreditCode, String> names = new LinkedHashMap<>();
        byCode.forEach((code, e) -> {
            facts.add(e.build(code));
            names.put(code, e.name == null ? "" : e.name);
        });
        return new Sheet(facts, names, years);
    }

    private List<Column> header(CSVRecord header) {
        List<Column> columns = new ArrayList<>();
        boolean code = false;
        boolean year = false;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace("\uFEFF", "").strip();
            if (h.isEmpty()) {
                continue;
            }
            String where = letter(i) + " (" + h + ")";
            Kind kind = Kind.find(h);
            if (kind != null) {
                code |= kind == Kind.CREDIT_CODE;
                year |= kind == Kind.YEAR;
                columns.add(new Column(i, where, kind, null, null, null));
                continue;
            }
            if (h.regionMatches(true, 0, "fact:", 0, 5)) {
                String id = h.substring(5).strip();
                FactDefinition d = knownFacts.get(id);
                if (d == null) {
                    throw error(
                            1,
                            where,
                            "未知的外部事实“" + id + "”,方案中的外部事实有:" + String.join("、", knownFacts.keySet()),
                            "unknown external fact '" + id + "'; the scheme's facts are: "
                                    + String.join(", ", knownFacts.keySet()));
                }
                columns.add(new Column(i, where, null, null, null, d));
                continue;
            }
            ReportField field = ReportField.find(h);
            MoneyUnit unit = null;
            if (field == null) {
                String normal = h.replace('（', '(').replace('）', ')');
                int open = normal.lastIndexOf('(');
                if (open > 0 && normal.endsWith(")")) {
                    field = ReportField.find(normal.substring(0, open).strip());
                    unit = MoneyUnit.inHeader(normal);
                    if (field != null && field.isMoney() && unit == null) {
                        throw error(
                                1,
                                where,
                                "无法识别的金额单位,应为 元、千元、万元 或 亿元",
                                "unknown money unit; use 元, 千元, 万元 or 亿元 (yuan, thousand, 10k, 100m yuan)");
                    }
                }
            }
            if (field == null) {
                throw error(
                        1,
                        where,
                        "无法识别的列名;应为 统一社会信用代码、企业名称、成立日期、年度、年报指标(如 营业收入、研发费用," + "或英文键 operatingRevenue)或 fact:<外部事实>",
                        "unknown column; use credit_code, name,"
                                + " registration_date, year, an annual-report field (e.g. operatingRevenue or 营业收入) or"
                                + " fact:<id>");
            }
            final ReportField seen = field;
            if (columns.stream().anyMatch(c -> c.field == seen)) {
                throw error(1, where, "指标“" + field.zh() + "”重复出现", "field '" + field.key() + "' appears twice");
            }
            columns.add(
                    new Column(i, where, null, field, field.isMoney() && unit == null ? MoneyUnit.YUAN : unit, null));
        }
        if (!code || !year) {
            throw error(
                    1,
                    (String) null,
                    "表头缺少" + (!code ? "“统一社会信用代码(credit_code)”" : "") + (!year ? "“年度(year)”" : "") + "列",
                    "the header lacks the " + (!code ? "credit_code " : "") + (!year ? "year " : "") + "column");
        }
        return columns;
    }

    /** One row's values. */
    private static final class RowValues {
        CreditCode code;
        Integer year;
        String name;
        LocalDate registrationDate;
        RegionCode region;
        HighTechField highTechField;
        Boolean listed;
        final Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
        final Map<String, Object> facts = new LinkedHashMap<>();
    }

    private RowValues row(CSVRecord rec, int rowNo, List<Column> columns) {
        RowValues row = new RowValues();
        for (Column c : columns) {
            String text = c.index < rec.size() ? rec.get(c.index).strip() : "";
            if (text.isEmpty()) {
                if (c.kind == Kind.CREDIT_CODE || c.kind == Kind.YEAR) {
                    throw error(rowNo, c, "不能为空", "must not be empty");
                }
                continue;
            }
            try {
                if (c.kind != null) {
                    switch (c.kind) {
                        case CREDIT_CODE -> row.code = CreditCode.of(text);
                        case NAME -> row.name = text;
                        case YEAR -> row.year = year(text, rowNo, c);
                        case REGISTRATION_DATE -> row.registrationDate = date(text, rowNo, c);
                        case REGION -> row.region = RegionCode.of(text);
                        case HIGH_TECH_FIELD -> row.highTechField = HighTechField.parse(text);
                        case LISTED -> row.listed = bool(text, rowNo, c);
                    }
                } else if (c.fact != null) {
                    row.facts.put(c.fact.id(), fact(c.fact, text, rowNo, c));
                } else {
                    row.figures.put(c.field, figure(c, text, rowNo));
                }
            } catch (InvalidValueException ex) {
                throw error(rowNo, c, ex.messageZh(), ex.messageEn());
            }
        }
        return row;
    }

    private BigDecimal figure(Column c, String text, int rowNo) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw error(rowNo, c, "“" + text + "”不是数字", "'" + text + "' is not a number");
        }
        return c.unit == null ? v : c.unit.toYuan(v);
    }

    private Object fact(FactDefinition d, String text, int rowNo, Column c) {
        return switch (d.type()) {
            case BOOLEAN -> bool(text, rowNo, c);
            case NUMBER -> {
                String t = text.replace(",", "");
                double factor = 1;
                if (t.endsWith("%")) {
                    factor = 0.01;
                    t = t.substring(0, t.length() - 1);
                }
                try {
                    double v = new BigDecimal(t.strip()).doubleValue() * factor;
                    if (v < d.min() || v > d.max()) {
                        throw error(
                                rowNo,
                                c,
                                "“" + text + "”超出范围 " + d.unit().zh(d.min()) + "–"
                                        + d.unit().zh(d.max()),
                                "'" + text + "' is outside " + d.unit().en(d.min()) + " to "
                                        + d.unit().en(d.max()));
                    }
                    yield v;
                } catch (NumberFormatException e) {
                    throw error(rowNo, c, "“" + text + "”不是数字", "'" + text + "' is not a number");
                }
            }
            case CHOICE -> {
                if (!d.options().contains(text)) {
                    throw error(
                            rowNo,
                            c,
                            "“" + text + "”不是可选值之一:" + String.join("、", d.options()),
                            "'" + text + "' is not one of " + String.join(", ", d.options()));
                }
                yield text;
            }
        };
    }

    private Boolean bool(String text, int rowNo, Column c) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "有" -> true;
            case "false", "no", "n", "0", "否", "无" -> false;
            default -> throw error(rowNo, c, "“" + text + "”应为 是/否", "'" + text + "' should be yes or no");
        };
    }

    private int year(String text, int rowNo, Column c) {
        try {
            int y = Integer.parseInt(text.replace("年", "").strip());
            if (y < AnnualReport.FIRST_YEAR || y > AnnualReport.LAST_YEAR) {
                throw new NumberFormatException();
            }
            return y;
        } catch (NumberFormatException e) {
            throw error(
                    rowNo,
                    c,
                    "“" + text + "”不是有效年度(" + AnnualReport.FIRST_YEAR + "–" + AnnualReport.LAST_YEAR + ")",
                    "'" + text + "' is not a year (" + AnnualReport.FIRST_YEAR + "-" + AnnualReport.LAST_YEAR + ")");
        }
    }

    private LocalDate date(String text, int rowNo, Column c) {
        for (String pattern : List.of("yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd")) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        throw error(rowNo, c, "“" + text + "”不是日期,应为 yyyy-mm-dd", "'" + text + "' is not a date; use yyyy-mm-dd");
    }

    /** The rows of one enterprise. */
    private static final class EnterpriseRows {
        String name;
        LocalDate registrationDate;
        RegionCode region;
        HighTechField highTechField;
        Boolean listed;
        final Map<Integer, Integer> years = new HashMap<>();
        final List<AnnualReport> reports = new ArrayList<>();
        final Map<Integer, Map<String, Object>> facts = new HashMap<>();

        void absorb(RowValues row) {
            name = name == null ? row.name : name;
            registrationDate = registrationDate == null ? row.registrationDate : registrationDate;
            region = region == null ? row.region : region;
            highTechField = highTechField == null ? row.highTechField : highTechField;
            listed = listed == null ? row.listed : listed;
        }

        EnterpriseFacts build(CreditCode code) {
            EnterpriseFacts.Builder b;
            if (highTechField != null) {
                // The high-tech field is read from a registry enterprise; the spreadsheet's belongs to no park.
                b = EnterpriseFacts.of(new Enterprise(
                        code,
                        name == null || name.isBlank() ? code.value() : name,
                        registrationDate,
                        region,
                        null,
                        highTechField,
                        "SPREADSHEET",
                        null,
                        ListingBoard.UNLISTED));
            } else {
                b = EnterpriseFacts.of(code).registrationDate(registrationDate).region(region);
            }
            b.listed(listed);
            b.reports(reports);
            facts.forEach((year, values) -> values.forEach((id, v) -> b.fact(year, id, v)));
            return b.build();
        }
    }

    private SpreadsheetException error(int row, Column c, String zh, String en) {
        return new SpreadsheetException(file, row, c == null ? null : c.header, zh, en);
    }

    private SpreadsheetException error(int row, String column, String zh, String en) {
        return new SpreadsheetException(file, row, column, zh, en);
    }

    private static boolean blank(CSVRecord rec) {
        for (String v : rec) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The spreadsheet letter of a column index: 0 → A, 26 → AA. */
    static String letter(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            b.insert(0, (char) ('A' + i % 26));
        }
        return b.toString();
    }
}
