package org.innopark.app.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innopark.app.shared.AtomicFile;
import org.innopark.app.spreadsheet.TextCells;
import org.innopark.engine.transfer.Match;
import org.innopark.engine.transfer.ObjectType;

/**
 * The match file of {@code transfer match}: one row per demand, object type and rank — 需求编号, 对象类型 (成果/专家/仪器),
 * 对象编号, 排名, 得分, 依据 — as CSV (UTF-8, RFC 4180) or XLSX. Written to a temporary file beside the target and moved
 * into place, so that a failure leaves no half-written file.
 */
public final class MatchFile {

    public static final List<String> HEADERS = List.of("需求编号", "对象类型", "对象编号", "排名", "得分", "依据");

    /** The output format. */
    public enum Format {
        CSV,
        XLSX
    }

    /** One row. */
    public record Line(String demandId, ObjectType type, Match match) {
        List<String> cells() {
            return List.of(
                    demandId,
                    type.zh(),
                    match.item().id(),
                    Integer.toString(match.rank()),
                    String.format(Locale.ROOT, "%.4f", match.score()),
                    match.reason());
        }
    }

    private MatchFile() {}

    /** Writes the lines to the file, atomically. */
    public static void write(List<Line> lines, Format format, Path file) {
        write(HEADERS, lines.stream().map(Line::cells).toList(), format, file);
    }

    public static void write(List<Line> lines, Format format, OutputStream out) throws IOException {
        write(HEADERS, lines.stream().map(Line::cells).toList(), format, out);
    }

    /** Writes a table to the file, atomically; the columns 排名 and 得分 are numbers in XLSX. */
    public static void write(List<String> headers, List<List<String>> rows, Format format, Path file) {
        try {
            AtomicFile.write(file, out -> write(headers, rows, format, out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " / 无法写入: " + e.getMessage(), e);
        }
    }

    public static void write(List<String> headers, List<List<String>> rows, Format format, OutputStream out)
            throws IOException {
        switch (format) {
            case CSV -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                printer.printRecord(headers);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
                printer.flush();
            }
            case XLSX -> {
                try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
                    SXSSFSheet sheet = book.createSheet("匹配结果");
                    TextCells safe = new TextCells(book);
                    Row head = sheet.createRow(0);
                    for (int c = 0; c < headers.size(); c++) {
                        head.createCell(c).setCellValue(headers.get(c));
                    }
                    int r = 1;
                    for (List<String> cells : rows) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < cells.size(); c++) {
                            Cell cell = row.createCell(c);
                            String h = headers.get(c);
                            if (h.equals("排名") || h.equals("得分")) {
                                cell.setCellValue(Double.parseDouble(cells.get(c)));
                            } else {
                                safe.set(cell, cells.get(c));
                            }
                        }
                    }
                    book.write(out);
                    book.dispose();
                }
            }
        }
    }
}
