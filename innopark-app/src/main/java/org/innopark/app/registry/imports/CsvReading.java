package org.innopark.app.registry.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of one table, streaming: UTF-8 (with or without BOM) or GB18030/GBK. The table is the one
 * given, else the one its headers name. The header is the first non-blank line; row numbers are the record numbers
 * as a spreadsheet shows them (header = 1).
 */
final class CsvReading {

    /** The Chinese national standard encoding; a superset of GBK and GB2312. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReading() {}

    static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    static Charset charset(SourceFile file) {
        return file.utf8() ? StandardCharsets.UTF_8 : GB18030;
    }

    static void read(SourceFile file, String sheet, TableSpec given, ImportRun run) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            if (file.bom()) {
                in.skipNBytes(3);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset(file)), 1 << 16);
            try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
                TableImport table = null;
                for (CSVRecord record : parser) {
                    String[] cells = record.values();
                    int row = (int) record.getRecordNumber();
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
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
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
