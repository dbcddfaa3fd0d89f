package org.innopark.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files for the {@code --data} forms: a simple CSV (no quoted commas) as XLSX or in another encoding. */
final class AnalystFiles {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private AnalystFiles() {}

    /** The CSV as a workbook of one sheet: numbers as number cells, yyyy-MM-dd as date cells, the rest as text. */
    static Path xlsx(Path csv, Path out, String sheetName) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream o = Files.newOutputStream(out)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).replace("\uFEFF", "").split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (r > 0 && NUMBER.matcher(v).matches() && v.length() < 15) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else if (r > 0 && DATE.matcher(v).matches()) {
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            wb.write(o);
        }
        return out;
    }

    /** The UTF-8 CSV re-encoded. */
    static Path recode(Path csv, Path out, Charset charset) throws IOException {
        Files.writeString(out, Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", ""), charset);
        return out;
    }

    /**
     * Fills a downloaded template's data sheet (the first sheet) with rows given by header: each row's cells are
     * written under the template's header of that name, as text.
     */
    static Path fill(Path template, Path out, List<java.util.Map<String, String>> rows) throws IOException {
        try (InputStream in = Files.newInputStream(template);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet data = wb.getSheetAt(0);
            Row head = data.getRow(0);
            DataFormatter f = new DataFormatter();
            for (int r = 0; r < rows.size(); r++) {
                Row row = data.createRow(r + 1);
                for (Cell h : head) {
                    String v = rows.get(r).get(f.formatCellValue(h));
                    if (v != null) {
                        row.createCell(h.getColumnIndex()).setCellValue(v);
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    /** The example row of a downloaded template's 示例 sheet, by header. */
    static java.util.Map<String, String> example(Path template) throws IOException {
        try (InputStream in = Files.newInputStream(template);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet example = wb.getSheet("示例");
            DataFormatter f = new DataFormatter();
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            for (Cell h : example.getRow(0)) {
                Cell v = example.getRow(1).getCell(h.getColumnIndex());
                if (v != null) {
                    String text = v.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                    && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(v)
                            ? v.getLocalDateTimeCellValue().toLocalDate().toString()
                            : f.formatCellValue(v);
                    row.put(f.formatCellValue(h), text);
                }
            }
            return row;
        }
    }
}
