package org.innopark.app.points;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.points.PointsRankingView.CohortRanking;
import org.innopark.app.points.PointsRankingView.Entry;
import org.innopark.app.points.PointsRankingView.GroupInfo;
import org.innopark.app.points.PointsRankingView.IndicatorInfo;
import org.innopark.app.spreadsheet.CsvCells;
import org.innopark.app.spreadsheet.TextCells;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rankings and bank lists as files: CSV (UTF-8 with BOM, so that Excel reads the Chinese), JSON and XLSX. Column
 * headers are Chinese with the English after a slash; money in the bank list is in 万元.
 */
public final class PointsExport {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(org.innopark.app.shared.FiniteNumbers.module())
            .build();

    private PointsExport() {}

    /** The columns of a ranking: fixed ones, then group points, then indicator points, in scheme order. */
    static List<String> rankingHeaders(PointsRankingView view) {
        List<String> headers = new ArrayList<>(List.of(
                "队列/Cohort",
                "排名/Rank",
                "统一社会信用代码/Credit code",
                "企业名称/Name",
                "园区/Park",
                "发展阶段/Stage",
                "创新积分/Total",
                "百分位(%)/Percentile (%)"));
        for (GroupInfo g : view.scheme().groups()) {
            headers.add(g.nameZh() + "/" + g.nameEn());
        }
        for (IndicatorInfo i : view.scheme().indicators()) {
            headers.add(i.nameZh() + "/" + i.nameEn());
        }
        return headers;
    }

    static List<Object> rankingRow(CohortRanking cohort, Entry e) {
        List<Object> row = new ArrayList<>(List.of(
                cohort.cohort(),
                e.rank(),
                e.creditCode(),
                e.name() == null ? "" : e.name(),
                e.parkCode() == null ? "" : e.parkCode(),
                e.stageZh(),
                round(e.total(), 4),
                round(e.percentile() * 100, 2)));
        e.groupPoints().values().forEach(p -> row.add(round(p, 4)));
        e.indicatorPoints().values().forEach(p -> row.add(round(p, 4)));
        return row;
    }

    public static void csv(PointsRankingView view, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord(CsvCells.guardAll(rankingHeaders(view)));
        for (CohortRanking c : view.cohorts()) {
            for (Entry e : c.entries()) {
                csv.printRecord(CsvCells.guardAll(rankingRow(c, e)));
            }
        }
        csv.flush();
    }

