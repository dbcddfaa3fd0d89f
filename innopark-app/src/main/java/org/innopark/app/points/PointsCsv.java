package org.innopark.app.points;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;

/**
 * Reads enterprises' annual-report figures from a CSV file for standalone scoring (no database): one row per
 * enterprise and year. Columns, in any order, named in English or Chinese: {@code credit_code} (统一社会信用代码) and
 * {@code year} (年度) are required; {@code park} (园区), {@code name} (企业名称), {@code registration_date} (成立日期,
 * yyyy-MM-dd) and {@code industry} (行业代码) are optional; every other column is an annual-report field by its key or
 * Chinese name ({@code rdExpense}, {@code 研发费用(万元)}, …), money in the unit its header declares in brackets, else
 * in the default unit. An empty cell is a figure not reported. All problems are reported with row and column, and
 * nothing is scored when there is one.
 */
public final class PointsCsv {

    /** Park code given to enterprises of a file without a park column. */
    public static final String DEFAULT_PARK = "CSV";

    private static final int MAX_PROBLEMS = 20;

    private PointsCsv() {}

    /** What was read. */
    public record Data(List<Enterprise> enterprises, List<AnnualReport> reports) {
        /** The latest year reported, 0 when none. */
        public int latestYear() {
            return reports.stream().mapToInt(AnnualReport::year).max().orElse(0);
        }
    }

    /** The file's problems, one a line: {@code file:row:column: 中文 / English}. */
    public static final class BadDataException extends RuntimeException {
        private final List<String> problems;

        BadDataException(List<String> problems) {
            super(String.join(System.lineSeparator(), problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private enum Column {
        CREDIT_CODE("credit_code", "统一社会信用代码"),
        YEAR("year", "年度"),
        PARK("park", "园区"),
        NAME("name", "企业名称"),
        REGISTRATION_DATE("registration_date", "成立日期"),
        INDUSTRY("industry", "行业代码");

        final String key;
        final String zh;

        Column(String key, String zh) {
            this.key = key;
            this.zh = zh;
        }

        static Column find(String header) {
            for (Column c : values()) {
                if (c.key.equalsIgnoreCase(header)
                        || c.zh.equals(header)
                        || c.key.replace("_", "").equalsIgnoreCase(header)) {
                    return c;
                }
            }
            return null;
        }
    }

    public static Data read(Path file, MoneyUnit defaultUnit) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), reader, defaultUnit);
        }
    }

