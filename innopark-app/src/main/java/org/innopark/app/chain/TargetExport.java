package org.innopark.app.chain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innopark.app.spreadsheet.TextCells;
import org.innopark.engine.chain.Contribution;
import org.innopark.engine.chain.Target;

/** A target list as the 投促局 gets it: XLSX (sheet 招商靶向) or CSV, one row per target with every contribution. */
public final class TargetExport {

    private static final String[] HEAD = {"排名", "企业名称", "统一社会信用代码", "所属城市", "行业代码", "营业收入(万元)", "可补环节", "总分"};

    private TargetExport() {}

    public static void xlsx(String title, List<Target> targets, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            TextCells text = new TextCells(wb);
            Sheet sheet = wb.createSheet("招商靶向");
            text.set(sheet.createRow(0).createCell(0), title);
            Row head = sheet.createRow(1);
            int c = 0;
            for (String h : HEAD) {
                text.set(head.createCell(c++), h);
            }
            if (!targets.isEmpty()) {
                for (Contribution k : targets.get(0).contributions()) {
                    text.set(head.createCell(c++), k.labelZh() + "(分)");
                }
            }
            text.set(head.createCell(c), "推荐理由");
            int r = 2;
            for (Target t : targets) {
                Row row = sheet.createRow(r++);
                int i = 0;
                row.createCell(i++).setCellValue(t.rank());
                text.set(row.createCell(i++), t.name());
                text.set(row.createCell(i++), t.creditCode());
                text.set(row.createCell(i++), t.city());
                text.set(row.createCell(i++), t.industry());
                row.createCell(i++).setCellValue(Math.round(t.revenueYuan() / 100) / 100.0);
                text.set(row.createCell(i++), String.join("、", t.nodes()));
                row.createCell(i++).setCellValue(round(t.score()));
                for (Contribution k : t.contributions()) {
                    row.createCell(i++).setCellValue(round(k.points()));
                }
                text.set(row.createCell(i), t.explanationZh());
            }
            wb.write(out);
        }
    }

    public static void csv(List<Target> targets, OutputStream out) {
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("rank,name,credit_code,city,industry,revenue_wan,nodes,score,explanation");
        for (Target t : targets) {
            w.printf(
                    Locale.ROOT,
                    "%d,%s,%s,%s,%s,%.2f,%s,%.3f,%s%n",
                    t.rank(),
                    quote(t.name()),
                    t.creditCode(),
                    quote(t.city()),
                    t.industry(),
                    t.revenueYuan() / 1e4,
                    quote(String.join("、", t.nodes())),
                    t.score(),
                    quote(t.explanationZh()));
        }
        w.flush();
    }

    /**
     * Rows of {@link org.innopark.engine.io.TargetsTable} (the standalone {@code chain targets --pool}, the Spark job's
     * columns) as CSV in UTF-8 with its header; text that a spreadsheet could take for a formula is guarded.
     */
    public static void table(List<Object[]> rows, OutputStream out) throws IOException {
        java.io.Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        org.apache.commons.csv.CSVPrinter csv =
                new org.apache.commons.csv.CSVPrinter(writer, org.apache.commons.csv.CSVFormat.DEFAULT);
        csv.printRecord(org.innopark.engine.io.TargetsTable.columns().stream()
                .map(org.innopark.engine.io.TargetsTable.Column::name)
                .toList());
        for (Object[] r : rows) {
            csv.printRecord(org.innopark.app.spreadsheet.CsvCells.guardAll(r));
        }
        csv.flush();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String quote(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
