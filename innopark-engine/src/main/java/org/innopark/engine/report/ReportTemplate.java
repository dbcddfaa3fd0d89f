package org.innopark.engine.report;

import java.util.List;
import org.innopark.engine.rules.RuleFileHeader;

/**
 * A report template, read from a versioned file: a title, a span of years, and chapters of sections of blocks
 * (headline sentences per indicator, charts, tables, notes on definitions).
 *
 * @param title the cover title, with {@code {park}} and {@code {year}}
 * @param years how many years the tables and charts span, ending with the report's year
 * @param peers what the peers of a rank are called (园区)
 * @param settings what the data are read with (e.g. {@code indexFramework}, {@code pointsScheme}), by name
 */
public record ReportTemplate(
        RuleFileHeader header,
        String title,
        String subtitle,
        int years,
        String peers,
        java.util.Map<String, String> settings,
        List<Chapter> chapters) {

    public record Chapter(String title, List<Section> sections) {}

    /** A section; a chapter written without sections has one untitled section. */
    public record Section(String title, List<Block> blocks) {}

    public sealed interface Block permits Headline, Text, Paragraphs, Chart, Table, Notes {}

    /**
     * A sentence stating an indicator: {@code {value}}, {@code {change}}, {@code {rank}}, ... of it or of others.
     *
     * @param negative the sentence when the indicator's value is below zero (净利润 that is a loss is written
     *     "净亏损{abs}", not "净利润-1.2亿元"), or null to use {@code text} whatever the sign
     */
    public record Headline(String indicator, String text, String negative) implements Block {

        public Headline(String indicator, String text) {
            this(indicator, text, null);
        }
    }

    /** A paragraph with only {@code {park}}, {@code {year}} and dataset figures ({@code {rows:dataset}}). */
    public record Text(String text) implements Block {}

    /**
     * One paragraph per row of a dataset, its text column written as it stands (sentences the data's reader wrote
     * from the figures, e.g. a navigation's problems and recommendations); no rows give the dataset's reason as
     * 数据缺失.
     */
    public record Paragraphs(String dataset, String column) implements Block {}

    /**
     * A chart of indicators over the years, or of a dataset's columns by its category column.
     *
     * @param kind bar, line, bar_growth (bars with the growth rate as a line), pie, hbar (horizontal bars)
     */
    public record Chart(
            String title, ChartKind kind, List<String> indicators, String dataset, String category, List<String> values)
            implements Block {}

    /** A table: indicators × years with the change on the year before, or a dataset's columns. */
    public record Table(String title, List<String> indicators, String dataset, List<String> columns, int limit)
            implements Block {}

    /** Notes: free text, and the definitions (统计口径) of the indicators named. */
    public record Notes(List<String> texts, List<String> definitions) implements Block {}

    public enum ChartKind {
        BAR,
        LINE,
        BAR_GROWTH,
        PIE,
        HBAR
    }
}