    public static Data read(String fileName, Reader reader, MoneyUnit defaultUnit) throws IOException {
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = parser.getHeaderNames();
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            Map<Integer, ReportField> fields = new LinkedHashMap<>();
            Map<Integer, MoneyUnit> units = new LinkedHashMap<>();
            for (int j = 0; j < headers.size(); j++) {
                String header = headers.get(j).replace("\uFEFF", "").strip();
                String bare = header.replaceAll("[(（].*[)）]\\s*$", "").strip();
                Column column = Column.find(bare);
                ReportField field = column == null ? field(header, bare) : null;
                if (column != null) {
                    columns.put(column, j);
                } else if (field != null) {
                    fields.put(j, field);
                    MoneyUnit unit = MoneyUnit.inHeader(header);
                    units.put(j, unit != null ? unit : defaultUnit);
                } else if (!header.isEmpty()) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "%s:1:%d: 未知列“%s”:应为 credit_code、year、park、name、"
                                    + "registration_date、industry 或年报字段(如 rdExpense、研发费用) / unknown column '%s': use"
                                    + " credit_code, year, park, name, registration_date, industry or an annual-report field"
                                    + " (e.g. rdExpense)",
                            fileName,
                            j + 1,
                            header,
                            header));
                }
            }
            for (Column required : List.of(Column.CREDIT_CODE, Column.YEAR)) {
                if (!columns.containsKey(required)) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "%s:1: 缺少必需列 %s(%s) / missing required column %s",
                            fileName,
                            required.key,
                            required.zh,
                            required.key));
                }
            }
            if (!problems.isEmpty()) {
                throw new BadDataException(problems);
            }
            Map<String, Enterprise> enterprises = new LinkedHashMap<>();
            List<AnnualReport> reports = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                Row row = new Row(fileName, record, problems);
                CreditCode code = row.parse(columns.get(Column.CREDIT_CODE), "统一社会信用代码", "credit code", CreditCode::of);
                Integer year = row.parse(columns.get(Column.YEAR), "年度", "year", Integer::valueOf);
                Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
                for (Map.Entry<Integer, ReportField> f : fields.entrySet()) {
                    ReportField field = f.getValue();
                    BigDecimal value = row.parse(
                            f.getKey(), field.zh(), field.en(), text -> new BigDecimal(text.replace(",", "")));
                    if (value != null) {
                        figures.put(
                                field, field.isMoney() ? units.get(f.getKey()).toYuan(value) : value);
                    }
                }
                if (code == null || year == null) {
                    if (row.text(columns.get(Column.CREDIT_CODE)) == null
                            || row.text(columns.get(Column.YEAR)) == null) {
                        row.problem(
                                columns.get(code == null ? Column.CREDIT_CODE : Column.YEAR),
                                "缺少统一社会信用代码或年度",
                                "credit code or year missing");
                    }
                    continue;
                }
                if (!enterprises.containsKey(code.value())) {
                    String park = row.text(columns.get(Column.PARK));
                    LocalDate registered = row.parse(
                            columns.get(Column.REGISTRATION_DATE), "成立日期", "registration date", LocalDate::parse);
                    IndustryCode industry =
                            row.parse(columns.get(Column.INDUSTRY), "行业代码", "industry code", IndustryCode::of);
                    String name = row.text(columns.get(Column.NAME));
                    try {
                        enterprises.put(
                                code.value(),
                                new Enterprise(
                                        code,
                                        name == null ? code.value() : name,
                                        registered,
                                        null,
                                        industry,
                                        null,
                                        park == null ? DEFAULT_PARK : park,
                                        null,
                                        null));
                    } catch (InvalidValueException e) {
                        row.problem(columns.get(Column.PARK), e.messageZh(), e.messageEn());
                    }
                }
                try {
                    reports.add(AnnualReport.of(code, year, figures));
                } catch (InvalidValueException e) {
                    row.problem(null, e.messageZh(), e.messageEn());
                }
            }
            if (!problems.isEmpty()) {
                throw new BadDataException(problems);
            }
            return new Data(List.copyOf(enterprises.values()), reports);
        }
    }

    /** A field by key, enum name or Chinese name, with or without the unit or a bracketed note (从业人员(职工总数)). */
    private static ReportField field(String header, String bare) {
        ReportField field = ReportField.find(header);
        if (field == null) {
            field = ReportField.find(bare);
        }
        if (field == null) {
            for (ReportField f : ReportField.values()) {
                if (f.zh().replaceAll("[(（].*[)）]\\s*$", "").strip().equals(bare)) {
                    return f;
                }
            }
        }
        return field;
    }

    /** One record being read, collecting its problems. */
    private static final class Row {
        private final String file;
        private final CSVRecord record;
        private final List<String> problems;

        Row(String file, CSVRecord record, List<String> problems) {
            this.file = file;
            this.record = record;
            this.problems = problems;
        }

        String text(Integer column) {
            if (column == null || column >= record.size()) {
                return null;
            }
            String v = record.get(column).strip();
            return v.isEmpty() ? null : v;
        }

        <T> T parse(Integer column, String zh, String en, java.util.function.Function<String, T> parser) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (InvalidValueException e) {
                problem(column, e.messageZh(), e.messageEn());
            } catch (NumberFormatException | DateTimeParseException e) {
                problem(column, zh + "“" + text + "”无效", en + " '" + text + "' is not valid");
            }
            return null;
        }

        void problem(Integer column, String zh, String en) {
            long line = record.getRecordNumber() + 1;
            problems.add(
                    column == null
                            ? String.format(Locale.ROOT, "%s:%d: %s / %s", file, line, zh, en)
                            : String.format(Locale.ROOT, "%s:%d:%d: %s / %s", file, line, column + 1, zh, en));
        }
    }
}
