package org.innopark.app.registry.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Labelled;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;
import org.xml.sax.SAXException;

/**
 * 分析数据表: an analyst's input file for the commands that compute without a database ({@code assess --data},
 * {@code points --data}, {@code index --data}), read through the import's reader. The file is XLSX (the one sheet
 * that holds data; a template's 填写说明 and 示例 sheets are skipped) or CSV in UTF-8 (with or without BOM) or
 * GBK/GB18030, told apart by its bytes. Headers are Chinese or English (or a column's aliases), money columns declare
 * their unit in brackets ({@code 营业收入(万元)}), cells are checked as an import checks them, and every problem is
 * reported as an import reports it: sheet, row, column, value, message in Chinese and English. A file with any
 * problem is rejected whole ({@link AnalystInputException}): the caller has computed nothing from it.
 */
public final class AnalystSheet {

    private AnalystSheet() {}

    /** One column an analyst file may hold: its key, Chinese header, English alias, kind and meaning. */
    public static final class Column {

        final ImportColumn column;
        final List<String> aliases;
        /** Whether every row must fill it (a column that must only be present has {@code column.required()}). */
        final boolean cellRequired;

        final String meaning;

        private Column(ImportColumn column, List<String> aliases, boolean cellRequired, String meaning) {
            this.column = column;
            this.aliases = List.copyOf(aliases);
            this.cellRequired = cellRequired;
            this.meaning = meaning;
        }

        private static Column of(String key, String zh, String en, ColumnKind kind, boolean required, String ex) {
            return new Column(new ImportColumn(key, zh, en, kind, required, 0, null, ex), List.of(key), required, "");
        }

        /** The column's key, by which a feature reads its values ({@code credit_code}, {@code fact:majorIncident}). */
        public String key() {
            return column.dbColumn();
        }

        /** The header the template writes. */
        public String header() {
            return column.header();
        }

        /** The same column, also recognised by these headers. */
        public Column alias(String... names) {
            List<String> all = new ArrayList<>(aliases);
            all.addAll(Arrays.asList(names));
            return new Column(column, all, cellRequired, meaning);
        }

        /** The same column with what it means and which values are valid, as the template explains it. */
        public Column meaning(String zhAndEn) {
            return new Column(column, aliases, cellRequired, zhAndEn);
        }

        /** The same column, which the file must have but whose cells may be empty. */
        public Column mustBePresent() {
            ImportColumn c = column;
            return new Column(
                    new ImportColumn(
                            c.dbColumn(), c.zh(), c.en(), c.kind(), true, c.maxLength(), c.codes(), c.example()),
                    aliases,
                    false,
                    meaning);
        }
    }

    /** A text column (also the kind for values a feature parses itself, such as yes/no facts). */
    public static Column text(String key, String zh, String en, boolean required, String example) {
        return Column.of(key, zh, en, ColumnKind.TEXT, required, example);
    }

    /** A unified social credit code, its check character verified. */
    public static Column creditCode(String key, String zh, String en, boolean required, String example) {
        return Column.of(key, zh, en, ColumnKind.CREDIT_CODE, required, example);
    }

    public static Column date(String key, String zh, String en, boolean required, String example) {
        return Column.of(key, zh, en, ColumnKind.DATE, required, example);
    }

    public static Column year(String key, String zh, String en, boolean required, String example) {
        return Column.of(key, zh, en, ColumnKind.YEAR, required, example);
    }

    public static Column regionCode(String key, String zh, String en, String example) {
        return Column.of(key, zh, en, ColumnKind.REGION_CODE, false, example);
    }

    public static Column industryCode(String key, String zh, String en, String example) {
        return Column.of(key, zh, en, ColumnKind.INDUSTRY_CODE, false, example);
    }

    /** A code-list column: the Chinese name, English name or code of one of the enum's entries. */
    public static Column codes(
            String key, String zh, String en, Class<? extends Labelled> codes, boolean required, String example) {
        return new Column(
                new ImportColumn(key, zh, en, ColumnKind.CODE_LIST, required, 0, codes, example),
                List.of(key),
                required,
                "");
    }

