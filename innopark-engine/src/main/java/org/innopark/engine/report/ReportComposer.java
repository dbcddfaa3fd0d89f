package org.innopark.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innopark.engine.report.ChineseFigures.Scale;
import org.innopark.engine.report.ComposedReport.Cell;
import org.innopark.engine.report.ComposedReport.Paragraph;
import org.innopark.engine.report.ComposedReport.Series;
import org.innopark.engine.report.ComposedReport.Trace;
import org.innopark.engine.report.ReportTemplate.ChartKind;

/**
 * Writes a report from a template and a park's data: each headline sentence with its figures, change, rank and run
 * of years; each chart's and table's numbers in one unit per axis or row; a missing figure as 数据缺失 with its
 * reason; and the trace of every figure a sentence states.
 */
public final class ReportComposer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([A-Za-z0-9_.]+))?}");
    private static final String SOURCE_PREFIX = "资料来源：";

    private final Vocabulary vocabulary;

    public ReportComposer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Composes the report; the data are asked only for what the template names. */
    public ComposedReport compose(ReportTemplate template, ReportData data) {
        return new Run(template, data).compose();
    }

    private final class Run {
        final ReportTemplate template;
        final ReportData data;
        final int from;
        final Map<String, List<Figure>> figures = new LinkedHashMap<>();
        final Map<String, Dataset> datasets = new LinkedHashMap<>();
        final Map<String, Integer> traceIndex = new LinkedHashMap<>();
        final List<Trace> traces = new ArrayList<>();
        int charts;
        int tables;

        Run(ReportTemplate template, ReportData data) {
            this.template = template;
            this.data = data;
            this.from = data.year() - template.years() + 1;
        }

        ComposedReport compose() {
            List<ComposedReport.Chapter> chapters = new ArrayList<>();
            int c = 0;
            for (ReportTemplate.Chapter chapter : template.chapters()) {
                c++;
                List<ComposedReport.Section> sections = new ArrayList<>();
                int s = 0;
                for (ReportTemplate.Section section : chapter.sections()) {
                    String number = section.title() == null ? null : "（" + ChineseFigures.numeral(++s) + "）";
                    List<ComposedReport.Block> blocks = new ArrayList<>();
                    for (ReportTemplate.Block b : section.blocks()) {
                        add(b, blocks);
                    }
                    sections.add(new ComposedReport.Section(number, section.title(), blocks));
                }
                chapters.add(new ComposedReport.Chapter(ChineseFigures.numeral(c), chapter.title(), sections));
            }
            return new ComposedReport(
                    template.header(),
                    fill(template.title()),
                    fill(template.subtitle()),
                    data.parkName(),
                    data.year(),
                    data.dataDate(),
                    chapters,
                    List.copyOf(traces));
        }

        private String fill(String text) {
            return text.replace("{park}", data.parkName())
                    .replace("{year}", String.valueOf(data.year()))
                    .replace("{months}", data.months())
                    .replace("{subject}", data.subject());
        }

        List<Figure> figures(String indicator) {
            return figures.computeIfAbsent(indicator, k -> {
                List<Figure> list = data.figures(k, from, data.year());
                if (list.size() != data.year() - from + 1) {
                    throw new IllegalStateException(
                            k + ": " + list.size() + " figures for " + from + ".." + data.year());
                }
                return list;
            });
        }

        Figure current(String indicator) {
            List<Figure> f = figures(indicator);
            return f.get(f.size() - 1);
        }

        Figure previous(String indicator) {
            List<Figure> f = figures(indicator);
            return f.size() < 2 ? null : f.get(f.size() - 2);
        }

        Dataset dataset(String name) {
            return datasets.computeIfAbsent(name, data::dataset);
        }

        int trace(Figure f) {
            Indicator ind = vocabulary.indicator(f.indicator());
            String key = f.indicator() + "/" + f.year();
            return traceIndex.computeIfAbsent(key, k -> {
                String value = f.present()
                        ? ChineseFigures.value(f.value(), ind.unit())
                        : ChineseFigures.missing(f.missingReason());
                traces.add(new Trace(traces.size() + 1, f.indicator(), ind.nameZh(), f.year(), value, f.source()));
                return traces.size();
            });
        }

        void add(ReportTemplate.Block block, List<ComposedReport.Block> out) {
            if (block instanceof ReportTemplate.Headline h) {
                out.add(headline(h));
            } else if (block instanceof ReportTemplate.Text t) {
                out.add(new Paragraph(text(t.text()), List.of()));
            } else if (block instanceof ReportTemplate.Paragraphs p) {
                paragraphs(p, out);
            } else if (block instanceof ReportTemplate.Chart c) {
                out.add(chart(c));
            } else if (block instanceof ReportTemplate.Table t) {
                table(t, out);
            } else if (block instanceof ReportTemplate.Notes n) {
                out.add(notes(n));
            }
        }

        Paragraph headline(ReportTemplate.Headline h) {
            Indicator ind = vocabulary.indicator(h.indicator());
            Figure cur = current(h.indicator());
            List<Integer> refs = new ArrayList<>();
            refs.add(trace(cur));
            if (!cur.present()) {
                return new Paragraph(
                        data.year() + "年，" + ind.nameZh() + ChineseFigures.missing(cur.missingReason()) + "。", refs);
            }
            String text = h.negative() != null && cur.value().signum() < 0 ? h.negative() : h.text();
            StringBuilder out = new StringBuilder();
            Matcher m = PLACEHOLDER.matcher(text);
            int last = 0;
            while (m.find()) {
                out.append(text, last, m.start());
                String id = m.group(2) == null ? h.indicator() : m.group(2);
                String piece = headlinePiece(m.group(1), id, refs);
                if (piece.isEmpty()) {
                    dropTrailingComma(out);
                }
                out.append(piece);
                last = m.end();
            }
            out.append(text.substring(last));
            return new Paragraph(tidy(out.toString()), List.copyOf(refs));
        }

        String headlinePiece(String name, String id, List<Integer> refs) {
            Indicator ind = vocabulary.indicator(id);
            Figure cur = current(id);
            Figure prev = previous(id);
            return switch (name) {
                case "park" -> data.parkName();
                case "year" -> String.valueOf(data.year());
                case "months" -> data.months();
                case "subject" -> data.subject();
                case "name" -> ind.nameZh();
                case "value" -> {
                    addRef(refs, trace(cur));
                    yield cur.present()
                            ? ChineseFigures.value(cur.value(), ind.unit())
                            : ChineseFigures.missing(cur.missingReason());
                }
                case "abs" -> {
                    addRef(refs, trace(cur));
                    yield cur.present()
                            ? ChineseFigures.value(cur.value().abs(), ind.unit())
                            : ChineseFigures.missing(cur.missingReason());
                }
                case "prev" -> {
                    if (prev == null) {
                        yield "";
                    }
                    addRef(refs, trace(prev));
                    yield prev.present()
                            ? ChineseFigures.value(prev.value(), ind.unit())
                            : ChineseFigures.missing(prev.missingReason());
                }
                case "change" -> {
                    if (prev != null) {
                        addRef(refs, trace(prev));
                    }
                    yield ChineseFigures.change(cur, prev, ind.unit());
                }
                case "rank" -> ChineseFigures.rank(cur, template.peers());
                case "streak" -> ChineseFigures.streak(figures(id), ind.unit());
                case "milestone" -> ChineseFigures.milestone(figures(id), ind.unit());
                default -> throw new IllegalStateException("placeholder " + name);
            };
        }

        String text(String text) {
            StringBuilder out = new StringBuilder();
            Matcher m = PLACEHOLDER.matcher(text);
            int last = 0;
            while (m.find()) {
                out.append(text, last, m.start());
                out.append(
                        switch (m.group(1)) {
                            case "park" -> data.parkName();
                            case "year" -> String.valueOf(data.year());
                            case "months" -> data.months();
                            case "subject" -> data.subject();
                            case "rows" ->
                                String.valueOf(dataset(m.group(2)).rows().size());
                            default -> throw new IllegalStateException("placeholder " + m.group(1));
                        });
                last = m.end();
            }
            out.append(text.substring(last));
            return tidy(out.toString());
        }

        void paragraphs(ReportTemplate.Paragraphs p, List<ComposedReport.Block> out) {
            Dataset d = dataset(p.dataset());
            int col = d.column(p.column());
            for (List<Object> row : d.rows()) {
                if (row.get(col) != null) {
                    out.add(new Paragraph(tidy(String.valueOf(row.get(col))), List.of()));
                }
            }
            if (d.rows().isEmpty() && d.missingReason() != null) {
                out.add(new Paragraph(ChineseFigures.missing(d.missingReason()) + "。", List.of()));
            }
        }

        ComposedReport.Chart chart(ReportTemplate.Chart c) {
            int number = ++charts;
            if (c.dataset() != null) {
                return datasetChart(number, c);
            }
            List<String> categories = new ArrayList<>();
            for (int y = from; y <= data.year(); y++) {
                categories.add(y + "年");
            }
            List<Series> series = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            Scale money = moneyScale(c.indicators());
            Unit firstUnit = vocabulary.indicator(c.indicators().get(0)).unit();
            for (String id : c.indicators()) {
                Indicator ind = vocabulary.indicator(id);
                List<BigDecimal> values = new ArrayList<>();
                for (Figure f : figures(id)) {
                    if (f.present()) {
                        values.add(ChineseFigures.tableNumber(f.value(), ind.unit(), money));
                    } else {
                        values.add(null);
                        missing.add(f.year() + "年" + ind.nameZh() + ChineseFigures.missing(f.missingReason()));
                    }
                }
                addSource(sources, current(id).source());
                series.add(new Series(
                        ind.nameZh(), ChineseFigures.unitLabel(ind.unit(), money), values, ind.unit() != firstUnit));
            }
            if (c.kind() == ChartKind.BAR_GROWTH) {
                String id = c.indicators().get(0);
                List<Figure> fs = figures(id);
                List<BigDecimal> growth = new ArrayList<>();
                for (int i = 0; i < fs.size(); i++) {
                    growth.add(i == 0 ? null : growth(fs.get(i), fs.get(i - 1)));
                }
                series.add(new Series("同比增速", "%", growth, true));
            }
            return new ComposedReport.Chart(
                    number,
                    c.title(),
                    c.kind(),
                    categories,
                    series,
                    SOURCE_PREFIX + String.join("；", sources),
                    missing);
        }

        ComposedReport.Chart datasetChart(int number, ReportTemplate.Chart c) {
            Dataset d = dataset(c.dataset());
            int cat = d.column(c.category());
            List<String> categories = new ArrayList<>();
            for (List<Object> row : d.rows()) {
                categories.add(row.get(cat) == null ? "未分类" : String.valueOf(row.get(cat)));
            }
            List<Series> series = new ArrayList<>();
            Unit firstUnit = null;
            for (String col : c.values()) {
                int i = d.column(col);
                Dataset.Column column = d.columns().get(i);
                Scale scale = columnScale(d, i);
                List<BigDecimal> values = new ArrayList<>();
                for (List<Object> row : d.rows()) {
                    values.add(
                            row.get(i) instanceof BigDecimal v
                                    ? ChineseFigures.tableNumber(v, column.unit(), scale)
                                    : null);
                }
                if (firstUnit == null) {
                    firstUnit = column.unit();
                }
                series.add(new Series(
                        column.label(),
                        ChineseFigures.unitLabel(column.unit(), scale),
                        values,
                        column.unit() != firstUnit));
            }
            List<String> missing = d.rows().isEmpty() && d.missingReason() != null
                    ? List.of(ChineseFigures.missing(d.missingReason()))
                    : List.of();
            return new ComposedReport.Chart(
                    number, c.title(), c.kind(), categories, series, SOURCE_PREFIX + d.source(), missing);
        }

        void table(ReportTemplate.Table t, List<ComposedReport.Block> out) {
            int number = ++tables;
            if (t.dataset() != null) {
                datasetTable(number, t, out);
                return;
            }
            List<String> headers = new ArrayList<>(List.of("指标", "单位"));
            for (int y = from; y <= data.year(); y++) {
                headers.add(y + "年");
            }
            headers.add("比上年增减");
            List<List<Cell>> rows = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (String id : t.indicators()) {
                Indicator ind = vocabulary.indicator(id);
                List<Figure> fs = figures(id);
                Scale scale = moneyScale(List.of(id));
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(ind.nameZh()));
                row.add(Cell.text(ChineseFigures.unitLabel(ind.unit(), scale)));
                for (Figure f : fs) {
                    if (f.present()) {
                        BigDecimal n = ChineseFigures.tableNumber(f.value(), ind.unit(), scale);
                        row.add(new Cell(n.toPlainString(), n));
                    } else {
                        row.add(Cell.text("数据缺失"));
                        missing.add(f.year() + "年" + ind.nameZh() + ChineseFigures.missing(f.missingReason()));
                    }
                }
                row.add(Cell.text(ChineseFigures.tableChange(current(id), previous(id), ind.unit())));
                rows.add(row);
                addSource(sources, current(id).source());
            }
            out.add(new ComposedReport.Table(
                    number, t.title(), headers, rows, SOURCE_PREFIX + String.join("；", sources)));
            if (!missing.isEmpty()) {
                out.add(new ComposedReport.Notes(missing));
            }
        }

        void datasetTable(int number, ReportTemplate.Table t, List<ComposedReport.Block> out) {
            Dataset d = dataset(t.dataset());
            List<Integer> cols = new ArrayList<>();
            if (t.columns().isEmpty()) {
                for (int i = 0; i < d.columns().size(); i++) {
                    cols.add(i);
                }
            } else {
                t.columns().forEach(id -> cols.add(d.column(id)));
            }
            List<String> headers = new ArrayList<>();
            List<Scale> scales = new ArrayList<>();
            for (int i : cols) {
                Dataset.Column column = d.columns().get(i);
                Scale scale = columnScale(d, i);
                scales.add(scale);
                headers.add(
                        column.unit() == null || column.unit() == Unit.INDEX
                                ? column.label()
                                : column.label() + "（" + ChineseFigures.unitLabel(column.unit(), scale) + "）");
            }
            List<List<Cell>> rows = new ArrayList<>();
            List<List<Object>> source =
                    t.limit() > 0 && d.rows().size() > t.limit() ? d.rows().subList(0, t.limit()) : d.rows();
            for (List<Object> r : source) {
                List<Cell> row = new ArrayList<>();
                for (int k = 0; k < cols.size(); k++) {
                    Object v = r.get(cols.get(k));
                    Dataset.Column column = d.columns().get(cols.get(k));
                    if (v instanceof BigDecimal n) {
                        BigDecimal shown = ChineseFigures.tableNumber(n, column.unit(), scales.get(k));
                        row.add(new Cell(shown.toPlainString(), shown));
                    } else {
                        row.add(Cell.text(v == null ? (column.unit() == null ? "" : "数据缺失") : (String) v));
                    }
                }
                rows.add(row);
            }
            out.add(new ComposedReport.Table(number, t.title(), headers, rows, SOURCE_PREFIX + d.source()));
            if (d.rows().isEmpty() && d.missingReason() != null) {
                out.add(new ComposedReport.Notes(List.of(ChineseFigures.missing(d.missingReason()))));
            }
        }

        ComposedReport.Notes notes(ReportTemplate.Notes n) {
            List<String> items = new ArrayList<>(n.texts());
            for (String id : n.definitions()) {
                Indicator ind = vocabulary.indicator(id);
                items.add(ind.nameZh() + "：" + ind.definition());
            }
            return new ComposedReport.Notes(items);
        }

        Scale moneyScale(List<String> indicators) {
            BigDecimal largest = BigDecimal.ZERO;
            for (String id : indicators) {
                if (vocabulary.indicator(id).unit() == Unit.YUAN) {
                    for (Figure f : figures(id)) {
                        if (f.present() && f.value().abs().compareTo(largest) > 0) {
                            largest = f.value().abs();
                        }
                    }
                }
            }
            return Scale.forLargest(largest);
        }
    }

    private static Scale columnScale(Dataset d, int column) {
        BigDecimal largest = BigDecimal.ZERO;
        for (List<Object> row : d.rows()) {
            if (row.get(column) instanceof BigDecimal v && v.abs().compareTo(largest) > 0) {
                largest = v.abs();
            }
        }
        return Scale.forLargest(largest);
    }

    /** The growth rate in percent, one decimal; null when either figure is missing or the base is 0 or below. */
    static BigDecimal growth(Figure cur, Figure prev) {
        if (!cur.present() || !prev.present() || prev.value().signum() <= 0) {
            return null;
        }
        return cur.value()
                .subtract(prev.value())
                .multiply(BigDecimal.valueOf(100))
                .divide(prev.value(), 1, RoundingMode.HALF_UP);
    }

    private static void addRef(List<Integer> refs, int ref) {
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
    }

    /** Adds a figure's query to a chart's or table's sources once (the detail after '：' is in the appendix). */
    private static void addSource(List<String> sources, String figureSource) {
        int cut = figureSource.indexOf('：');
        String source = cut > 0 ? figureSource.substring(0, cut) : figureSource;
        if (!sources.contains(source)) {
            sources.add(source);
        }
    }

    private static void dropTrailingComma(StringBuilder out) {
        int n = out.length();
        if (n > 0 && (out.charAt(n - 1) == '，' || out.charAt(n - 1) == '、')) {
            out.setLength(n - 1);
        }
    }

    /** Removes doubled or dangling punctuation left by empty placeholders (，， → ，, ，。 → 。). */
    static String tidy(String s) {
        return s.replaceAll("[，、]+([。；])", "$1").replaceAll("，{2,}", "，").replaceAll("^，", "");
    }
}
