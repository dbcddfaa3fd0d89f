package org.innopark.app.registry.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Reads a CSV file of one table, streaming: UTF-8 (with or without BOM) or GB18030/GBK. The table is the one
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
        InputStream in = Files.newInputStream(file.path());
        try {
            if (file.bom()) {
                in.skipNBytes(3);
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
                .ofCsvRecord(new BufferedReader(new InputStreamReader(in, charset(file)), 1 << 16));
    }

    static void read(SourceFile file, String sheet, TableSpec given, ImportRun run) throws IOException {
        int row = 0;
        try (CsvReader<CsvRecord> csv = records(file)) {
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

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
