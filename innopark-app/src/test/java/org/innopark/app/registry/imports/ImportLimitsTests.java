package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.innopark.app.registry.MergeCounts;
import org.innopark.app.security.ParkScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's limits, checked while a file is streamed: each oversized file stops at the limit with an error naming
 * it, before the file's content is held in memory, and nothing is written. No database, no Spring; the test JVM has
 * its normal heap.
 */
class ImportLimitsTests {

    static final ImportLimits SMALL = new ImportLimits(1_000, 100, 32_767, 1_000, 100_000, 1024 * 1024);

    @TempDir
    Path dir;

    final List<List<Object[]>> written = new ArrayList<>();

    ImportRun run(ImportLimits limits) {
        return new ImportRun(
                ParkScope.ALL,
                new TableImportTests.Registry(),
                (table, rows) -> {
                    written.add(new ArrayList<>(rows));
                    return new MergeCounts(rows.size(), 0, 0);
                },
                null,
                100,
                1000,
                10,
                limits);
    }

    ImportLimits.Exceeded readXlsx(Path file, ImportLimits limits) {
        ImportRun run = run(limits);
        try {
            XlsxReading.read(SourceFile.scan(file), TableSpecs.ENTERPRISE, run);
        } catch (ImportLimits.Exceeded e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            run.close();
        }
        throw new AssertionError("no limit exceeded; errors: " + run.errors.sorted());
    }

    ImportLimits.Exceeded readCsv(Path file, ImportLimits limits) {
        ImportRun run = run(limits);
        try {
            CsvReading.read(SourceFile.scan(file), "f.csv", TableSpecs.ENTERPRISE, run);
        } catch (ImportLimits.Exceeded e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            run.close();
        }
        throw new AssertionError("no limit exceeded; errors: " + run.errors.sorted());
    }

    /** A workbook written by hand (Excel would refuse such sheets): one sheet of the given XML rows, inline strings. */
    Path workbook(String name, SheetWriter rows, String sharedStrings) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                            + "</Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"企业\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                            + "</Relationships>");
            if (sharedStrings != null) {
                entry(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            rows.write(w);
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        return file;
    }

    interface SheetWriter {
        void write(Writer w) throws IOException;
    }

    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String inline(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void aWorkbookRowOfAHundredThousandCellsStopsAtTheColumnLimit() throws IOException {
        Path file = workbook(
                "wide.xlsx",
                w -> {
                    w.write("<row r=\"1\">");
                    for (int i = 0; i < 100_000; i++) {
                        w.write(inline("列" + i));
                    }
                    w.write("</row>");
                },
                null);
        ImportLimits.Exceeded e = readXlsx(file, ImportLimits.DEFAULT);
        assertThat(e.row()).isEqualTo(1);
        assertThat(e.messageEn()).isEqualTo("row 1 has more than 1,000 cells (the limit is 1,000 columns per row)");
        assertThat(e.messageZh()).contains("1,000");
    }

    @Test
    void aWorkbookCellLongerThanExcelAllowsStopsAtTheCellLimit() throws IOException {
        Path file = workbook(
                "long-cell.xlsx",
                w -> {
                    w.write("<row r=\"1\">" + inline("统一社会信用代码") + inline("企业名称") + inline("所属园区代码") + "</row>");
                    w.write("<row r=\"2\">" + inline("x".repeat(40_000)) + "</row>");
                },
                null);
        ImportLimits.Exceeded e = readXlsx(file, ImportLimits.DEFAULT);
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.messageEn()).contains("longer than 32,767 characters");
        assertThat(written).isEmpty();
    }

    @Test
    void aWorkbookOfMoreSharedStringsThanTheLimitIsRefusedBeforeTheyAreLoaded() throws IOException {
        StringBuilder sst = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">");
        for (int i = 0; i <= SMALL.sharedStrings(); i++) {
            sst.append("<si><t>文本").append(i).append("</t></si>");
        }
        sst.append("</sst>");
        Path file =
                workbook("strings.xlsx", w -> w.write("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"), sst.toString());
        ImportLimits.Exceeded e = readXlsx(file, SMALL);
        assertThat(e.messageEn()).contains("more than 1,000 distinct texts");
    }

    @Test
    void aWorkbookLargerUnzippedThanTheLimitStopsWhileItIsRead() throws IOException {
        // 2 MB of XML, compressed to a few kilobytes: the reading stops at 1 MiB
        Path file = workbook(
                "bomb.xlsx",
                w -> {
                    w.write("<row r=\"1\">" + inline("统一社会信用代码") + inline("企业名称") + inline("所属园区代码") + "</row>");
                    for (int r = 2; r < 20_000; r++) {
                        w.write("<row r=\"" + r + "\"><c t=\"inlineStr\"><is><t>" + " ".repeat(90)
                                + "</t></is></c></row>");
                    }
                },
                null);
        assertThat(Files.size(file)).isLessThan(200_000);
        ImportLimits.Exceeded e =
                readXlsx(file, new ImportLimits(1_000, 1_000_000, 32_767, 1_000, 100_000, 1024 * 1024));
        assertThat(e.messageEn()).contains("larger than 1 MiB when decompressed");
    }

    @Test
    void aCsvOfMoreRowsThanTheLimitStopsAtTheRowAfterIt() throws IOException {
        StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,所属园区代码\n");
        for (int i = 1; i <= 101; i++) {
            csv.append(Codes.credit(i)).append(",企业").append(i).append(",PA\n");
        }
        ImportLimits.Exceeded e = readCsv(Files.writeString(dir.resolve("rows.csv"), csv), SMALL);
        assertThat(e.row()).isEqualTo(102);
        assertThat(e.messageEn()).startsWith("the file has more than 100 data rows");
    }

    @Test
    void aCsvRowOfAMillionCellsStopsAtTheColumnLimitNotAsAnUnclosedQuote() throws IOException {
        Path file = dir.resolve("wide.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("统一社会信用代码,企业名称,所属园区代码\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("1,");
            }
            w.write("1\n");
        }
        ImportLimits.Exceeded e = readCsv(file, ImportLimits.DEFAULT);
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.messageEn()).startsWith("row 2 has more than 1,000 cells");
    }

    @Test
    void aCsvCellOfManyMegabytesIsReportedAsTooLongNotAsAnUnclosedQuote() throws IOException {
        Path file = dir.resolve("long.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("统一社会信用代码,企业名称,所属园区代码\n" + Codes.credit(1) + ",");
            String block = "很".repeat(1 << 16);
            for (int i = 0; i < 300; i++) {
                w.write(block);
            }
            w.write(",PA\n");
        }
        ImportLimits.Exceeded e = readCsv(file, ImportLimits.DEFAULT);
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.messageEn()).contains("longer than 32,767 characters");
    }

    @Test
    void aCsvCellJustOverTheLimitIsTooLong() throws IOException {
        String csv = "统一社会信用代码,企业名称,所属园区代码\n" + Codes.credit(1) + "," + "x".repeat(32_768) + ",PA\n";
        ImportLimits.Exceeded e = readCsv(Files.writeString(dir.resolve("just.csv"), csv), ImportLimits.DEFAULT);
        assertThat(e.messageEn()).isEqualTo("a cell of row 2 is longer than 32,767 characters (the limit per cell)");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new ImportLimits(0, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportLimits(1, 1, 1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
