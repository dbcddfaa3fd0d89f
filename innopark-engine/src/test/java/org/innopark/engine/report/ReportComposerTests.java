package org.innopark.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.report.ComposedReport.Paragraph;
import org.innopark.engine.rules.RuleFileException;
import org.junit.jupiter.api.Test;

class ReportComposerTests {

    static final Vocabulary VOCABULARY = new Vocabulary(
            Map.of(
                    "revenue", new Indicator("revenue", "营业收入", Unit.YUAN, "企业全年营业收入之和"),
                    "exports", new Indicator("exports", "出口总额", Unit.YUAN, ""),
                    "rdExpense", new Indicator("rdExpense", "研发费用", Unit.YUAN, ""),
                    "rdIntensity", new Indicator("rdIntensity", "研发投入强度", Unit.PERCENT, "研发费用占营业收入的比重")),
            Map.of("top", Set.of("name", "revenue")));

    /** Revenue 80, 90, 103 亿 (ranked 2nd of 5 in 2025); exports missing in 2025; R&D intensity from R&D over revenue. */
    static class Data implements ReportData {
        @Override
        public String parkName() {
            return "示范高新区";
        }

        @Override
        public int year() {
            return 2025;
        }

        @Override
        public LocalDate dataDate() {
            return LocalDate.of(2026, 3, 31);
        }

        @Override
        public List<Figure> figures(String indicator, int from, int to) {
            List<Figure> out = new ArrayList<>();
            for (int y = from; y <= to; y++) {
                int i = y - 2023;
                String q = "sums(park=P1, year=" + y + ")";
                out.add(
                        switch (indicator) {
                            case "revenue" -> {
                                Figure f = Figure.of(indicator, y, yi(new int[] {80, 90, 103}[i]), q);
                                yield y == 2025 ? f.ranked(2, 5) : f;
                            }
                            case "rdExpense" -> Figure.of(indicator, y, yi(new int[] {2, 3, 4}[i]), q);
                            case "rdIntensity" ->
                                Figure.of(indicator, y, new BigDecimal(new String[] {"2.5", "3.33", "3.88"}[i]), q);
                            default ->
                                y == 2025
                                        ? Figure.missing(indicator, y, "报送年报的12家企业均未填报出口总额", q)
                                        : Figure.of(indicator, y, yi(5), q);
                        });
            }
            return out;
        }

        @Override
        public Dataset dataset(String name) {
            return new Dataset(
                    name,
                    List.of(new Dataset.Column("name", "企业名称", null), new Dataset.Column("revenue", "营业收入", Unit.YUAN)),
                    List.of(List.of("甲公司", yi(3)), List.of("乙公司", new BigDecimal("50000000"))),
                    "points(park=P1)",
                    null);
        }

