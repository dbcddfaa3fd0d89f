package org.innopark.engine.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.innopark.engine.report.ReportTemplate.ChartKind;
import org.innopark.engine.rules.RuleFileHeader;

/**
 * A report written from data, ready to render: numbered chapters (一、) and sections (（一）) of paragraphs, charts,
 * tables and notes, and the trace of every figure a sentence states (the appendix).
 */
public record ComposedReport(
        RuleFileHeader template,
        String title,
        String subtitle,
        String park,
        int year,
        LocalDate dataDate,
        List<Chapter> chapters,
        List<Trace> traces) {

    /** @param number the Chinese numeral (一) */
    public record Chapter(String number, String title, List<Section> sections) {

        /** The heading as a government document writes it: 一、title. */
        public String heading() {
            return number + "、" + title;
        }
    }

    /** @param number （一）, or null for a chapter's untitled section */
    public record Section(String number, String title, List<Block> blocks) {

        public String heading() {
            return title == null ? null : number + title;
        }
    }

    public sealed interface Block permits Paragraph, Chart, Table, Notes {}

    /** A paragraph; {@code traces} are the numbers of the figures it states. */
    public record Paragraph(String text, List<Integer> traces) implements Block {}

    /**
     * A chart: categories (years or a dataset's rows) and series of values in the stated unit (null: missing).
     *
     * @param number 图 n
     */
    public record Chart(
            int number,
            String title,
            ChartKind kind,
            List<String> categories,
            List<Series> series,
            String source,
            List<String> missing)
            implements Block {

        public String caption() {
            return "图" + number + " " + title;
        }
    }

    /** @param unit as written on the axis (亿元, %, 家) */
    public record Series(String name, String unit, List<BigDecimal> values, boolean secondary) {}

    /** @param number 表 n */
    public record Table(int number, String title, List<String> headers, List<List<Cell>> rows, String source)
            implements Block {

        public String caption() {
            return "表" + number + " " + title;
        }
    }

    /** A table cell: its text as shown, and its number (in the column's unit) for the spreadsheet, or null. */
    public record Cell(String text, BigDecimal number) {

        public static Cell text(String text) {
            return new Cell(text, null);
        }
    }

    /** Numbered notes (注：1. …). */
    public record Notes(List<String> items) implements Block {}

    /** A figure stated in the report and the query that produced it. */
    public record Trace(int number, String indicator, String name, int year, String value, String source) {}
}
