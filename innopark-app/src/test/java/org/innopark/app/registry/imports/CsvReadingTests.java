package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.innopark.app.registry.MergeCounts;
import org.innopark.app.security.ParkScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encodings of a CSV file, told from its bytes: no database, no Spring. */
class CsvReadingTests {

    @TempDir
    Path dir;

    final List<Object[]> written = new ArrayList<>();

    ImportReport read(Path file) throws IOException {
        ImportRun run = new ImportRun(
                ParkScope.ALL,
                new TableImportTests.Registry(),
                (table, rows) -> {
                    written.addAll(rows);
                    return new MergeCounts(rows.size(), 0, 0);
                },
                null,
                100,
                1000,
                1000);
        try {
            CsvReading.read(SourceFile.scan(file), file.getFileName().toString(), null, run);
        } finally {
            run.close();
        }
        return run.report(file.getFileName().toString(), "0");
    }

    Path csv(String name, byte[] bom, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(("统一社会信用代码,企业名称,所属园区代码\n" + Codes.credit(1) + ",长春光电科技有限公司,PA\n").getBytes(charset));
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void readsUtf16LittleEndianWithItsByteOrderMark() throws IOException {
        ImportReport report = read(csv("le.csv", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));
        assertThat(report.errors()).isEmpty();
        assertThat(written).singleElement().satisfies(row -> assertThat(row[1]).isEqualTo("长春光电科技有限公司"));
    }

    @Test
    void readsUtf16BigEndianWithItsByteOrderMark() throws IOException {
        ImportReport report = read(csv("be.csv", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
        assertThat(report.errors()).isEmpty();
        assertThat(written).hasSize(1);
    }

    @Test
    void stillReadsUtf8WithItsByteOrderMarkAndGbk() throws IOException {
        assertThat(read(csv("utf8.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8))
                        .errors())
                .isEmpty();
        assertThat(read(csv("gbk.csv", new byte[0], Charset.forName("GBK"))).errors())
                .isEmpty();
        assertThat(written).hasSize(2);
    }
}
