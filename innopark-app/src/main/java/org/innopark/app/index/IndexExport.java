package org.innopark.app.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innopark.app.spreadsheet.CsvCells;
import org.innopark.app.spreadsheet.TextCells;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes an {@link IndexReport} as CSV (long: one row per year, node and park), JSON, XLSX, or a console table. */
public final class IndexExport {

    /** Output formats. */
    public enum Format {
        TABLE,
        CSV,
        JSON,
        XLSX
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(org.innopark.app.shared.FiniteNumbers.module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private IndexExport() {}

    /** The format a file name implies, or null. */
    public static Format byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (Format f : List.of(Format.CSV, Format.JSON, Format.XLSX)) {
            if (lower.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    public static void json(IndexReport report, OutputStream out) {
        JSON.writeValue(out, report);
    }

    public static String json(IndexReport report) {
        return JSON.writeValueAsString(report);
    }

    /** Long CSV: year, level, node, name, indicator?, park, park name, value, score, rank (+ the band on the index). */
    public static void csv(IndexReport report, Writer out) throws IOException {
        Map<String, IndexReport.ParkRanking> parks = parks(report);
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT);
        p.printRecord(
                "year",
                "level",
                "node",
                "name",
                "indicator",
                "park",
                "park_name",
                "value",
                "score",
                "rank",
                "median_rank",
                "rank_5",
                "rank_95");
        List<IndexReport.Node> nodes = flatten(report.tree());
        for (int year : report.years()) {
            for (IndexReport.Node n : nodes) {
                for (IndexReport.ParkResult pr : n.results()) {
                    IndexReport.YearResult yr = pr.years().stream()
                            .filter(y -> y.year() == year)
                            .findFirst()
                            .orElseThrow();
                    IndexReport.ParkRanking band =
                            n.level() == 0 && year == report.year() ? parks.get(pr.park()) : null;
                    p.printRecord(CsvCells.guardAll(
                            year,
                            n.level(),
                            n.id(),
                            n.name(),
                            n.indicator(),
                            pr.park(),
                            parks.get(pr.park()).name(),
                            text(yr.value()),
                            text(yr.score()),
                            yr.rank(),
                            band == null ? "" : text(band.medianRank()),
                            band == null ? "" : text(band.rankLow()),
                            band == null ? "" : text(band.rankHigh())));
                }
            }
        }
        p.flush(); // not closed: the caller owns the writer
    }

    /** A ranking table for the console. */
    public static void table(IndexReport report, PrintStream out) {
        out.printf("%s  %d 年 / year %d%n", report.framework().name(), report.year(), report.year());
        boolean band = report.uncertainty() != null;
        out.printf(
                "%-5s %-16s %-28s %10s%s%n",
                "排名", "编号 code", "名称 name", "得分 score", band ? "   中位排名 median  5–95%" : "");
        for (IndexReport.ParkRanking p : report.ranking()) {
            out.printf(
                    "%-5s %-16s %-28s %10s%s%n",
                    p.rank() == 0 ? "-" : String.valueOf(p.rank()),
                    p.park(),
                    p.name(),
                    p.score() == null ? "-" : String.format(Locale.ROOT, "%.2f", p.score()),
                    !band || p.medianRank() == null
                            ? ""
                            : String.format("   %6d        %d–%d", p.medianRank(), p.rankLow(), p.rankHigh()));
        }
        if (!report.warnings().isEmpty()) {
            out.println();
            out.println("提示 / warnings:");
            report.warnings().forEach(w -> out.println("  - " + w));
        }
    }

    /**
     * XLSX: a ranking sheet, one sheet per level of the tree with every park's scores and ranks in the year, the
     * index over the years, the method settings and weights, coverage and warnings, and the uncertainty when run.
     */
    public static void xlsx(IndexReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            Sheets s = new Sheets(wb, bold, decimal);

            Sheet ranking = s.sheet(
                    "排名 Ranking", "排名 rank", "编号 code", "名称 name", "得分 score", "中位排名 median rank", "5% 排名", "95% 排名");
            for (IndexReport.ParkRanking p : report.ranking()) {
                s.row(
                        ranking,
                        p.rank() == 0 ? null : p.rank(),
                        p.park(),
                        p.name(),
                        p.score(),
                        p.medianRank(),
                        p.rankLow(),
                        p.rankHigh());
            }

            Map<Integer, List<IndexReport.Node>> byLevel = new LinkedHashMap<>();
            flatten(report.tree())
                    .forEach(n -> byLevel.computeIfAbsent(n.level(), k -> new ArrayList<>())
                            .add(n));
            Map<String, IndexReport.ParkRanking> parks = parks(report);
            for (Map.Entry<Integer, List<IndexReport.Node>> level : byLevel.entrySet()) {
                List<String> header = new ArrayList<>(List.of("编号 code", "名称 name"));
                for (IndexReport.Node n : level.getValue()) {
                    if (n.indicator()) {
                        header.add(n.id() + " 值 value"
                                + (n.unit() == null || n.unit().isEmpty() ? "" : " (" + n.unit() + ")"));
                    }
                    header.add(n.id() + " " + n.name() + " 得分 score");
                    header.add(n.id() + " 排名 rank");
                }
                Sheet sheet = s.sheet(levelName(level.getKey()), header.toArray(String[]::new));
                for (IndexReport.ParkRanking p : report.ranking()) {
                    List<Object> row = new ArrayList<>(List.of(p.park(), p.name()));
                    for (IndexReport.Node n : level.getValue()) {
                        IndexReport.ParkResult pr = n.results().stream()
                                .filter(r -> r.park().equals(p.park()))
                                .findFirst()
                                .orElseThrow();
                        if (n.indicator()) {
                            row.add(pr.value());
                        }
                        row.add(pr.score());
                        row.add(pr.rank() == 0 ? null : pr.rank());
                    }
                    s.row(sheet, row.toArray());
                }
            }

            List<String> yearHeader = new ArrayList<>(List.of("编号 code", "名称 name"));
            report.years().forEach(y -> {
                yearHeader.add(y + " 得分 score");
                yearHeader.add(y + " 排名 rank");
            });
            Sheet years = s.sheet("历年 Years", yearHeader.toArray(String[]::new));
            for (IndexReport.ParkResult pr : report.tree().results()) {
                List<Object> row =
                        new ArrayList<>(List.of(pr.park(), parks.get(pr.park()).name()));
                pr.years().forEach(y -> {
                    row.add(y.score());
                    row.add(y.rank() == 0 ? null : y.rank());
                });
                s.row(years, row.toArray());
            }

            Sheet method = s.sheet("方法与权重 Method", "项目 setting", "取值 value");
            IndexReport.Settings st = report.settings();
            s.row(
                    method,
                    "指标体系 framework",
                    report.framework().id() + " " + report.framework().name() + " ("
                            + report.framework().version() + ")");
            s.row(method, "来源 source", report.framework().source());
            s.row(method, "官方确认 confirmed", report.framework().confirmed() ? "是 yes" : "否 no");
            s.row(method, "年份 year", report.year());
            s.row(method, "分母 denomination", st.denomination());
            s.row(method, "缺失值插补 imputation", st.imputation() + " (" + st.imputationGroup() + ")");
            s.row(method, "覆盖率阈值 coverage threshold", st.coverageThreshold());
            s.row(method, "异常值处理 outliers", st.outliers());
            s.row(method, "标准化 normalisation", st.normalisation() + " (" + st.normalisationScope() + ")");
            s.row(method, "基期 base year", st.baseYear() == null ? "" : st.baseYear() + " (" + st.baseReference() + ")");
            s.row(
                    method,
                    "赋权 weighting",
                    st.weighting() + (st.weightYear() == null ? "" : " (" + st.weightYear() + ")"));
            s.row(method, "合成 aggregation", st.aggregation() + " (non-positive: " + st.nonPositive() + ")");
            report.framework().notes().forEach(n -> s.row(method, "说明 note", n));
            s.row(method);
            s.header(
                    method,
                    "编号 node",
                    "名称 name",
                    "层级 level",
                    "权重 weight",
                    "总权重 effective weight",
                    "权重已确认 confirmed",
                    "下级赋权 children's weighting",
                    "CR",
                    "单位 unit",
                    "方向 direction",
                    "公式 formula",
                    "备注 note");
            for (IndexReport.Node n : flatten(report.tree())) {
                IndexReport.Weighting w = n.weighting();
                s.row(
                        method,
                        n.id(),
                        n.name(),
                        n.level(),
                        n.weight(),
                        n.effectiveWeight(),
                        n.weightConfirmed() ? "是 yes" : "否 no",
                        w == null ? null : w.method(),
                        w == null ? null : w.consistencyRatio(),
                        n.unit(),
                        n.direction(),
                        n.formula(),
                        n.note());
            }

            Sheet coverage = s.sheet("覆盖率与提示 Coverage", "对象 subject", "编号 id", "年份 year", "覆盖率 coverage");
            report.coverage().parks().forEach((id, c) -> s.row(coverage, "park", id, report.year(), c));
            report.coverage().indicators().forEach((id, c) -> s.row(coverage, "indicator", id, report.year(), c));
            s.row(coverage);
            s.header(coverage, "低于阈值 flagged (< " + report.coverage().threshold() + ")");
            report.coverage().flags().forEach(f -> s.row(coverage, f.subject(), f.id(), f.year(), f.coverage()));
            s.row(coverage);
            s.header(coverage, "提示 warnings");
            report.warnings().forEach(w -> s.row(coverage, w));

            if (report.uncertainty() != null) {
                IndexReport.Uncertainty u = report.uncertainty();
                Sheet sheet = s.sheet("不确定性 Uncertainty", "项目 item", "取值 value");
                s.row(sheet, "模拟次数 replications", u.replications());
                s.row(sheet, "随机种子 seed", u.seed());
                u.varied().forEach(v -> s.row(sheet, "扰动 varied", v));
                s.row(sheet);
                s.header(sheet, "假设 assumption", "排名方差占比 share of rank variance (first order)");
                u.sensitivity().forEach((k, v) -> s.row(sheet, k, v));
            }
            wb.write(out);
            wb.dispose();
        }
    }

    static String levelName(int level) {
        String[] zh = {"指数", "一级指标", "二级指标", "三级指标", "四级指标", "五级指标"};
        return "L" + level + " " + (level < zh.length ? zh[level] : level + "级指标");
    }

    static List<IndexReport.Node> flatten(IndexReport.Node root) {
        List<IndexReport.Node> all = new ArrayList<>();
        walk(root, all::add);
        return all;
    }

    private static void walk(IndexReport.Node node, Consumer<IndexReport.Node> visitor) {
        visitor.accept(node);
        node.children().forEach(c -> walk(c, visitor));
    }

    private static Map<String, IndexReport.ParkRanking> parks(IndexReport report) {
        Map<String, IndexReport.ParkRanking> parks = new LinkedHashMap<>();
        report.ranking().forEach(p -> parks.put(p.park(), p));
        return parks;
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    /** Sheet writing helpers. */
    private static final class Sheets {
        private final SXSSFWorkbook wb;
        private final CellStyle bold;
        private final CellStyle decimal;
        private final TextCells safe;
        private final Map<Sheet, Integer> nextRow = new java.util.HashMap<>();

        Sheets(SXSSFWorkbook wb, CellStyle bold, CellStyle decimal) {
            this.wb = wb;
            this.safe = new TextCells(wb);
            this.bold = bold;
            this.decimal = decimal;
        }

        Sheet sheet(String name, String... header) {
            Sheet sheet = wb.createSheet(name);
            header(sheet, header);
            return sheet;
        }

        void header(Sheet sheet, String... cells) {
            Row row = sheet.createRow(nextRow.merge(sheet, 1, Integer::sum) - 1);
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellStyle(bold);
                safe.set(row.getCell(c), cells[c]);
            }
        }

        void row(Sheet sheet, Object... cells) {
            Row row = sheet.createRow(nextRow.merge(sheet, 1, Integer::sum) - 1);
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (v == null) {
                    continue;
                }
                if (v instanceof Integer || v instanceof Long) {
                    row.createCell(c).setCellValue(((Number) v).doubleValue());
                } else if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                    row.getCell(c).setCellStyle(decimal);
                } else {
                    safe.set(row.createCell(c), v.toString());
                }
            }
        }
    }
}
