package org.innopark.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.innopark.engine.report.ComposedReport;
import org.innopark.engine.report.ReportTemplate.ChartKind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A report as a Word document in the style of a government document (GB/T 9704 as far as a generated file can
 * follow it): A4 with its margins, the title in 二号, headings 一、 and （一） as Word headings (outline levels, so the
 * table of contents and the navigation pane work), body text in 三号 with a two-character first-line indent and fixed
 * 28-point line spacing, page numbers as “— n —”, a header with the park's name and the data's date, the shipped font
 * named throughout; charts are native Word charts (editable, with their data in an embedded workbook).
 */
final class WordReport {

    private static final int TITLE_HALF_POINTS = 44;
    private static final int BODY_HALF_POINTS = 32;
    private static final int TABLE_HALF_POINTS = 21;
    private static final int CHART_WIDTH = Units.toEMU(430);
    private static final int CHART_HEIGHT = Units.toEMU(240);

    byte[] render(ComposedReport r) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            styles(doc);
            headerFooter(doc, r);
            cover(doc, r);
            toc(doc);
            for (ComposedReport.Chapter ch : r.chapters()) {
                heading(doc, "Heading1", ch.heading());
                for (ComposedReport.Section s : ch.sections()) {
                    if (s.heading() != null) {
                        heading(doc, "Heading2", s.heading());
                    }
                    for (ComposedReport.Block b : s.blocks()) {
                        block(doc, b);
                    }
                }
            }
            appendix(doc, r);
            doc.enforceUpdateFields();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(2098));
        m.setBottom(BigInteger.valueOf(1984));
        m.setLeft(BigInteger.valueOf(1587));
        m.setRight(BigInteger.valueOf(1474));
        m.setHeader(BigInteger.valueOf(851));
        m.setFooter(BigInteger.valueOf(992));
        sect.addNewTitlePg();
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.setEastAsia(ReportFonts.FAMILY);
        styles.setSpellingLanguage("zh-CN");
        style(styles, "Heading1", "heading 1", 0, BODY_HALF_POINTS);
        style(styles, "Heading2", "heading 2", 1, BODY_HALF_POINTS);
        style(styles, "Heading3", "heading 3", 2, BODY_HALF_POINTS);
    }

    private static void style(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewQFormat();
        ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral ppr = ct.addNewPPr();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        ppr.addNewKeepNext();
        CTRPr rpr = ct.addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        XWPFStyle style = new XWPFStyle(ct, styles);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }

    private static void fonts(CTFonts f) {
        f.setAscii(ReportFonts.FAMILY);
        f.setHAnsi(ReportFonts.FAMILY);
        f.setEastAsia(ReportFonts.FAMILY);
        f.setCs(ReportFonts.FAMILY);
    }

    private static void headerFooter(XWPFDocument doc, ComposedReport r) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        hp.setAlignment(ParagraphAlignment.CENTER);
        text(hp, r.park() + "　" + r.year() + "年度　数据截至" + PdfReport.DATE.format(r.dataDate()), 18);
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        text(fp, "— ", 28);
        CTSimpleField page = fp.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        XWPFRun pr = new XWPFRun(page.addNewR(), fp);
        pr.setText("1");
        style(pr, 28);
        text(fp, " —", 28);
        doc.createFooter(HeaderFooterType.FIRST).createParagraph();
    }

    private static XWPFRun text(XWPFParagraph p, String text, int halfPoints) {
        XWPFRun run = p.createRun();
        run.setText(text);
        style(run, halfPoints);
        return run;
    }

    private static void style(XWPFRun run, int halfPoints) {
        run.setFontFamily(ReportFonts.FAMILY);
        CTRPr rpr =
                run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts(f);
        run.setFontSize(halfPoints / 2.0);
    }

    private static void cover(XWPFDocument doc, ComposedReport r) {
        for (int i = 0; i < 5; i++) {
            doc.createParagraph();
        }
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        text(title, r.title(), TITLE_HALF_POINTS).setColor("B0191E");
        if (!r.subtitle().isEmpty()) {
            XWPFParagraph sub = doc.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            text(sub, r.subtitle(), 28);
        }
        for (int i = 0; i < 8; i++) {
            doc.createParagraph();
        }
        for (String line : List.of(r.park(), "统计年度：" + r.year() + "年", "数据截至：" + PdfReport.DATE.format(r.dataDate()))) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            text(p, line, BODY_HALF_POINTS);
        }
        XWPFParagraph src = doc.createParagraph();
        src.setSpacingBefore(1200);
        text(
                src,
                "模板：" + r.template().nameZh() + "（" + r.template().id() + "，版本 "
                        + r.template().version() + "，可信度："
                        + r.template().confidence().zh() + "）；" + r.template().source(),
                18);
        src.setPageBreak(false);
        doc.createParagraph().setPageBreak(true);
    }

    private static void toc(XWPFDocument doc) {
        XWPFParagraph head = doc.createParagraph();
        head.setAlignment(ParagraphAlignment.CENTER);
        text(head, "目　录", BODY_HALF_POINTS);
        XWPFParagraph p = doc.createParagraph();
        CTSimpleField toc = p.getCTP().addNewFldSimple();
        toc.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        XWPFRun placeholder = new XWPFRun(toc.addNewR(), p);
        placeholder.setText("（打开文档时更新域即生成目录）");
        style(placeholder, 24);
        doc.createParagraph().setPageBreak(true);
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.setFirstLineIndent(640);
        lineSpacing(p);
        text(p, text, BODY_HALF_POINTS);
    }

    private static void lineSpacing(XWPFParagraph p) {
        p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        if (p.getCTP().getPPr().getSpacing() != null) {
            p.getCTP().getPPr().getSpacing().setLineRule(STLineSpacingRule.EXACT);
        }
    }

    private void block(XWPFDocument doc, ComposedReport.Block b) throws IOException, InvalidFormatException {
        if (b instanceof ComposedReport.Paragraph para) {
            XWPFParagraph p = doc.createParagraph();
            p.setFirstLineIndent(640);
            p.setAlignment(ParagraphAlignment.BOTH);
            lineSpacing(p);
            text(p, para.text(), BODY_HALF_POINTS);
        } else if (b instanceof ComposedReport.Chart c) {
            chart(doc, c);
        } else if (b instanceof ComposedReport.Table t) {
            table(
                    doc,
                    t.caption(),
                    t.headers(),
                    t.rows().stream()
                            .map(row ->
                                    row.stream().map(ComposedReport.Cell::text).toList())
                            .toList());
            caption(doc, t.source(), 18, ParagraphAlignment.LEFT);
        } else if (b instanceof ComposedReport.Notes n) {
            for (int i = 0; i < n.items().size(); i++) {
                XWPFParagraph p = doc.createParagraph();
                p.setFirstLineIndent(i == 0 ? 0 : 480);
                text(
                        p,
                        (i == 0 ? "注：" : "")
                                + (n.items().size() > 1 ? (i + 1) + ". " : "")
                                + n.items().get(i),
                        24);
            }
        }
    }

    private static void caption(XWPFDocument doc, String text, int halfPoints, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setKeepNext(align == ParagraphAlignment.CENTER);
        text(p, text, halfPoints);
    }

    private static void table(XWPFDocument doc, String caption, List<String> headers, List<List<String>> rows) {
        caption(doc, caption, 24, ParagraphAlignment.CENTER);
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        fill(table.getRow(0), headers, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        if (header) {
            row.setRepeatHeader(true);
        }
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            if (header) {
                cell.setColor("EEF1F6");
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(
                    header
                            ? ParagraphAlignment.CENTER
                            : numeric(cells.get(i)) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            text(p, cells.get(i), TABLE_HALF_POINTS);
        }
    }

    private static boolean numeric(String s) {
        return s.matches("[+-]?[0-9.]+%?(个百分点)?");
    }

    /** A native chart: the data in the chart's embedded workbook (column A the categories, one column per series). */
    private static void chart(XWPFDocument doc, ComposedReport.Chart c) throws IOException, InvalidFormatException {
        boolean empty = c.series().stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
        if (empty) {
            caption(
                    doc,
                    c.caption() + "：" + (c.missing().isEmpty() ? "数据缺失（无数据）" : String.join("；", c.missing())),
                    24,
                    ParagraphAlignment.LEFT);
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        XWPFChart chart = doc.createChart(p.createRun(), CHART_WIDTH, CHART_HEIGHT);
        chart.setTitleText(c.title());
        chart.setAutoTitleDeleted(false);
        int n = c.categories().size();
        String[] categories = c.categories().toArray(new String[0]);
        XDDFCategoryDataSource cats =
                XDDFDataSourcesFactory.fromArray(categories, chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        if (c.kind() == ChartKind.PIE) {
            XDDFChartData pie = chart.createData(ChartTypes.PIE, null, null);
            pie.setVaryColors(true);
            series(chart, pie, cats, c.series().get(0), 1, n);
            chart.plot(pie);
        } else {
            XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            left.setTitle(c.series().get(0).unit());
            boolean line = c.kind() == ChartKind.LINE;
            boolean nonNegative = c.series().stream()
                    .filter(s -> !s.secondary())
                    .flatMap(s -> s.values().stream())
                    .allMatch(v -> v == null || v.signum() >= 0);
            if (!line && nonNegative) {
                // Bars start at zero, as in the console and the PDF; a word processor's automatic scale cuts them.
                left.setMinimum(0);
            }
            XDDFChartData primary = chart.createData(line ? ChartTypes.LINE : ChartTypes.BAR, bottom, left);
            if (primary instanceof XDDFBarChartData bar) {
                bar.setBarDirection(c.kind() == ChartKind.HBAR ? BarDirection.BAR : BarDirection.COL);
                bar.setVaryColors(false);
            }
            XDDFChartData secondary = null;
            int col = 1;
            for (ComposedReport.Series s : c.series()) {
                if (s.secondary()) {
                    if (secondary == null) {
                        XDDFCategoryAxis hidden = chart.createCategoryAxis(AxisPosition.BOTTOM);
                        hidden.setVisible(false);
                        XDDFValueAxis right = chart.createValueAxis(AxisPosition.RIGHT);
                        right.setCrosses(AxisCrosses.MAX);
                        right.setTitle(s.unit());
                        hidden.crossAxis(right);
                        right.crossAxis(hidden);
                        secondary = chart.createData(ChartTypes.LINE, hidden, right);
                    }
                    series(chart, secondary, cats, s, col++, n);
                } else {
                    series(chart, primary, cats, s, col++, n);
                }
            }
            chart.plot(primary);
            if (secondary != null) {
                chart.plot(secondary);
            }
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        caption(doc, c.caption(), 24, ParagraphAlignment.CENTER);
        caption(doc, c.source(), 18, ParagraphAlignment.LEFT);
        if (!c.missing().isEmpty()) {
            caption(doc, "注：" + String.join("；", c.missing()), 18, ParagraphAlignment.LEFT);
        }
    }

    private static void series(
            XWPFChart chart, XDDFChartData data, XDDFCategoryDataSource cats, ComposedReport.Series s, int col, int n) {
        Double[] values = new Double[n];
        for (int i = 0; i < n; i++) {
            BigDecimal v = s.values().get(i);
            values[i] = v == null ? null : v.doubleValue();
        }
        XDDFNumericalDataSource<Double> nums =
                XDDFDataSourcesFactory.fromArray(values, chart.formatRange(new CellRangeAddress(1, n, col, col)), col);
        XDDFChartData.Series series = data.addSeries(cats, nums);
        String title = s.unit().isEmpty() ? s.name() : s.name() + "（" + s.unit() + "）";
        series.setTitle(title, chart.setSheetTitle(title, col));
        colour(series, col - 1);
    }

    /**
     * The series drawn in the console's colours (the chart options' palette, by series order as ECharts assigns them),
     * set explicitly: without a fill or a line of their own, bars and lines are left to the word processor's "automatic"
     * style, which LibreOffice draws as nothing (checked: bars invisible, lines reduced to their markers).
     */
    private static void colour(XDDFChartData.Series series, int index) {
        if (series instanceof XDDFPieChartData.Series) {
            return; // one colour per slice (varyColors)
        }
        String hex =
                ChartOptions.PALETTE.get(index % ChartOptions.PALETTE.size()).substring(1);
        XDDFSolidFillProperties fill =
                new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(hex)));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(2.0);
            line.setLineProperties(stroke);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setSmooth(false);
        } else {
            series.setFillProperties(fill);
        }
    }

    private static void appendix(XWPFDocument doc, ComposedReport r) {
        doc.createParagraph().setPageBreak(true);
        heading(doc, "Heading1", "附录　数据来源");
        table(
                doc,
                "正文所述数字及其来源查询",
                List.of("序号", "指标", "年度", "数值", "来源查询"),
                r.traces().stream()
                        .map(t -> List.of(
                                String.valueOf(t.number()), t.name(), String.valueOf(t.year()), t.value(), t.source()))
                        .toList());
    }
}
