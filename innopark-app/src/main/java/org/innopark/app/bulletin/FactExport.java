package org.innopark.app.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innopark.app.shared.AtomicFile;
import org.innopark.app.spreadsheet.TextCells;
import org.innopark.engine.bulletin.FactRows;
import org.innopark.engine.bulletin.QuantFact;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes extracted facts as JSONL (one fact a line with exactly the keys doc, subject, metric, value, unit, period,
 * kind, qualifier, quote), CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese) or XLSX. A file is
 * written beside its target and moved into place: nothing is half-written.
 */
public final class FactExport {

    public enum Format {
        JSONL,
        CSV,
        XLSX
    }

    /** The keys of a fact, in order. */
    public static final List<String> KEYS = FactRows.KEYS;

    private static final List<String> HEADERS_ZH = List.of("文档", "主体", "指标", "数值", "单位", "时期", "类型", "限定", "原文");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private FactExport() {}

    /** A fact as the ordered map of its keys. */
    public static Map<String, Object> row(QuantFact f) {
        // The row's values are the engine's FactRows, which the Spark job shares.
        Object[] values = FactRows.values(f);
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(KEYS.get(i), values[i]);
        }
        return m;
    }

    /** Writes the facts to a file, atomically (a temporary file beside it, then moved into place). */
    public static void write(List<QuantFact> facts, Format format, Path out) {
        try {
            AtomicFile.write(out, os -> write(facts, format, os));
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot be written / 无法写入 (" + e.getMessage() + ")", e);
        }
    }

    public static void write(List<QuantFact> facts, Format format, OutputStream out) {
        switch (format) {
            case JSONL -> jsonl(facts, out);
            case CSV -> csv(facts, out);
            case XLSX -> xlsx(facts, out);
        }
    }

    static void jsonl(List<QuantFact> facts, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (QuantFact f : facts) {
                w.write(JSON.writeValueAsString(row(f)));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void csv(List<QuantFact> facts, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(
                    w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            printer.printRecord(KEYS);
            for (QuantFact f : facts) {
                printer.printRecord(row(f).values().stream()
                        .map(v -> v instanceof BigDecimal b ? b.toPlainString() : v == null ? "" : v.toString())
                        .map(FactExport::safeCsv)
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV cell that a spreadsheet program would take for a formula gets a leading apostrophe. */
    private static String safeCsv(String s) {
        return TextCells.couldBeFormula(s) ? "'" + s : s;
    }

    static void xlsx(List<QuantFact> facts, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            TextCells safe = new TextCells(book);
            List<String> headers = new java.util.ArrayList<>();
            for (int c = 0; c < KEYS.size(); c++) {
                headers.add(HEADERS_ZH.get(c) + " " + KEYS.get(c));
            }
            SXSSFSheet sheet =
                    headedSheet(book, safe, "facts 事实", headers, new int[] {18, 20, 20, 12, 8, 10, 8, 8, 60});
            int r = 1;
            for (QuantFact f : facts) {
                Row row = sheet.createRow(r++);
                int c = 0;
                for (Object v : row(f).values()) {
                    Cell cell = row.createCell(c++);
                    if (v instanceof BigDecimal b) {
                        cell.setCellValue(b.toPlainString());
                    } else {
                        safe.set(cell, v == null ? null : v.toString());
                    }
                }
            }
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet whose first row holds the headers in bold, frozen, with the columns' widths in characters. */
    static SXSSFSheet headedSheet(SXSSFWorkbook book, TextCells safe, String name, List<String> headers, int[] widths) {
        SXSSFSheet sheet = book.createSheet(name);
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle header = book.createCellStyle();
        header.setFont(bold);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellStyle(header);
            safe.set(cell, headers.get(c));
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    public static Format format(String text) {
        try {
            return Format.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + text + "': the format is jsonl, csv or xlsx / 格式应为 jsonl、csv 或 xlsx");
        }
    }
}
