package org.innopark.app.registry.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.security.ParkScope;
import org.innopark.app.spreadsheet.TextCells;
import org.innopark.engine.registry.Labelled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据导出与模板: exports a registry table to Excel with the import's Chinese headers and units (so an exported
 * file imports back unchanged), streaming rows so that large tables need little memory; and writes each table's
 * import template with its instructions and an example.
 */
@Service
public class RegistryExport {

    /** Significant digits Excel keeps in a number; longer amounts are written as text to stay exact. */
    private static final int EXCEL_DIGITS = 15;

    private final JdbcTemplate jdbc;

    RegistryExport(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2_000);
    }

    /** The file name of a table's export or template, e.g. 企业年报.xlsx. */
    public static String fileName(String table, String suffix) {
        return TableSpecs.require(table).sheet() + suffix + ".xlsx";
    }

    /**
     * Writes the table's rows within the scope (and the park asked for, if any) to a workbook; returns the number of
     * rows written. Tables without a park column are filtered through their enterprise's park.
     *
     * @throws IllegalArgumentException for an unknown table or a park outside the scope
     */
    @Transactional(readOnly = true)
    public long export(String table, ParkScope scope, String park, OutputStream out) throws IOException {
        TableSpec spec = TableSpecs.require(table);
        Optional<String> narrowed = scope.narrow(park);
        if (narrowed.isEmpty()) {
            throw new org.innopark.engine.registry.InvalidValueException(
                    "您的账户无权导出园区'" + park + "'的数据", "your account may not export data of park '" + park + "'");
        }
        String parkCode = narrowed.get().isEmpty() ? null : narrowed.get();
        String columns = spec.columns().stream().map(c -> "t." + c.dbColumn()).collect(Collectors.joining(", "));
        String from = spec.name() + " t";
        String parkColumn = spec == TableSpecs.PARK ? "t.code" : "t.park_code";
        if (spec.parkColumn() < 0) {
            from += " JOIN enterprise e ON e.credit_code = t."
                    + spec.columns().get(spec.enterpriseColumn()).dbColumn();
            parkColumn = "e.park_code";
        }
        String where = parkCode == null ? "" : " WHERE " + parkColumn + " = ?";
        String order = spec.target().keyColumns().stream().map(k -> "t." + k).collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + " FROM " + from + where + " ORDER BY " + order;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(spec.sheet());
            header(sheet, spec, styles);
            List<Map<String, String>> labels = labels(spec);
            long[] rows = {0};
            RowWriter writer = rs -> {
                Row row = sheet.createRow((int) ++rows[0]);
                for (int c = 0; c < spec.columns().size(); c++) {
                    write(row, c, spec.columns().get(c), rs, c + 1, labels.get(c), styles);
                }
            };
            if (parkCode == null) {
                jdbc.query(sql, rs -> {
                    writer.write(rs);
                });
            } else {
                jdbc.query(
                        sql,
                        rs -> {
                            writer.write(rs);
                        },
                        parkCode);
            }
            wb.write(out);
            return rows[0];
        }
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(ResultSet rs) throws SQLException;
    }

    private static void write(
            Row row, int c, ImportColumn col, ResultSet rs, int index, Map<String, String> labels, Styles styles)
            throws SQLException {
        switch (col.kind()) {
            case DATE -> {
                Date d = rs.getDate(index);
                if (d != null) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(d.toLocalDate());
                    cell.setCellStyle(styles.date);
                }
            }
            case YEAR, COUNT -> {
                long v = rs.getLong(index);
                if (!rs.wasNull()) {
                    row.createCell(c).setCellValue(v);
                }
            }
            case MONEY, SIGNED_MONEY, AREA, PERCENT, ENERGY -> {
                BigDecimal v = rs.getBigDecimal(index);
                if (v != null) {
                    BigDecimal shown =
                            col.kind().isMoney() ? TableSpecs.TEMPLATE_UNIT.fromYuan(v) : v.stripTrailingZeros();
                    Cell cell = row.createCell(c);
                    if (shown.precision() <= EXCEL_DIGITS) {
                        cell.setCellValue(shown.doubleValue());
                    } else {
                        cell.setCellStyle(styles.text);
                        styles.safe.set(cell, shown.toPlainString());
                    }
                }
            }
            case CODE_LIST -> {
                String code = rs.getString(index);
                if (code != null) {
                    styles.safe.set(row.createCell(c), labels.getOrDefault(code, code));
                }
            }
            default -> {
                String s = rs.getString(index);
                if (s != null) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(styles.text);
                    styles.safe.set(cell, s.strip());
                }
            }
        }
    }

    /** For each column, code → Chinese name of its code list (empty for other columns). */
    private static List<Map<String, String>> labels(TableSpec spec) {
        List<Map<String, String>> list = new ArrayList<>();
        for (ImportColumn col : spec.columns()) {
            Map<String, String> map = new HashMap<>();
            if (col.codes() != null) {
                for (Labelled l : col.codes().getEnumConstants()) {
                    map.put(l.code(), l.zh());
                }
            }
            list.add(map);
        }
        return list;
    }

    /**
     * Writes the table's import template: the data sheet with the header row (Chinese, units in brackets, each
     * header explained in a comment), a sheet 填写说明 describing every column, and a sheet 示例 with an example row.
     */
    public static void template(String table, OutputStream out) throws IOException {
        TableSpec spec = TableSpecs.require(table);
        template(spec, registryNotes(spec), null, out);
    }

    /**
     * Writes a template of any column list: the data sheet named after the spec, 填写说明 with the given notes and a
     * row per column, 示例 with the example row.
     *
     * @param meanings for each column, what it means and which values are valid (null: from its kind)
     */
    static void template(TableSpec spec, List<String> notes, List<String> meanings, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Sheet data = wb.createSheet(spec.sheet());
            header(data, spec, styles);
            CreationHelper helper = wb.getCreationHelper();
            Drawing<?> drawing = data.createDrawingPatriarch();
            Row head = data.getRow(0);
            for (int c = 0; c < spec.columns().size(); c++) {
                ImportColumn col = spec.columns().get(c);
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 4);
                anchor.setRow1(1);
                anchor.setRow2(6);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(
                        helper.createRichTextString(describe(col) + (meanings == null ? "" : "\n" + meanings.get(c))));
                comment.setAuthor("InnoPark");
                head.getCell(c).setCellComment(comment);
                data.setDefaultColumnStyle(
                        c,
                        col.kind() == ColumnKind.DATE ? styles.date : isText(col.kind()) ? styles.text : styles.plain);
            }
            data.createFreezePane(0, 1);
            instructions(wb.createSheet("填写说明"), spec, notes, meanings, styles);
            Sheet example = wb.createSheet("示例");
            header(example, spec, styles);
            Row row = example.createRow(1);
            for (int c = 0; c < spec.columns().size(); c++) {
                ImportColumn col = spec.columns().get(c);
                if (col.example().isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (col.kind()) {
                    case YEAR, COUNT, MONEY, SIGNED_MONEY, AREA, ENERGY ->
                        cell.setCellValue(Double.parseDouble(col.example()));
                    case DATE -> {
                        cell.setCellValue(java.time.LocalDate.parse(col.example()));
                        cell.setCellStyle(styles.date);
                    }
                    default -> {
                        cell.setCellStyle(styles.text);
                        styles.safe.set(cell, col.example());
                    }
                }
            }
            wb.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isText(ColumnKind kind) {
        return switch (kind) {
            case TEXT, PARK_CODE, CREDIT_CODE, REGION_CODE, INDUSTRY_CODE, CODE_LIST, PERIOD -> true;
            default -> false;
        };
    }

    private static String describe(ImportColumn col) {
        StringBuilder sb = new StringBuilder();
        sb.append(col.required() ? "必填 required" : "选填 optional").append('\n');
        sb.append(col.kind().zh()).append(" / ").append(col.kind().en());
        if (col.codes() != null) {
            sb.append("\n可选值:").append(col.validValuesZh());
        }
        sb.append("\nEnglish: ").append(col.englishHeader());
        return sb.toString();
    }

    private static List<String> registryNotes(TableSpec spec) {
        return List.of(
                "《" + spec.sheet() + "》导入模板 / import template of " + spec.en(),
                "1. 在工作表'" + spec.sheet() + "'中填写,第1行为列名,数据从第2行开始;请勿修改列名。Fill in sheet '" + spec.sheet()
                        + "': row 1 holds the headers, data starts on row 2.",
                "2. 金额列的单位写在列名括号中(模板为万元),可改为元、千元、万元或亿元,导入时精确换算为元。Money columns declare"
                        + " their unit in the header (万元 in the template); 元, 千元, 万元 and 亿元 are accepted.",
                "3. 代码表列填写中文名称或代码;日期写作 yyyy-MM-dd 或 yyyy/M/d。Code lists take the Chinese name or the"
                        + " code; dates are yyyy-MM-dd or yyyy/M/d.",
                "4. 一个工作簿可包含多张表,每个工作表以表名命名(如 企业、企业年报);整个文件全部通过校验才会导入,否则不写入任何数据。"
                        + " A workbook may hold several tables, one sheet each, named after the table; a file is imported"
                        + " only when every row is valid.",
                "5. 按自然键重复导入同一数据不会产生重复记录,未变化的行保持不变。Re-importing the same rows changes nothing.");
    }

    private static void instructions(
            Sheet sheet, TableSpec spec, List<String> notes, List<String> meanings, Styles styles) {
        int r = 0;
        for (String note : notes) {
            styles.safe.set(sheet.createRow(r++).createCell(0), note);
        }
        r++;
        String[] headers = {"列名", "English header", "类型 Type", "必填 Required", "有效值 Valid values", "示例 Example"};
        Row head = sheet.createRow(r++);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = head.createCell(i);
            cell.setCellStyle(styles.header);
            styles.safe.set(cell, headers[i]);
        }
        for (int c = 0; c < spec.columns().size(); c++) {
            ImportColumn col = spec.columns().get(c);
            Row row = sheet.createRow(r++);
            styles.safe.set(row.createCell(0), col.header());
            styles.safe.set(row.createCell(1), col.englishHeader());
            styles.safe.set(
                    row.createCell(2), col.kind().zh() + " / " + col.kind().en());
            styles.safe.set(row.createCell(3), col.required() ? "是 yes" : "否 no");
            styles.safe.set(
                    row.createCell(4),
                    meanings != null && !meanings.get(c).isEmpty()
                            ? meanings.get(c)
                            : col.codes() != null
                                    ? col.validValuesZh() + "(" + col.validValuesEn() + ")"
                                    : col.maxLength() > 0
                                            ? "最多" + col.maxLength() + "个字符 / at most " + col.maxLength()
                                                    + " characters"
                                            : "");
            styles.safe.set(row.createCell(5), col.example());
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        sheet.setColumnWidth(4, 60 * 256);
    }

    private static void header(Sheet sheet, TableSpec spec, Styles styles) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < spec.columns().size(); c++) {
            ImportColumn col = spec.columns().get(c);
            Cell cell = head.createCell(c);
            cell.setCellStyle(col.required() ? styles.requiredHeader : styles.header);
            styles.safe.set(cell, col.header());
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, col.header().length() * 2 + 4)) * 256);
        }
    }

    /** The few cell styles a workbook needs, created once. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle date;
        final CellStyle plain;

        /** Every text cell is written through it: none can become a formula. */
        final TextCells safe;

        Styles(Workbook wb) {
            safe = new TextCells(wb);
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font boldRed = wb.createFont();
            boldRed.setBold(true);
            boldRed.setColor(IndexedColors.DARK_RED.getIndex());
            requiredHeader = wb.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFont(boldRed);
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            plain = wb.createCellStyle();
        }
    }
}
