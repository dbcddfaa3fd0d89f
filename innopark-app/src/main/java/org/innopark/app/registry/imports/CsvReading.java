package org.innopark.app.registry.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Reads a CSV file of one table, streaming: UTF-8 (with or without BOM), UTF-16 (with its BOM) or GB18030/GBK. The table is the one
 * given, else the one its headers name. The header is the first non-blank line; row numbers are the record numbers
 * as a spreadsheet shows them (header = 1; a quoted cell over several lines is one row). Any number of cells per row
 * is read (a short row's missing cells are blank); a malformed quoted cell is reported at its row.
 */
final class CsvReading {

    /** The Chinese national standard encoding; a superset of GBK and GB2312. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReading() {}

    static Charset charset(SourceFile file) {
        return file.utf8() ? StandardCharsets.UTF_8 : GB18030;
    }

    /**
     * The file's records, decoded in its charset after any byte-order mark: every line is a record (a blank line is a
     * record of one blank cell), with any number of cells. Closing the reader closes the file.
     */
    static CsvReader<CsvRecord> records(SourceFile file) throws IOException {
        return records(file, ImportLimits.DEFAULT);
    }

    /**
     * The file's records within the limits: the parser stops at a record of more cells, or a cell of more
     * characters, than allowed (see {@link #exceeded}).
     */
    static CsvReader<CsvRecord> records(SourceFile file, ImportLimits limits) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file.path()));
        Charset charset = charset(file);
        try {
            // UTF-16 (Excel's "Unicode text", Notepad's "Unicode") is told by its byte-order mark
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            if (b0 == 0xFF && b1 == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
            } else if (b0 == 0xFE && b1 == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
            } else {
                in.reset();
                if (file.bom()) {
                    in.skipNBytes(3);
                }
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return CsvReader.builder()
                .skipEmptyLines(false)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .detectBomHeader(false)
                // a field must fit the buffer: room for the longest cell allowed, and more, so that a cell just over
                // the limit is reported as too long rather than as a quote never closed
                .maxBufferSize((int) Math.min(Integer.MAX_VALUE - 16, Math.max(1 << 16, 4L * limits.cellChars())))
                .build(
                        CsvRecordHandler.builder()
                                .maxFields(limits.columns())
                                .maxFieldSize(limits.cellChars())
                                .maxRecordSize((int)
                                        Math.min(Integer.MAX_VALUE - 16, (long) limits.columns() * limits.cellChars()))
                                .build(),
                        new BufferedReader(new InputStreamReader(in, charset), 1 << 16));
    }

    static void read(SourceFile file, String sheet, TableSpec given, ImportRun run) throws IOException {
        int row = 0;
        try (CsvReader<CsvRecord> csv = records(file, run.limits)) {
            TableImport table = null;
            for (CsvRecord record : csv) {
                row++;
                String[] cells = record.getFields().toArray(String[]::new);
                if (table == null) {
                    if (isBlank(cells)) {
                        continue;
                    }
                    TableSpec spec = given != null ? given : TableRecognition.byHeaders(cells);
                    if (spec == null) {
                        run.errors.add(
                                sheet,
                                row,
                                "",
                                "",
                                "无法从列名识别表,请指定表名(" + TableSpecs.listZh() + ")",
                                "cannot tell the table from the headers; name it (" + TableSpecs.listEn() + ")");
                        return;
                    }
                    table = run.table(spec, sheet);
                    table.header(row, cells);
                } else {
                    table.row(row, cells);
                }
            }
            if (table != null) {
                table.finish();
            }
        } catch (CsvParseException e) {
            ImportLimits.Exceeded limit = exceeded(e, run.limits, row + 1);
            if (limit != null) {
                throw limit;
            }
            run.errors.add(
                    sheet,
                    row + 1,
                    "",
                    "",
                    "第" + (row + 1) + "行不是有效的CSV:引号内的单元格未正确结束(" + e.getMessage() + ")",
                    "row " + (row + 1) + " is not valid CSV: a quoted cell is not closed properly (" + e.getMessage()
                            + ")");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The limit a parse failure stands for, or null when it is a malformed file. The parser tells them apart only in
     * its messages: too many fields, a field or a record too long, or a field that did not fit its buffer (a cell
     * far too long, or a quote never closed: the parser cannot tell which).
     */
    static ImportLimits.Exceeded exceeded(CsvParseException e, ImportLimits limits, int row) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("maximum limit of") && m.contains("fields")) {
                return limits.tooManyColumns(row);
            }
            if (m.contains("max field size") || m.contains("max record size")) {
                return limits.cellTooLong(row);
            }
            if (m.contains("maximum buffer size")) {
                return limits.cellTooLongOrQuoteOpen(row);
            }
        }
        return null;
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