    /**
     * A column per annual-report field, as the import's 企业年报 has them (money in the unit its header declares),
     * also recognised by the field's English key ({@code rdExpense}) and, for a name with a bracketed note, by the
     * name without it (从业人员 for 从业人员(职工总数)). Keys are the fields' keys.
     */
    public static List<Column> reportFields() {
        List<Column> columns = new ArrayList<>();
        List<ImportColumn> report = TableSpecs.ANNUAL_REPORT.columns();
        for (ReportField f : ReportField.values()) {
            ImportColumn c = report.get(2 + f.ordinal());
            List<String> aliases = new ArrayList<>(List.of(f.key(), f.name(), f.column()));
            String zh = f.zh().replace('（', '(').replace('）', ')');
            if (zh.endsWith(")") && zh.lastIndexOf('(') > 0) {
                aliases.add(zh.substring(0, zh.lastIndexOf('(')));
            }
            columns.add(new Column(
                    new ImportColumn(f.key(), c.zh(), c.en(), c.kind(), false, 0, null, c.example()),
                    aliases,
                    false,
                    ""));
        }
        return columns;
    }

    /**
     * The columns of one kind of analyst file.
     *
     * @param name the template's name ({@code assess-input})
     * @param sheet the template's data sheet (评价数据), also the sheet read when a workbook holds several
     * @param defaultUnit the unit of money columns whose header declares none, or null to require a unit
     * @param notes the template's instructions, one line each
     */
    public record Spec(
            String name, String sheet, String en, List<Column> columns, MoneyUnit defaultUnit, List<String> notes) {

        public Spec {
            columns = List.copyOf(columns);
            notes = List.copyOf(notes);
            Map<String, Integer> seen = new HashMap<>();
            for (Column c : columns) {
                if (seen.put(c.key(), 1) != null) {
                    throw new IllegalArgumentException("column " + c.key() + " appears twice in " + name);
                }
            }
        }

        /** The same spec with another default money unit. */
        public Spec withDefaultUnit(MoneyUnit unit) {
            return new Spec(name, sheet, en, columns, unit, notes);
        }

        TableSpec table() {
            return new TableSpec(
                    name, sheet, en, null, columns.stream().map(c -> c.column).toList(), null, null, -1, -1, -1, false);
        }

        List<List<String>> aliases() {
            return columns.stream().map(c -> c.aliases).toList();
        }
    }

    /** What a feature does with the rows of its file. */
    public interface Rows {

        /** One data row whose cells are all valid; the feature may still reject it. */
        void row(Row row);

        /** After the last row: checks of the whole file. */
        default void end(Ending ending) {}
    }

    /** One data row: its parsed values by column key. */
    public static final class Row {

        private final Reading reading;
        private final int number;
        private final Object[] values;
        private final String[] texts;

        private Row(Reading reading, int number, Object[] values, String[] texts) {
            this.reading = reading;
            this.number = number;
            this.values = values;
            this.texts = texts;
        }

        /** The row number as a spreadsheet shows it (header = 1). */
        public int number() {
            return number;
        }

        /** Whether the file has the column. */
        public boolean has(String key) {
            return reading.has(key);
        }

        /**
         * The cell's value: String (text), CreditCode, RegionCode, IndustryCode, the code list's enum, LocalDate,
         * Integer (year), Long (count) or BigDecimal (money in yuan); null when empty or absent.
         */
        @SuppressWarnings("unchecked")
        public <T> T value(String key) {
            return (T) values[reading.index(key)];
        }

        /** The cell's text, stripped; null when empty or absent. */
        public String text(String key) {
            return texts[reading.index(key)];
        }

        /** Reports a problem of the cell in the column, with its value. */
        public void reject(String key, String zh, String en) {
            int c = reading.index(key);
            reading.errors.add(
                    reading.sheet, number, reading.mapping.header(c), texts[c] == null ? "" : texts[c], zh, en);
        }

        public void reject(String key, InvalidValueException e) {
            reject(key, e.messageZh(), e.messageEn());
        }

