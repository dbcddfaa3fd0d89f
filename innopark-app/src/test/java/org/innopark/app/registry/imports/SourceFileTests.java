package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTests {

    private static final String TEXT = "统一社会信用代码,企业名称\n91220101000000001X,长春光机科技有限公司\n";

    @TempDir
    Path dir;

    @Test
    void detectsUtf8WithoutBom() throws Exception {
        SourceFile f = SourceFile.scan(write("a.csv", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(f.format()).isEqualTo(SourceFile.Format.CSV);
        assertThat(f.utf8()).isTrue();
        assertThat(f.bom()).isFalse();
        assertThat(CsvReading.charset(f)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void detectsUtf8WithBom() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceFile f = SourceFile.scan(write("b.csv", bytes));
        assertThat(f.utf8()).isTrue();
        assertThat(f.bom()).isTrue();
    }

    @Test
    void fallsBackToGb18030ForGbkFiles() throws Exception {
        SourceFile f = SourceFile.scan(write("c.csv", TEXT.getBytes(Charset.forName("GBK"))));
        assertThat(f.utf8()).isFalse();
        assertThat(CsvReading.charset(f)).isEqualTo(CsvReading.GB18030);
        assertThat(new String(TEXT.getBytes(Charset.forName("GBK")), CsvReading.charset(f)))
                .isEqualTo(TEXT);
    }

    @Test
    void asciiOnlyIsUtf8() {
        assertThat(SourceFile.Utf8Check.isUtf8("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
    }

    @Test
    void aCharacterSplitAcrossReadsIsStillUtf8() {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        SourceFile.Utf8Check check = new SourceFile.Utf8Check();
        for (byte b : bytes) {
            check.feed(new byte[] {b}, 1);
        }
        assertThat(check.finish()).isTrue();
    }

    @Test
    void aTruncatedCharacterAtTheEndIsNotUtf8() {
        byte[] bytes = "企".getBytes(StandardCharsets.UTF_8);
        SourceFile.Utf8Check check = new SourceFile.Utf8Check();
        check.feed(bytes, 2);
        assertThat(check.finish()).isFalse();
    }

    @Test
    void recognisesWorkbooksByTheirFirstBytes() throws Exception {
        assertThat(SourceFile.scan(write("x.csv", new byte[] {'P', 'K', 3, 4, 0}))
                        .format())
                .isEqualTo(SourceFile.Format.XLSX);
        assertThat(SourceFile.scan(write("y.xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                        .format())
                .isEqualTo(SourceFile.Format.XLS);
    }

    @Test
    void hashesTheFileWithSha256() throws Exception {
        assertThat(SourceFile.scan(write("h.csv", "abc".getBytes(StandardCharsets.US_ASCII)))
                        .sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
