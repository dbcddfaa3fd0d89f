package org.innopark.app.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innopark.app.spreadsheet.TextCells;
import org.innopark.engine.pipeline.Funnel;

/**
 * The monthly report of a 投促局 as XLSX: sheet 总体 (签约项目数, 签约金额, 超亿元项目数, the rates, 到资额, 到资率),
 * 漏斗 (per stage: reached in the period, at the stage now, average days), 按产业链 and 按负责人.
 */
public final class FunnelExport {

    private FunnelExport() {}

    public static void xlsx(String title, Funnel.Report report, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            TextCells text = new TextCells(wb);
            Sheet total = wb.createSheet("总体");
            text.set(total.createRow(0).createCell(0), title + " (" + report.from() + " 至 " + report.to() + ")");
            Funnel.Figures f = report.total();
            int r = 1;
            r = line(text, total, r, "签约项目数(个)", f.signed());
            r = line(text, total, r, "签约金额(亿元)", yi(f.signedYuan()));
            r = line(text, total, r, "超亿元项目数(个)", f.bigProjects());
            for (Funnel.RateValue v : f.rates()) {
                r = line(text, total, r, v.zh() + "(%)", v.value() == null ? null : pct(v.value()));
            }
            r = line(text, total, r, "到资额(亿元)", yi(f.fundsYuan()));
            line(text, total, r, "到资率(%)", f.fundsRate() == null ? null : pct(f.fundsRate()));

            Sheet funnel = wb.createSheet("漏斗");
            head(text, funnel.createRow(0), "阶段", "本期进入(个)", "当前(个)", "平均停留天数");
            int i = 1;
            for (Funnel.StageCount s : f.stages()) {
                Row row = funnel.createRow(i++);
                text.set(row.createCell(0), s.zh());
                row.createCell(1).setCellValue(s.reached());
                row.createCell(2).setCellValue(s.current());
                Double d = f.averageDays().get(s.code());
                if (d != null) {
                    row.createCell(3).setCellValue(Math.round(d * 10) / 10.0);
                }
            }
            groups(text, wb.createSheet("按产业链"), "产业链", report.byChain());
            groups(text, wb.createSheet("按负责人"), "负责人", report.byOwner());
            wb.write(out);
        }
    }

    private static void groups(TextCells text, Sheet sheet, String what, Map<String, Funnel.Figures> groups) {
        head(text, sheet.createRow(0), what, "项目数(个)", "签约项目数(个)", "签约金额(亿元)", "超亿元项目数(个)", "到资额(亿元)");
        int i = 1;
        for (Map.Entry<String, Funnel.Figures> e : groups.entrySet()) {
            Row row = sheet.createRow(i++);
            text.set(row.createCell(0), e.getKey().isEmpty() ? "(未填)" : e.getKey());
            row.createCell(1).setCellValue(e.getValue().projects());
            row.createCell(2).setCellValue(e.getValue().signed());
            row.createCell(3).setCellValue(yi(e.getValue().signedYuan()));
            row.createCell(4).setCellValue(e.getValue().bigProjects());
            row.createCell(5).setCellValue(yi(e.getValue().fundsYuan()));
        }
    }

    private static void head(TextCells text, Row row, String... names) {
        for (int c = 0; c < names.length; c++) {
            text.set(row.createCell(c), names[c]);
        }
    }

    private static int line(TextCells text, Sheet sheet, int r, String label, Number value) {
        Row row = sheet.createRow(r);
        text.set(row.createCell(0), label);
        if (value == null) {
            text.set(row.createCell(1), "—");
        } else {
            row.createCell(1).setCellValue(value.doubleValue());
        }
        return r + 1;
    }

    /** An amount in 亿元 as written in a report (exact, no exponent). */
    public static String yiText(BigDecimal yuan) {
        return Pipeline.yi(yuan == null ? BigDecimal.ZERO : yuan)
                .setScale(2, java.math.RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    static double yi(BigDecimal yuan) {
        return Pipeline.yi(yuan == null ? BigDecimal.ZERO : yuan).doubleValue();
    }

    private static double pct(double v) {
        return Math.round(v * 1000) / 10.0;
    }
}
