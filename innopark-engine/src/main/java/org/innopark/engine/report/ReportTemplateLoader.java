package org.innopark.engine.report;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innopark.engine.report.ReportTemplate.Block;
import org.innopark.engine.report.ReportTemplate.Chapter;
import org.innopark.engine.report.ReportTemplate.ChartKind;
import org.innopark.engine.report.ReportTemplate.Section;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * Reads report templates (YAML; the format is described in the templates folder's README). Every indicator,
 * dataset, column and placeholder a template names is checked against the {@link Vocabulary}; an error names the
 * file, line and what is valid.
 */
public final class ReportTemplateLoader {

    private static final Set<String> TEMPLATE_KEYS =
            RuleFileHeader.keysAnd("title", "subtitle", "years", "peers", "settings", "chapters");
    private static final Set<String> CHAPTER_KEYS = Set.of("title", "sections", "blocks");
    private static final Set<String> SECTION_KEYS = Set.of("title", "blocks");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::([A-Za-z0-9_.]+))?}");

    /** Placeholders of a headline; those after {@code :} name another indicator. */
    static final Set<String> HEADLINE_PLACEHOLDERS = Set.of(
            "park",
            "year",
            "months",
            "subject",
            "name",
            "value",
            "abs",
            "prev",
            "change",
            "rank",
            "streak",
            "milestone");

    /** Placeholders of a free paragraph: {@code {rows:dataset}} is the number of a dataset's rows. */
    static final Set<String> TEXT_PLACEHOLDERS = Set.of("park", "year", "months", "subject", "rows");

    private static final RuleFileHeader.Kind KIND =
            new RuleFileHeader.Kind(true, false, org.innopark.engine.rules.Confidence.UNCONFIRMED);

    private ReportTemplateLoader() {}

    public static ReportTemplate parse(String file, Reader reader, Vocabulary vocabulary) {
        RuleNode root = RuleNode.parse(file, reader).allowOnly(TEMPLATE_KEYS);
        RuleFileHeader header = RuleFileHeader.read(root, KIND);
        int years = root.get("years").map(RuleNode::integer).orElse(5);
        if (years < 1 || years > 20) {
            throw root.require("years").error("years runs from 1 to 20 / 年份跨度应为 1–20");
        }
        List<Chapter> chapters = new ArrayList<>();
        for (RuleNode c : root.require("chapters").items()) {
            c.allowOnly(CHAPTER_KEYS);
            List<Section> sections = new ArrayList<>();
            if (c.get("sections").isPresent()) {
                if (c.get("blocks").isPresent()) {
                    throw c.error("a chapter has either sections or blocks / 章下为节或内容块，二选一");
                }
                for (RuleNode s : c.require("sections").items()) {
                    s.allowOnly(SECTION_KEYS);
                    sections.add(new Section(s.require("title").text().strip(), blocks(s, vocabulary)));
                }
            } else {
                sections.add(new Section(null, blocks(c, vocabulary)));
            }
            chapters.add(new Chapter(c.require("title").text().strip(), sections));
        }
        if (chapters.isEmpty()) {
            throw root.require("chapters").error("a template needs at least one chapter / 模板至少需要一章");
        }
        return new ReportTemplate(
                header,
                root.require("title").text().strip(),
                root.text("subtitle", "").strip(),
                years,
                root.text("peers", "园区").strip(),
                settings(root),
                chapters);
    }

    private static java.util.Map<String, String> settings(RuleNode root) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        root.get("settings")
                .ifPresent(
                        n -> n.entries().forEach((k, v) -> out.put(k, v.text().strip())));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<Block> blocks(RuleNode parent, Vocabulary v) {
        List<Block> out = new ArrayList<>();
        for (RuleNode b : parent.require("blocks").items()) {
            out.add(block(b, v));
        }
        return out;
    }

    private static Block block(RuleNode b, Vocabulary v) {
        if (b.get("headline").isPresent()) {
            b.allowOnly(Set.of("headline", "text", "negative"));
            String indicator = indicator(b.require("headline"), v);
            RuleNode text = b.require("text");
            placeholders(text, HEADLINE_PLACEHOLDERS, v, true);
            String negative = null;
            if (b.get("negative").isPresent()) {
                RuleNode n = b.require("negative");
                placeholders(n, HEADLINE_PLACEHOLDERS, v, true);
                negative = n.text().strip();
            }
            return new ReportTemplate.Headline(indicator, text.text().strip(), negative);
        }
        if (b.get("paragraphs").isPresent()) {
            b.allowOnly(Set.of("paragraphs", "column"));
            String dataset = dataset(b.require("paragraphs"), v);
            return new ReportTemplate.Paragraphs(dataset, column(b.require("column"), dataset, v));
        }
        if (b.get("chart").isPresent()) {
            b.allowOnly(Set.of("chart", "kind", "indicators", "dataset", "category", "values"));
            ChartKind kind = b.require("kind").enumValue(ChartKind.class);
            List<String> indicators = indicators(b, v);
            String dataset = b.get("dataset").map(n -> dataset(n, v)).orElse(null);
            if ((dataset == null) == indicators.isEmpty()) {
                throw b.error("a chart shows either indicators or a dataset / 图表为指标或数据集，二选一");
            }
            String category = null;
            List<String> values = List.of();
            if (dataset != null) {
                category = column(b.require("category"), dataset, v);
                values = new ArrayList<>();
                for (RuleNode n : b.require("values").items()) {
                    values.add(column(n, dataset, v));
                }
            }
            if (kind == ChartKind.BAR_GROWTH && indicators.size() != 1) {
                throw b.require("kind").error("bar_growth shows one indicator / bar_growth 只能展示一个指标");
            }
            return new ReportTemplate.Chart(
                    b.require("chart").text().strip(), kind, indicators, dataset, category, List.copyOf(values));
        }
        if (b.get("table").isPresent()) {
            b.allowOnly(Set.of("table", "indicators", "dataset", "columns", "limit"));
            List<String> indicators = indicators(b, v);
            String dataset = b.get("dataset").map(n -> dataset(n, v)).orElse(null);
            if ((dataset == null) == indicators.isEmpty()) {
                throw b.error("a table shows either indicators or a dataset / 表格为指标或数据集，二选一");
            }
            List<String> columns = new ArrayList<>();
            if (dataset != null && b.get("columns").isPresent()) {
                for (RuleNode n : b.require("columns").items()) {
                    columns.add(column(n, dataset, v));
                }
            }
            int limit = b.get("limit").map(RuleNode::integer).orElse(0);
            return new ReportTemplate.Table(
                    b.require("table").text().strip(), indicators, dataset, List.copyOf(columns), limit);
        }
        if (b.get("note").isPresent() || b.get("definitions").isPresent()) {
            b.allowOnly(Set.of("note", "definitions"));
            List<String> texts = new ArrayList<>();
            b.get("note").ifPresent(n -> {
                if (n.isList()) {
                    n.items().forEach(i -> texts.add(i.text().strip()));
                } else {
                    texts.add(n.text().strip());
                }
            });
            List<String> defs = new ArrayList<>();
            b.get("definitions").ifPresent(n -> n.items().forEach(i -> defs.add(indicator(i, v))));
            return new ReportTemplate.Notes(List.copyOf(texts), List.copyOf(defs));
        }
        if (b.get("text").isPresent()) {
            b.allowOnly(Set.of("text"));
            RuleNode text = b.require("text");
            placeholders(text, TEXT_PLACEHOLDERS, v, false);
            return new ReportTemplate.Text(text.text().strip());
        }
        throw b.error(
                "a block is one of headline, text, paragraphs, chart, table, note / 内容块应为 headline、text、paragraphs、chart、table、note 之一");
    }

    private static List<String> indicators(RuleNode b, Vocabulary v) {
        List<String> out = new ArrayList<>();
        b.get("indicators").ifPresent(n -> n.items().forEach(i -> out.add(indicator(i, v))));
        return List.copyOf(out);
    }

    private static String indicator(RuleNode n, Vocabulary v) {
        String id = n.text().strip();
        if (!v.indicators().containsKey(id)) {
            throw n.error("unknown indicator '" + id + "' / 未知指标; valid / 可用: "
                    + String.join(", ", new java.util.TreeSet<>(v.indicators().keySet())));
        }
        return id;
    }

    private static String dataset(RuleNode n, Vocabulary v) {
        String id = n.text().strip();
        if (!v.datasets().containsKey(id)) {
            throw n.error("unknown dataset '" + id + "' / 未知数据集; valid / 可用: "
                    + String.join(", ", new java.util.TreeSet<>(v.datasets().keySet())));
        }
        return id;
    }

    private static String column(RuleNode n, String dataset, Vocabulary v) {
        String id = n.text().strip();
        Set<String> columns = v.datasets().get(dataset);
        if (!columns.contains(id)) {
            throw n.error("dataset " + dataset + " has no column '" + id + "' / 数据集无此列; valid / 可用: "
                    + String.join(", ", new java.util.TreeSet<>(columns)));
        }
        return id;
    }

    private static void placeholders(RuleNode text, Set<String> allowed, Vocabulary v, boolean indicatorArgs) {
        Matcher m = PLACEHOLDER.matcher(text.text());
        while (m.find()) {
            String name = m.group(1);
            String arg = m.group(2);
            if (!allowed.contains(name)) {
                throw text.error("unknown placeholder {" + name + "} / 未知占位符; valid / 可用: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            if (arg != null) {
                boolean known = indicatorArgs
                        ? v.indicators().containsKey(arg)
                        : v.datasets().containsKey(arg);
                if (!known) {
                    throw text.error("{" + name + ":" + arg + "}: unknown " + (indicatorArgs ? "indicator" : "dataset")
                            + " '" + arg + "' / 未知" + (indicatorArgs ? "指标" : "数据集"));
                }
            } else if (name.equals("rows")) {
                throw text.error("{rows:DATASET} names a dataset / {rows:数据集} 须指明数据集");
            }
        }
    }
}
