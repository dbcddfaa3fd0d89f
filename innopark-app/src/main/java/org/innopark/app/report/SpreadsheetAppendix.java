package org.innopark.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.spreadsheet.TextCells;
import org.innopark.engine.report.ComposedReport;

/**
 * The report's tables as a workbook, one sheet per table (numbers as numbers, in the table's units), and a sheet of
 * every stated figure with the query that produced it. Text cells are written formula-safe.
 */
final class SpreadsheetAppendix {

    private SpreadsheetAppendix() {}

    static byte[] render(ComposedReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TextCells text = new TextCells(wb);
            CellStyle bold = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> used = new ArrayList<>();
            for (ComposedReport.Chapter ch : r.chapters()) {
                for (ComposedReport.Section s : ch.sections()) {
                    for (ComposedReport.Block b : s.blocks()) {
                        if (b instanceof ComposedReport.Table t) {
                            Sheet sheet = wb.createSheet(sheetName("表" + t.number() + " " + t.title(), used));
                            Row title = sheet.createRow(0);
                            text.set(title.createCell(0), t.caption());
                            title.getCell(0).setCellStyle(bold);
                            Row head = sheet.createRow(1);
                            for (int i = 0; i < t.headers().size(); i++) {
                                text.set(head.createCell(i), t.headers().get(i));
                                head.getCell(i).setCellStyle(bold);
                            }
                            int n = 2;
                            for (List<ComposedReport.Cell> row : t.rows()) {
                                Row x = sheet.createRow(n++);
                                for (int i = 0; i < row.size(); i++) {
                                    Cell cell = x.createCell(i);
                                    if (row.get(i).number() != null) {
                                        cell.setCellValue(row.get(i).number().doubleValue());
                                    } else {
                                        text.set(cell, row.get(i).text());
                                    }
                                }
                            }
                            text.set(sheet.createRow(n + 1).createCell(0), t.source());
                            sheet.setColumnWidth(0, 30 * 256);
                        }
                    }
                }
            }
            Sheet sources = wb.createSheet(sheetName("数据来源", used));
            Row head = sources.createRow(0);
            String[] headers = {"序号", "指标", "指标代码", "年度", "数值", "来源查询"};
            for (int i = 0; i < headers.length; i++) {
                text.set(head.createCell(i), headers[i]);
                head.getCell(i).setCellStyle(bold);
            }
            int n = 1;
            for (ComposedReport.Trace t : r.traces()) {
                Row x = sources.createRow(n++);
                x.createCell(0).setCellValue(t.number());
                text.set(x.createCell(1), t.name());
                text.set(x.createCell(2), t.indicator());
                x.createCell(3).setCellValue(t.year());
                text.set(x.createCell(4), t.value());
                text.set(x.createCell(5), t.source());
            }
            sources.setColumnWidth(1, 24 * 256);
            sources.setColumnWidth(5, 80 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String wanted, List<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted.length() > 31 ? wanted.substring(0, 31) : wanted);
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            String suffix = "~" + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name);
        return name;
    }
}
