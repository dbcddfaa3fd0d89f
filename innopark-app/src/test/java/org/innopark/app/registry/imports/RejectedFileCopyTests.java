package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marked copy of a rejected file: one comment per marked cell, and the error sheet when there is no copy. */
class RejectedFileCopyTests {

    @TempDir
    Path dir;

    static ImportReport rejected(List<ImportError> errors) {
        return new ImportReport(
                null, "f.xlsx", "0", ImportReport.Status.REJECTED, List.of(), 1, 0, 0, 0, errors.size(), errors);
    }

    static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        java.util.Collections.addAll(row, cells);
        return row;
    }

    XSSFWorkbook copy(Path file, ImportReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RejectedFileCopy.write(SourceFile.scan(file), report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void twoMarkedCellsSideBySideEachGetTheirOwnComment() throws IOException {
        // the empty name cell (required) stands right of a bad credit code, and its error comes first
        Path file = Workbooks.write(
                dir.resolve("side.xlsx"),
                Map.of("企业", List.of(row("统一社会信用代码", "企业名称", "所属园区代码"), row("BAD", null, "PA"))));
        ImportReport report = rejected(List.of(
                new ImportError("企业", 2, "企业名称", "", "企业名称不能为空(必填)", "Enterprise name is required"),
                new ImportError("企业", 2, "统一社会信用代码", "BAD", "信用代码无效", "bad credit code")));
        try (XSSFWorkbook wb = copy(file, report)) {
            Sheet sheet = wb.getSheet("企业");
            assertThat(sheet.getRow(1).getCell(0).getCellComment().getString().getString())
                    .isEqualTo("信用代码无效 / bad credit code");
            assertThat(sheet.getRow(1).getCell(1).getCellComment().getString().getString())
                    .isEqualTo("企业名称不能为空(必填) / Enterprise name is required");
            assertThat(wb.getSheet(RejectedFileCopy.ERROR_SHEET).getLastRowNum())
                    .isEqualTo(2);
        }
    }

    @Test
    void aWorkbookTheImporterCouldNotReadComesBackAsTheErrorSheet() throws IOException {
        byte[] noise = new byte[2048];
        new java.util.Random(3).nextBytes(noise);
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
        Path file = Files.write(dir.resolve("noise.xlsx"), noise);
        ImportReport report =
                rejected(List.of(new ImportError("noise.xlsx", 0, "", "", "无法读取文件", "cannot read the file")));
        try (XSSFWorkbook wb = copy(file, report)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet errors = wb.getSheet(RejectedFileCopy.ERROR_SHEET);
            assertThat(errors.getRow(1).getCell(5).getStringCellValue()).isEqualTo("cannot read the file");
        }
    }

    @Test
    void aCsvLongerThanASheetContinuesOnFurtherSheetsWithItsHeader() throws IOException {
        StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称\n");
        for (int i = 2; i <= 11; i++) {
            csv.append("C").append(i).append(",企业").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("long.csv"), csv);
        // sheets of 4 rows: 数据 holds file rows 1-4, 数据(2) the header and rows 5-7, 数据(3) the header and 8-10, …
        ImportReport report = rejected(List.of(
                new ImportError("long.csv", 3, "企业名称", "企业3", "名称错", "bad name"),
                new ImportError("long.csv", 9, "统一社会信用代码", "C9", "代码错", "bad code"),
                new ImportError("long.csv", 11, "企业名称", "企业11", "名称错", "bad name")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RejectedFileCopy.writeCopy(SourceFile.scan(file), report, out, 4);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheet("数据").getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheet("数据")
                            .getRow(2)
                            .getCell(1)
                            .getCellComment()
                            .getString()
                            .getString())
                    .isEqualTo("名称错 / bad name");
            Sheet third = wb.getSheet("数据(3)");
            assertThat(third.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(third.getRow(2).getCell(0).getStringCellValue()).isEqualTo("C9");
            assertThat(third.getRow(2).getCell(0).getCellComment().getString().getString())
                    .isEqualTo("代码错 / bad code");
            Sheet fourth = wb.getSheet("数据(4)");
            assertThat(fourth.getRow(1).getCell(1).getStringCellValue()).isEqualTo("企业11");
            assertThat(fourth.getRow(1).getCell(1).getCellComment()).isNotNull();
            int rows = 0;
            for (String name : List.of("数据", "数据(2)", "数据(3)", "数据(4)")) {
                rows += wb.getSheet(name).getLastRowNum() + 1;
            }
            assertThat(rows).as("11 file rows and 3 repeated headers").isEqualTo(14);
        }
    }

    @Test
    void theSheetHoldsExcelsRowLimit() {
        assertThat(RejectedFileCopy.SHEET_ROWS).isEqualTo(1_048_576);
    }
}