        /**
         * Reports a problem of the row, such as an engine record's rule across columns, at the column of the file
         * its message names first (its messages name fields in Chinese), else at the whole row.
         */
        public void reject(InvalidValueException e) {
            String message = e.messageZh();
            int best = -1;
            int at = Integer.MAX_VALUE;
            for (int c = 0; c < reading.spec.columns().size(); c++) {
                if (reading.mapping.fileColumnOf[c] < 0) {
                    continue;
                }
                int i = message.indexOf(reading.spec.columns().get(c).column.zh());
                if (i >= 0 && i < at) {
                    at = i;
                    best = c;
                }
            }
            if (best >= 0) {
                reject(reading.spec.columns().get(best).key(), e);
            } else {
                reading.errors.add(reading.sheet, number, "", "", e.messageZh(), e.messageEn());
            }
        }
    }

    /** The end of a file: which columns it had, and problems of the whole file. */
    public static final class Ending {

        private final Reading reading;

        private Ending(Reading reading) {
            this.reading = reading;
        }

        public boolean has(String key) {
            return reading.has(key);
        }

        /** The sheet read (the file name of a CSV). */
        public String sheet() {
            return reading.sheet;
        }

        public void reject(String zh, String en) {
            reading.errors.add(reading.sheet, 0, "", "", zh, en);
        }
    }

    /** Reads a file of one spec. */
    public static void read(Path file, Spec spec, Rows rows) {
        read(file, headers -> spec, rows);
    }

    /**
     * Reads a file whose spec depends on its header row (the long or wide layout of an index file).
     *
     * @param specOf the spec of a header row (the cells as written, stripped)
     * @throws AnalystInputException listing every problem, when there is one
     */
    public static void read(Path file, Function<List<String>, Spec> specOf, Rows rows) {
        String name = file.getFileName().toString();
        ErrorLog errors = new ErrorLog(ImportReport.MAX_ERRORS);
        Reading reading = new Reading(errors, specOf, rows);
        try {
            SourceFile source = SourceFile.scan(file);
            switch (source.format()) {
                case XLSX -> reading.xlsx(source, name);
                case CSV -> reading.csv(source, name);
                case XLS ->
                    errors.add(
                            name,
                            0,
                            "",
                            "",
                            "不支持旧版 .xls 格式,请在 Excel 中另存为 .xlsx 或 CSV",
                            "the old .xls format is not supported: save the file as .xlsx or CSV in Excel");
            }
        } catch (IOException e) {
            errors.add(name, 0, "", "", RegistryImport.UNREADABLE_ZH, "cannot read the file: " + e.getMessage());
        }
        if (reading.mapping == null && errors.isEmpty()) {
            errors.add(
                    name,
                    0,
                    "",
                    "",
                    "文件为空:第1行应为列名(模板:template " + reading.templateName() + ")",
                    "the file is empty: row 1 must hold the headers (template: template " + reading.templateName()
                            + ")");
        }
        if (reading.usable) {
            rows.end(new Ending(reading));
        }
        if (!errors.isEmpty()) {
            throw new AnalystInputException(name, errors.sorted(), errors.total());
        }
    }

    /** Writes the spec's template: the data sheet with its headers, 填写说明 with every column, 示例 with a row. */
    public static void template(Spec spec, OutputStream out) throws IOException {
        RegistryExport.template(
                spec.table(),
                spec.notes(),
                spec.columns().stream().map(c -> c.meaning).toList(),
                out);
    }

    /** The state of reading one file. */
    private static final class Reading {

        final ErrorLog errors;
        final Function<List<String>, Spec> specOf;
        final Rows rows;
        String sheet;
        Spec spec;
        HeaderMapping mapping;
        Map<String, Integer> indexes;
        boolean usable;

        Reading(ErrorLog errors, Function<List<String>, Spec> specOf, Rows rows) {
            this.errors = errors;
            this.specOf = specOf;
            this.rows = rows;
        }

        String templateName() {
            Spec s = spec != null ? spec : specOf.apply(List.of());
            return s.name();
        }

        int index(String key) {
            Integer i = indexes.get(key);
            if (i == null) {
                throw new IllegalArgumentException("no column " + key + " in " + spec.name());
            }
            return i;
        }

        boolean has(String key) {
            return mapping.fileColumnOf[index(key)] >= 0;
        }