    public static void json(Object view, OutputStream out) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, view);
    }

    public static void xlsx(PointsRankingView view, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("创新积分排名");
            TextCells safe = new TextCells(wb);
            title(
                    safe,
                    wb,
                    sheet,
                    0,
                    String.format(
                            Locale.ROOT,
                            "%d年度企业创新积分排名 / Innovation points ranking %d — %s (%s)",
                            view.year(),
                            view.year(),
                            view.scheme().nameZh(),
                            view.scheme().id()));
            header(safe, wb, sheet, 1, rankingHeaders(view));
            int r = 2;
            for (CohortRanking c : view.cohorts()) {
                for (Entry e : c.entries()) {
                    Row row = sheet.createRow(r++);
                    List<Object> values = rankingRow(c, e);
                    for (int j = 0; j < values.size(); j++) {
                        set(safe, row.createCell(j), values.get(j));
                    }
                }
            }
            sheet.createFreezePane(4, 2);
            wb.write(out);
        }
    }

    /** The bank list workbook: a title, notes, Chinese and English header rows, one row per consenting enterprise. */
    public static void bankList(BankList list, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("银行名单");
            TextCells safe = new TextCells(wb);
            title(
                    safe,
                    wb,
                    sheet,
                    0,
                    String.format(
                            Locale.ROOT,
                            "%s %d年度 企业创新积分 银行名单 / Bank list %d",
                            list.parkName(),
                            list.year(),
                            list.year()));
            safe.set(
                    sheet.createRow(1).createCell(0),
                    String.format(
                            Locale.ROOT,
                            "仅含已授权共享创新积分的企业(%d家,园区共排名%d家);方案 %s;金额单位 万元;生成日期 %s / consenting enterprises"
                                    + " only (%d of %d ranked); scheme %s; money in 10k yuan; generated %s",
                            list.rows().size(),
                            list.ranked(),
                            list.scheme().id(),
                            list.generatedOn(),
                            list.rows().size(),
                            list.ranked(),
                            list.scheme().id(),
                            list.generatedOn()));
            header(safe, wb, sheet, 2, BANK_HEADERS_ZH);
            header(safe, wb, sheet, 3, BANK_HEADERS_EN);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            int r = 4;
            for (BankList.Row b : list.rows()) {
                Row row = sheet.createRow(r++);
                set(safe, row.createCell(0), b.rank());
                set(safe, row.createCell(1), b.creditCode());
                set(safe, row.createCell(2), b.name());
                set(safe, row.createCell(3), b.stageZh());
                set(safe, row.createCell(4), round(b.total(), 2));
                set(safe, row.createCell(5), round(b.percentile() * 100, 1));
                moneyCell(row.createCell(6), b.rdExpense(), money);
                set(safe, row.createCell(7), b.rdIntensity() == null ? null : round(b.rdIntensity() * 100, 2));
                moneyCell(row.createCell(8), b.operatingRevenue(), money);
                set(safe, row.createCell(9), b.revenueGrowth() == null ? null : round(b.revenueGrowth() * 100, 2));
                set(
                        safe,
                        row.createCell(10),
                        b.inventionApplications() == null
                                ? null
                                : b.inventionApplications().longValue());
                set(
                        safe,
                        row.createCell(11),
                        b.consentedOn() == null ? null : b.consentedOn().toString());
            }
            for (int j = 0; j < BANK_HEADERS_ZH.size(); j++) {
                sheet.setColumnWidth(j, j == 2 ? 36 * 256 : 18 * 256);
            }
            sheet.createFreezePane(3, 4);
            wb.write(out);
        }
    }

    static final List<String> BANK_HEADERS_ZH = List.of(
            "排名",
            "统一社会信用代码",
            "企业名称",
            "发展阶段",
            "创新积分(分)",
            "园区百分位(%)",
            "研发费用(万元)",
            "研发费用占营业收入比例(%)",
            "营业收入(万元)",
            "营业收入增长率(%)",
            "发明专利申请数(件)",
            "授权日期");

    static final List<String> BANK_HEADERS_EN = List.of(
            "Rank",
            "Credit code",
            "Name",
            "Stage",
            "Points",
            "Percentile in park (%)",
            "R&D expense (10k yuan)",
            "R&D intensity (%)",
            "Operating revenue (10k yuan)",
            "Revenue growth (%)",
            "Invention applications",
            "Consented on");

    private static void title(TextCells safe, Workbook wb, Sheet sheet, int r, String text) {
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 13);
        CellStyle style = wb.createCellStyle();
        style.setFont(bold);
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellStyle(style);
        safe.set(cell, text);
    }

    private static void header(TextCells safe, Workbook wb, Sheet sheet, int r, List<String> headers) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        Row row = sheet.createRow(r);
        for (int j = 0; j < headers.size(); j++) {
            Cell cell = row.createCell(j);
            cell.setCellStyle(style);
            safe.set(cell, headers.get(j));
        }
    }

    private static void moneyCell(Cell cell, java.math.BigDecimal yuan, CellStyle style) {
        if (yuan != null) {
            cell.setCellValue(yuan.movePointLeft(4).doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static void set(TextCells safe, Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            safe.set(cell, value.toString());
        }
    }

    private static double round(double v, int decimals) {
        return org.innopark.engine.io.PointsTable.round(v, decimals);
    }
}
