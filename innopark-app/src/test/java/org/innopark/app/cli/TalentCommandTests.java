package org.innopark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talent template} without a database: the Chinese-header template, and a clear refusal of an unknown kind. */
class TalentCommandTests {

    @TempDir
    Path dir;

    @Test
    void writesTheTemplatesWithTheirChineseHeadersAndRefusesAnUnknownKind() throws Exception {
        Path out = dir.resolve("人才信息.xlsx");
        assertThat(InnoParkCommand.commandLine().execute("talent", "template", "--kind", "profiles", out.toString()))
                .isZero();
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var header = wb.getSheet("人才信息").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).startsWith("姓名");
            assertThat(header.getCell(2).getStringCellValue()).startsWith("学历");
        }
        Path bad = dir.resolve("x.xlsx");
        assertThat(InnoParkCommand.commandLine().execute("talent", "template", "--kind", "people", bad.toString()))
                .isEqualTo(2);
        assertThat(bad).doesNotExist();
    }
}
