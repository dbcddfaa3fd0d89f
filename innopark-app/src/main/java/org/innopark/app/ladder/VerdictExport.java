package org.innopark.app.ladder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innopark.app.spreadsheet.CsvCells;
import org.innopark.app.spreadsheet.TextCells;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes verdicts as CSV (UTF-8), XLSX (one sheet, frozen header, filters) or JSON. */
public final class VerdictExport {

    /** The formats of {@code assess --format}. */
    public enum Format {
        CSV,
        JSON,
        XLSX
    }

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(org.innopark.app.shared.FiniteNumbers.module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private VerdictExport() {}

    /** CSV, RFC 4180; {@code bom} prefixes a UTF-8 byte-order mark so that Excel reads the Chinese text. */
    public static void csv(VerdictTable table, OutputStream out, boolean bom) {
        try {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(
                    w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord(CsvCells.guardAll(table.headers()));
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream()
                        .map(VerdictExport::text)
                        .map(CsvCells::guard)
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XLSX, streamed (bounded memory for a large park). */
    public static void xlsx(VerdictTable table, String sheetName, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet(sheetName);
            TextCells safe = new TextCells(book);
            int[] widths = new int[table.headers().size()];
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("0.####"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellStyle(header);
                safe.set(cell, table.headers().get(c));
                widths[c] = Math.min(width(table.headers().get(c)), 24);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    widths[c] = Math.max(widths[c], width(text(v)));
                    if (v instanceof Double d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(number);
                    } else {
                        safe.set(cell, v.toString());
                    }
                }
            }
            sizeColumns(sheet, widths);
            sheet.createFreezePane(2, 1);
            if (!table.headers().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(
                        0, Math.max(0, r - 1), 0, table.headers().size() - 1));
            }
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON: an array of verdicts, indented. */
    public static void json(List<VerdictView> verdicts, OutputStream out) {
        JSON.writeValue(out, verdicts);
    }

    /** Column widths from the text (a CJK character is two wide), without font metrics (none on a server). */
    private static void sizeColumns(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(Math.max(widths[c] + 2, 10), 60) * 256);
        }
    }

    private static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) > 0x2E7F ? 2 : 1;
        }
        return w;
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
