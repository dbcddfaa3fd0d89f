package org.innopark.app.report;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.innopark.engine.report.ComposedReport;

/**
 * A report as an A4 PDF: a cover, a table of contents with page numbers, numbered chapters and sections, charts as
 * vector SVG (ECharts on the server, drawn by Batik), tables with captions and sources, notes, the appendix of data
 * sources; every page after the cover with a header (the park's name and the data's date) and its page number.
 * HTML and CSS paged media laid out by openhtmltopdf, with the shipped CJK font embedded.
 */
final class PdfReport {

    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 330;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ChartRenderer charts;

    PdfReport(ChartRenderer charts) {
        this.charts = charts;
    }

    byte[] render(ComposedReport report) {
        String html = html(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.useFont(new PDFontSupplier(ReportFonts.load(doc)), "wqy");
            b.useSVGDrawer(new BatikSVGDrawer(
                    BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    String html(ComposedReport r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String header = r.park() + "　" + r.year() + "年度　数据截至" + DATE.format(r.dataDate());
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(r.title()))
                .append("</title>");
        h.append("<style>").append(css(header)).append("</style>");
        h.append("<bookmarks>");
        int c = 0;
        for (ComposedReport.Chapter ch : r.chapters()) {
            h.append("<bookmark name=\"")
                    .append(esc(ch.heading()))
                    .append("\" href=\"#c")
                    .append(++c)
                    .append("\"/>");
        }
        h.append("<bookmark name=\"附录　数据来源\" href=\"#appendix\"/></bookmarks></head><body>");
        cover(r, h);
        toc(r, h);
        c = 0;
        for (ComposedReport.Chapter ch : r.chapters()) {
            h.append("<h1 id=\"c")
                    .append(++c)
                    .append("\">")
                    .append(esc(ch.heading()))
                    .append("</h1>");
            int s = 0;
            for (ComposedReport.Section sec : ch.sections()) {
                s++;
                if (sec.heading() != null) {
                    h.append("<h2 id=\"c")
                            .append(c)
                            .append('s')
                            .append(s)
                            .append("\">")
                            .append(esc(sec.heading()))
                            .append("</h2>");
                }
                for (ComposedReport.Block b : sec.blocks()) {
                    block(b, h);
                }
            }
        }
        appendix(r, h);
        h.append("</body></html>");
        return h.toString();
    }

    private static String css(String header) {
        return "@page { size: A4; margin: 28mm 22mm 24mm 22mm;"
                + " @top-center { content: '" + cssString(header) + "'; font-family: wqy; font-size: 9pt; color: #555;"
                + " border-bottom: 0.5pt solid #999; padding-bottom: 2mm; }"
                + " @bottom-center { content: '— ' counter(page) ' —'; font-family: wqy; font-size: 10pt; } }"
                + " @page :first { @top-center { content: none; border: none; } @bottom-center { content: none; } }"
                + " body { font-family: wqy; font-size: 11.5pt; line-height: 1.75; color: #111; }"
                + " .cover { page-break-after: always; text-align: center; padding-top: 55mm; }"
                + " .cover .title { font-size: 24pt; line-height: 1.5; color: #b0191e; margin-bottom: 10mm; }"
                + " .cover .subtitle { font-size: 13pt; color: #333; margin-bottom: 50mm; }"
                + " .cover .meta { font-size: 12pt; line-height: 2; }"
                + " .cover .source { font-size: 9pt; color: #666; margin-top: 30mm; text-align: left; }"
                + " .toc { page-break-after: always; }"
                + " .toc h1 { text-align: center; letter-spacing: 1em; }"
                + " .toc a { color: #111; text-decoration: none; display: block; }"
                + " .toc a::after { content: leader('.') target-counter(attr(href), page); }"
                + " .toc .l2 { padding-left: 2em; font-size: 10.5pt; }"
                + " h1 { font-size: 16pt; font-weight: normal; color: #111; margin: 8mm 0 3mm 0;"
                + " page-break-after: avoid; }"
                + " h2 { font-size: 13pt; font-weight: normal; margin: 5mm 0 2mm 0; page-break-after: avoid; }"
                + " p { text-indent: 2em; margin: 0 0 2mm 0; text-align: justify; }"
                + " .figure { text-align: center; margin: 3mm 0 4mm 0; page-break-inside: avoid; }"
                + " .caption { text-align: center; font-size: 10.5pt; margin: 1mm 0; }"
                + " .source { font-size: 8.5pt; color: #555; text-align: left; }"
                + " .missing { font-size: 9pt; color: #8a4b00; text-align: left; }"
                + " table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.4;"
                + " margin: 1mm 0; -fs-table-paginate: paginate; }"
                + " th, td { border: 0.5pt solid #777; padding: 1.2mm 1.5mm; }"
                + " th { background: #eef1f6; font-weight: normal; }"
                + " td.num { text-align: right; }"
                + " .tablebox { margin: 3mm 0 4mm 0; }"
                + " .notes { font-size: 9.5pt; color: #333; margin: 2mm 0 4mm 0; }"
                + " .notes p { text-indent: 0; margin: 0 0 1mm 0; }"
                + " .appendix { page-break-before: always; }";
    }

    private static void cover(ComposedReport r, StringBuilder h) {
        h.append("<div class=\"cover\"><div class=\"title\">")
                .append(esc(r.title()))
                .append("</div>");
        if (!r.subtitle().isEmpty()) {
            h.append("<div class=\"subtitle\">").append(esc(r.subtitle())).append("</div>");
        } else {
            h.append("<div class=\"subtitle\"> </div>");
        }
        h.append("<div class=\"meta\">")
                .append(esc(r.park()))
                .append("<br/>统计年度：")
                .append(r.year())
                .append("年<br/>数据截至：")
                .append(DATE.format(r.dataDate()))
                .append("</div>");
        h.append("<div class=\"source\">模板：")
                .append(esc(r.template().nameZh()))
                .append("（")
                .append(esc(r.template().id()))
                .append("，版本 ")
                .append(esc(r.template().version()))
                .append("，可信度：")
                .append(esc(r.template().confidence().zh()))
                .append("）<br/>")
                .append(esc(r.template().source()))
                .append("</div></div>");
    }

    private static void toc(ComposedReport r, StringBuilder h) {
        h.append("<div class=\"toc\"><h1>目录</h1>");
        int c = 0;
        for (ComposedReport.Chapter ch : r.chapters()) {
            h.append("<a href=\"#c")
                    .append(++c)
                    .append("\">")
                    .append(esc(ch.heading()))
                    .append("</a>");
            int s = 0;
            for (ComposedReport.Section sec : ch.sections()) {
                s++;
                if (sec.heading() != null) {
                    h.append("<a class=\"l2\" href=\"#c")
                            .append(c)
                            .append('s')
                            .append(s)
                            .append("\">")
                            .append(esc(sec.heading()))
                            .append("</a>");
                }
            }
        }
        h.append("<a href=\"#appendix\">附录　数据来源</a></div>");
    }

    private void block(ComposedReport.Block b, StringBuilder h) {
        if (b instanceof ComposedReport.Paragraph p) {
            h.append("<p>").append(esc(p.text())).append("</p>");
        } else if (b instanceof ComposedReport.Chart c) {
            h.append("<div class=\"figure\">");
            boolean empty =
                    c.series().stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
            if (empty) {
                h.append("<div class=\"missing\">")
                        .append(esc(c.caption()))
                        .append("：")
                        .append(esc(c.missing().isEmpty() ? "数据缺失（无数据）" : String.join("；", c.missing())))
                        .append("</div>");
            } else {
                h.append(charts.svg(c, CHART_WIDTH, CHART_HEIGHT));
            }
            h.append("<div class=\"caption\">").append(esc(c.caption())).append("</div>");
            h.append("<div class=\"source\">").append(esc(c.source())).append("</div>");
            if (!empty && !c.missing().isEmpty()) {
                h.append("<div class=\"missing\">注：")
                        .append(esc(String.join("；", c.missing())))
                        .append("</div>");
            }
            h.append("</div>");
        } else if (b instanceof ComposedReport.Table t) {
            h.append("<div class=\"tablebox\"><div class=\"caption\">")
                    .append(esc(t.caption()))
                    .append("</div>");
            h.append("<table><thead><tr>");
            for (String head : t.headers()) {
                h.append("<th>").append(esc(head)).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (var row : t.rows()) {
                h.append("<tr>");
                for (ComposedReport.Cell cell : row) {
                    h.append(cell.number() != null ? "<td class=\"num\">" : "<td>")
                            .append(esc(cell.text()))
                            .append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table><div class=\"source\">")
                    .append(esc(t.source()))
                    .append("</div></div>");
        } else if (b instanceof ComposedReport.Notes n) {
            h.append("<div class=\"notes\">");
            for (int i = 0; i < n.items().size(); i++) {
                h.append("<p>")
                        .append(i == 0 ? "注：" : "　　")
                        .append(n.items().size() > 1 ? (i + 1) + ". " : "")
                        .append(esc(n.items().get(i)))
                        .append("</p>");
            }
            h.append("</div>");
        }
    }

    private static void appendix(ComposedReport r, StringBuilder h) {
        h.append("<div class=\"appendix\"><h1 id=\"appendix\">附录　数据来源</h1>");
        h.append("<p>正文各句所述数字及其来源查询如下（序号与正文出现顺序一致）。</p>");
        h.append("<table><thead><tr><th>序号</th><th>指标</th><th>年度</th><th>数值</th><th>来源查询</th></tr></thead><tbody>");
        for (ComposedReport.Trace t : r.traces()) {
            h.append("<tr><td>")
                    .append(t.number())
                    .append("</td><td>")
                    .append(esc(t.name()))
                    .append("</td><td>")
                    .append(t.year())
                    .append("</td><td>")
                    .append(esc(t.value()))
                    .append("</td><td>")
                    .append(esc(t.source()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></div>");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'").replaceAll("[\\r\\n]", " ");
    }
}