        static BigDecimal yi(int n) {
            return BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100_000_000));
        }
    }

    static ReportTemplate sample() {
        return ReportTemplateLoader.parse(
                "sample-template.yaml",
                new InputStreamReader(
                        ReportComposerTests.class.getResourceAsStream("sample-template.yaml"), StandardCharsets.UTF_8),
                VOCABULARY);
    }

    @Test
    void writesHeadlineSentencesWithValueChangeRankAndRun() {
        ComposedReport r = new ReportComposer(VOCABULARY).compose(sample(), new Data());
        assertThat(r.title()).isEqualTo("示范高新区2025年统计公报");
        ComposedReport.Chapter first = r.chapters().get(0);
        assertThat(first.heading()).isEqualTo("一、经济运行总体平稳");
        assertThat(first.sections().get(0).heading()).isEqualTo("（一）营业收入");
        List<ComposedReport.Block> blocks = first.sections().get(0).blocks();
        assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("2025年，园区企业实现营业收入103亿元，同比增长14.4%，在5个园区中位居第2位，连续2年增长。");
        assertThat(((Paragraph) blocks.get(1)).text()).isEqualTo("2025年，出口总额数据缺失（报送年报的12家企业均未填报出口总额）。");
        assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("研发投入强度为3.88%，比上年提高0.55个百分点；研发费用4亿元。");
    }

    @Test
    void aLossIsWrittenAsALossWhenTheTemplateSaysHow() {
        Vocabulary v = new Vocabulary(Map.of("netProfit", new Indicator("netProfit", "净利润", Unit.YUAN, "")), Map.of());
        String yaml = """
                id: t
                version: "1"
                name: {zh: 样例, en: Sample}
                confidence: partial
                source: test
                title: "{park}"
                years: 2
                chapters:
                  - title: 利润
                    blocks:
                      - headline: netProfit
                        text: "实现净利润{value}，{change}。"
                        negative: "合计净亏损{abs}，净利润{change}。"
                """;
        ReportTemplate t = ReportTemplateLoader.parse("t.yaml", new StringReader(yaml), v);
        assertThat(firstSentence(t, v, profits(-120_000_000L, 30_000_000L))).isEqualTo("合计净亏损1.2亿元，净利润比上年减少1.5亿元。");
        assertThat(firstSentence(t, v, profits(45_000_000L, 30_000_000L))).isEqualTo("实现净利润4500万元，同比增长50.0%。");
    }

    @Test
    void paragraphsWriteOneSentencePerRowAndSayWhyThereAreNone() {
        Vocabulary v = new Vocabulary(Map.of(), Map.of("advice", Set.of("text")));
        String yaml = """
                id: t
                version: "1"
                name: {zh: 样例, en: Sample}
                confidence: partial
                source: test
                title: "{park}{subject}"
                chapters:
                  - title: 建议
                    blocks:
                      - text: "{subject}的建议如下。"
                      - paragraphs: advice
                        column: text
                """;
        ReportTemplate t = ReportTemplateLoader.parse("t.yaml", new StringReader(yaml), v);
        ComposedReport r = new ReportComposer(v).compose(t, advice(List.of("补链：引进甲。", "强链：支持乙。"), null));
        assertThat(r.title()).isEqualTo("示范高新区光伏产业链");
        assertThat(r.chapters().get(0).sections().get(0).blocks())
                .extracting(b -> ((Paragraph) b).text())
                .containsExactly("光伏产业链的建议如下。", "补链：引进甲。", "强链：支持乙。");
        ComposedReport none = new ReportComposer(v).compose(t, advice(List.of(), "本园区尚未导入专利数据"));
        assertThat(none.chapters().get(0).sections().get(0).blocks())
                .extracting(b -> ((Paragraph) b).text())
                .containsExactly("光伏产业链的建议如下。", "数据缺失（本园区尚未导入专利数据）。");
        String wrong = yaml.replace("column: text", "column: words");
        assertThatThrownBy(() -> ReportTemplateLoader.parse("t.yaml", new StringReader(wrong), v))
                .hasMessageContaining("t.yaml:")
                .hasMessageContaining("no column 'words'");
    }

    private static ReportData advice(List<String> lines, String missing) {
        return new Data() {
            @Override
            public String subject() {
                return "光伏产业链";
            }

            @Override
            public Dataset dataset(String name) {
                List<List<Object>> rows = new ArrayList<>();
                lines.forEach(l -> rows.add(List.of(l)));
                return new Dataset(name, List.of(new Dataset.Column("text", "内容", null)), rows, "q", missing);
            }
        };
    }

    private static String firstSentence(ReportTemplate t, Vocabulary v, ReportData data) {
        ComposedReport r = new ReportComposer(v).compose(t, data);
        return ((Paragraph) r.chapters().get(0).sections().get(0).blocks().get(0)).text();
    }

    private static ReportData profits(long current, long previous) {
        return new Data() {
            @Override
            public List<Figure> figures(String indicator, int from, int to) {
                List<Figure> out = new ArrayList<>();
                for (int y = from; y <= to; y++) {
                    out.add(Figure.of(indicator, y, BigDecimal.valueOf(y == to ? current : previous), "q"));
                }
                return out;
            }
        };
    }

    @Test
    void chartsAndTablesHoldOneUnitPerRowAndSayWhatIsMissing() {
        ComposedReport r = new ReportComposer(VOCABULARY).compose(sample(), new Data());
        List<ComposedReport.Block> blocks =
                r.chapters().get(0).sections().get(0).blocks();
        ComposedReport.Chart chart = (ComposedReport.Chart) blocks.get(3);
        assertThat(chart.caption()).isEqualTo("图1 营业收入及增速");
        assertThat(chart.categories()).containsExactly("2023年", "2024年", "2025年");
        assertThat(chart.series().get(0).unit()).isEqualTo("亿元");
        assertThat(chart.series().get(0).values())
                .containsExactly(new BigDecimal("80.00"), new BigDecimal("90.00"), new BigDecimal("103.00"));
        assertThat(chart.series().get(1).values())
                .containsExactly(null, new BigDecimal("12.5"), new BigDecimal("14.4"));
        ComposedReport.Table table = (ComposedReport.Table) blocks.get(4);
        assertThat(table.headers()).containsExactly("指标", "单位", "2023年", "2024年", "2025年", "比上年增减");
        assertThat(table.rows().get(0).stream().map(ComposedReport.Cell::text))
                .containsExactly("营业收入", "亿元", "80.00", "90.00", "103.00", "+14.4%");
        assertThat(table.rows().get(1).stream().map(ComposedReport.Cell::text))
                .containsExactly("出口总额", "亿元", "5.00", "5.00", "数据缺失", "—");
        assertThat(table.rows().get(2).get(5).text()).isEqualTo("+0.55个百分点");
        assertThat(((ComposedReport.Notes) blocks.get(5)).items()).containsExactly("2025年出口总额数据缺失（报送年报的12家企业均未填报出口总额）");
    }

    @Test
    void tracesEveryFigureASentenceStates() {
        ComposedReport r = new ReportComposer(VOCABULARY).compose(sample(), new Data());
        assertThat(r.traces())
                .extracting(ComposedReport.Trace::indicator, ComposedReport.Trace::year, ComposedReport.Trace::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("revenue", 2025, "103亿元"),
                        org.assertj.core.groups.Tuple.tuple("revenue", 2024, "90亿元"),
                        org.assertj.core.groups.Tuple.tuple("exports", 2025, "数据缺失（报送年报的12家企业均未填报出口总额）"),
                        org.assertj.core.groups.Tuple.tuple("rdExpense", 2025, "4亿元"));
        assertThat(r.traces().get(0).source()).isEqualTo("sums(park=P1, year=2025)");
        Paragraph revenue =
                (Paragraph) r.chapters().get(0).sections().get(0).blocks().get(0);
        assertThat(revenue.traces()).containsExactly(1, 2);
    }

    @Test
    void datasetTablesScaleMoneyPerColumnAndKeepTheLimit() {
        ComposedReport r = new ReportComposer(VOCABULARY).compose(sample(), new Data());
        List<ComposedReport.Block> blocks =
                r.chapters().get(1).sections().get(0).blocks();
        assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("共有2家企业入选。");
        ComposedReport.Table t = (ComposedReport.Table) blocks.get(1);
        assertThat(t.caption()).isEqualTo("表2 入选企业");
        assertThat(t.headers()).containsExactly("企业名称", "营业收入（亿元）");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).get(1).text()).isEqualTo("3.00");
        assertThat(((ComposedReport.Notes) blocks.get(2)).items()).containsExactly("研发投入强度：研发费用占营业收入的比重");
    }

    @Test
    void rejectsUnknownIndicatorsAndPlaceholdersNamingTheLine() {
        String head = "id: t\nversion: '1'\nname: 测试\ntitle: x\nchapters:\n  - title: 一\n    blocks:\n";
        assertThatThrownBy(() -> ReportTemplateLoader.parse(
                        "t.yaml",
                        new StringReader(head + "      - headline: turnover\n        text: '{value}'\n"),
                        VOCABULARY))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("t.yaml")
                .hasMessageContaining(":8")
                .hasMessageContaining("unknown indicator 'turnover'")
                .hasMessageContaining("revenue");
        assertThatThrownBy(() -> ReportTemplateLoader.parse(
                        "t.yaml",
                        new StringReader(head + "      - headline: revenue\n        text: '{growth}'\n"),
                        VOCABULARY))
                .hasMessageContaining("unknown placeholder {growth}");
        assertThatThrownBy(() -> ReportTemplateLoader.parse(
                        "t.yaml",
                        new StringReader(head + "      - table: x\n        dataset: top\n        columns: [rank]\n"),
                        VOCABULARY))
                .hasMessageContaining("dataset top has no column 'rank'");
    }
}
