package org.innopark.app.registry.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.spreadsheet.TextCells;

/**
 * The copy of a rejected file handed back to its author: every cell with an error filled red and carrying the
 * message (Chinese, then English) as a comment, and a sheet 错误清单 listing the errors. A CSV file comes back as a
 * workbook holding its rows.
 */
final class RejectedFileCopy {

    static final String ERROR_SHEET = "错误清单";

    private RejectedFileCopy() {}

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RejectedFileCopy.class);

    /**
     * Writes the marked copy or, when the file cannot be copied (the importer could not read the workbook either),
     * a workbook holding only the error sheet: the download never fails for the file's sake.
     */
    static void write(SourceFile file, ImportReport report, OutputStream out) throws IOException {
        if (file.format() == SourceFile.Format.XLSX) {
            XSSFWorkbook wb;
            try (InputStream in = Files.newInputStream(file.path())) {
                wb = new XSSFWorkbook(in);
            } catch (IOException | RuntimeException e) {
                log.info(
                        "The rejected file {} cannot be copied ({}); sending the error sheet only",
                        file.path().getFileName(),
                        e.getClass().getSimpleName());
                errorsOnly(report, out);
                return;
            }
            try (wb) {
                Marker marker = new Marker(wb);
                Map<String, List<ImportError>> bySheet = bySheet(report);
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    Sheet sheet = wb.getSheetAt(i);
                    List<ImportError> errors = bySheet.get(sheet.getSheetName());
                    if (errors != null) {
                        marker.mark(sheet, headerIndex(sheet), errors);
                    }
                }
                errorSheet(wb, report);
                wb.write(out);
            }
            return;
        }
        writeCopy(file, report, out);
    }

    /** The error sheet alone, in a workbook of its own. */
    static void errorsOnly(ImportReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            errorSheet(wb, report);
            wb.write(out);
        }
    }

    /** The rows a sheet holds (Excel's limit, 1,048,576). */
    static final int SHEET_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();

    /**
     * A CSV file comes back as a workbook holding its rows, the bad cells marked. A file longer than a sheet continues
     * on sheets 数据(2), 数据(3), …, each beginning with the file's header row again.
     */
    private static void writeCopy(SourceFile file, ImportReport report, OutputStream out) throws IOException {
        writeCopy(file, report, out, SHEET_ROWS);
    }

    static void writeCopy(SourceFile file, ImportReport report, OutputStream out, int sheetRows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("数据");
            TextCells safe = new TextCells(wb);
            Marker marker = new Marker(wb);
            Map<Integer, List<ImportError>> byRow = new HashMap<>();
            for (ImportError e : report.errors()) {
                byRow.computeIfAbsent(e.row(), r -> new ArrayList<>()).add(e);
            }
            Map<String, Integer> header = null;
            String[] headerValues = null;
            int rowNumber = 0;
            // the file's row number minus one, less this: the row's index on the current sheet
            int shift = 0;
            int sheets = 1;
            try (CsvReader<CsvRecord> records = CsvReading.records(file)) {
                for (CsvRecord record : records) {
                    rowNumber++;
                    if (rowNumber - 1 - shift >= sheetRows) {
                        sheets++;
                        sheet = wb.createSheet("数据(" + sheets + ")");
                        int at = 0;
                        if (headerValues != null) {
                            write(safe, sheet.createRow(at++), headerValues);
                        }
                        shift = rowNumber - 1 - at;
                    }
                    String[] values = record.getFields().toArray(String[]::new);
                    write(safe, sheet.createRow(rowNumber - 1 - shift), values);
                    if (header == null
                            && values.length > 0
                            && !String.join("", values).isBlank()) {
                        header = new HashMap<>();
                        headerValues = values;
                        for (int c = 0; c < values.length; c++) {
                            header.putIfAbsent(values[c].strip(), c);
                        }
                    }
                    List<ImportError> errors = byRow.get(rowNumber);
                    if (errors != null && header != null) {
                        marker.mark(sheet, header, errors, shift);
                    }
                }
            } catch (CsvParseException e) {
                // the copy ends at the malformed row; the error sheet names it
            }
            errorSheet(wb, report);
            wb.write(out);
        }
    }

    private static void write(TextCells safe, Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            safe.set(row.createCell(c), values[c]);
        }
    }

    private static Map<String, List<ImportError>> bySheet(ImportReport report) {
        Map<String, List<ImportError>> map = new LinkedHashMap<>();
        for (ImportError e : report.errors()) {
            if (e.sheet() != null) {
                map.computeIfAbsent(e.sheet(), s -> new ArrayList<>()).add(e);
            }
        }
        return map;
    }

    /** Header text → column index, from the sheet's first row. */
    private static Map<String, Integer> headerIndex(Sheet sheet) {
        Map<String, Integer> map = new HashMap<>();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header != null) {
            for (Cell cell : header) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    map.putIfAbsent(cell.getStringCellValue().strip(), cell.getColumnIndex());
                }
            }
        }
        return map;
    }

    /** Fills cells red and attaches the messages as comments. */
    private static final class Marker {

        private final Workbook wb;
        private final CreationHelper helper;
        private final Map<Short, CellStyle> red = new HashMap<>();
        private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

        Marker(Workbook wb) {
            this.wb = wb;
            this.helper = wb.getCreationHelper();
        }

        void mark(Sheet sheet, Map<String, Integer> header, List<ImportError> errors) {
            mark(sheet, header, errors, 0);
        }

        /** Marks the errors' cells; a row's index on the sheet is its number in the file, less one, less shift. */
        void mark(Sheet sheet, Map<String, Integer> header, List<ImportError> errors, int shift) {
            Map<Cell, StringBuilder> messages = new LinkedHashMap<>();
            for (ImportError e : errors) {
                int rowIndex = Math.max(0, e.row() - 1 - shift);
                Integer col = e.column() == null ? null : header.get(e.column());
                Row row = sheet.getRow(rowIndex);
                if (row == null) {
                    row = sheet.createRow(rowIndex);
                }
                int c = col == null ? 0 : col;
                Cell cell = row.getCell(c);
                if (cell == null) {
                    cell = row.createCell(c);
                }
                StringBuilder sb = messages.computeIfAbsent(cell, k -> new StringBuilder());
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                if (col == null && e.column() != null && !e.column().isEmpty()) {
                    sb.append('[').append(e.column()).append("] ");
                }
                sb.append(e.messageZh()).append(" / ").append(e.messageEn());
            }
            Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
            messages.forEach((cell, text) -> {
                CellStyle original = cell.getCellStyle();
                cell.setCellStyle(red.computeIfAbsent(original.getIndex(), i -> {
                    CellStyle s = wb.createCellStyle();
                    s.cloneStyleFrom(original);
                    s.setFillForegroundColor(IndexedColors.RED.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return s;
                }));
                if (cell.getCellComment() != null) {
                    cell.removeCellComment();
                }
                // The comment belongs to the anchor's first cell: it must be the marked cell itself, or two marked
                // cells side by side would put two comments in one cell
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(cell.getColumnIndex());
                anchor.setCol2(cell.getColumnIndex() + 4);
                anchor.setRow1(cell.getRowIndex());
                anchor.setRow2(cell.getRowIndex() + 4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(text.toString()));
                comment.setAuthor("InnoPark");
                cell.setCellComment(comment);
            });
        }
    }

    private static void errorSheet(Workbook wb, ImportReport report) {
        String name = ERROR_SHEET;
        if (wb.getSheet(name) != null) {
            wb.removeSheetAt(wb.getSheetIndex(name));
        }
        Sheet sheet = wb.createSheet(name);
        TextCells safe = new TextCells(wb);
        String[] headers = {"工作表 Sheet", "行 Row", "列 Column", "值 Value", "错误说明", "Error"};
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            safe.set(head.createCell(i), headers[i]);
        }
        int r = 1;
        for (ImportError e : report.errors()) {
            Row row = sheet.createRow(r++);
            safe.set(row.createCell(0), e.sheet() == null ? "" : e.sheet());
            row.createCell(1).setCellValue(e.row());
            safe.set(row.createCell(2), e.column() == null ? "" : e.column());
            safe.set(row.createCell(3), e.value() == null ? "" : e.value());
            safe.set(row.createCell(4), e.messageZh());
            safe.set(row.createCell(5), e.messageEn());
        }
        if (report.errorsTruncated()) {
            safe.set(
                    sheet.createRow(r).createCell(4),
                    "共" + report.errorCount() + "个错误,仅列出前"
                            + report.errors().size() + "个 / " + report.errorCount() + " errors in all, the first "
                            + report.errors().size() + " listed");
        }
    }
}