        void csv(SourceFile source, String name) throws IOException {
            sheet = name;
            errors.sheet(name);
            int row = 0;
            try (CsvReader<CsvRecord> csv = CsvReading.records(source)) {
                for (CsvRecord record : csv) {
                    row++;
                    line(row, record.getFields().toArray(String[]::new));
                }
            } catch (CsvParseException e) {
                errors.add(
                        name,
                        row + 1,
                        "",
                        "",
                        "第" + (row + 1) + "行不是有效的CSV:引号内的单元格未正确结束(" + e.getMessage() + ")",
                        "row " + (row + 1) + " is not valid CSV: a quoted cell is not closed properly ("
                                + e.getMessage() + ")");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        void xlsx(SourceFile source, String name) throws IOException {
            try (OPCPackage pkg = OPCPackage.open(source.path().toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                List<String> names = new ArrayList<>();
                List<PackagePart> parts = new ArrayList<>();
                XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (it.hasNext()) {
                    it.next().close();
                    String sheetName = it.getSheetName();
                    if (TableRecognition.isAuxiliarySheet(sheetName)) {
                        continue;
                    }
                    PackagePart part = it.getSheetPart();
                    if (hasData(part, styles, strings)) {
                        names.add(sheetName);
                        parts.add(part);
                    }
                }
                if (names.isEmpty()) {
                    return;
                }
                if (names.size() > 1) {
                    errors.add(
                            name,
                            0,
                            "",
                            "",
                            "工作簿中有多个含数据的工作表(" + String.join("、", names) + "),分析数据只能有一个:请删除其他工作表",
                            "the workbook has several sheets with data (" + String.join(", ", names)
                                    + "); an analyst file holds one: delete the others");
                    return;
                }
                sheet = names.get(0);
                errors.sheet(sheet);
                XlsxReading.parse(parts.get(0), styles, strings, this::line);
            } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
                throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
            } catch (org.apache.poi.ooxml.POIXMLException
                    | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
                throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
            }
        }

        private static final class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }

        private static boolean hasData(PackagePart part, StylesTable styles, ReadOnlySharedStringsTable strings)
                throws IOException, SAXException, ParserConfigurationException {
            try {
                XlsxReading.parse(part, styles, strings, (row, cells) -> {
                    throw new Stop();
                });
            } catch (Stop stop) {
                return true;
            }
            return false;
        }

        /** A row of the file: the header (the first non-blank row), then data. */
        void line(int number, String[] cells) {
            if (isBlank(cells)) {
                return;
            }
            if (mapping == null) {
                header(number, cells);
            } else if (usable) {
                data(number, cells);
            }
        }

        private void header(int number, String[] cells) {
            List<String> headers = new ArrayList<>();
            for (String c : cells) {
                headers.add(c == null ? "" : c.replace("\uFEFF", "").strip());
            }
            spec = specOf.apply(headers);
            indexes = new HashMap<>();
            for (int i = 0; i < spec.columns().size(); i++) {
                indexes.put(spec.columns().get(i).key(), i);
            }
            mapping =
                    HeaderMapping.map(spec.table(), headers.toArray(String[]::new), spec.aliases(), spec.defaultUnit());
            for (HeaderMapping.Problem p : mapping.problems) {
                errors.add(sheet, number, p.header(), p.fileColumn() >= 0 ? p.header() : "", p.error());
            }
            usable = mapping.problems.isEmpty();
        }

        private void data(int number, String[] cells) {
            int n = spec.columns().size();
            Object[] values = new Object[n];
            String[] texts = new String[n];
            boolean bad = false;
            for (int j = 0; j < mapping.specColumnOf.length && j < cells.length; j++) {
                int c = mapping.specColumnOf[j];
                String raw = cells[j];
                if (c < 0 || raw == null || raw.isBlank()) {
                    continue;
                }
                String text = raw.strip();
                texts[c] = text;
                try {
                    values[c] = CellParser.parse(spec.columns().get(c).column, mapping.units[c], text);
                } catch (InvalidValueException e) {
                    errors.add(sheet, number, mapping.header(c), raw, e);
                    bad = true;
                }
            }
            for (int c = 0; c < n; c++) {
                Column col = spec.columns().get(c);
                if (col.cellRequired && texts[c] == null) {
                    errors.add(
                            sheet,
                            number,
                            mapping.header(c),
                            "",
                            col.column.zh() + "不能为空(必填)",
                            col.column.en() + " is required");
                    bad = true;
                }
            }
            if (!bad) {
                rows.row(new Row(this, number, values, texts));
            }
        }

        private static boolean isBlank(String[] cells) {
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
