package org.innopark.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.junit.jupiter.api.Test;

class TransferMatchingTests {

    private static final Vocabulary VOCABULARY = Vocabulary.builtIn();
    private static final MatchingSettings SETTINGS = MatchingSettings.builtIn();

    /** A stand-in for the model: a text's vector counts a few marker characters (deterministic, no model). */
    static final class MarkerEmbedder implements Embedder {
        private static final String MARKERS = "电池焊光氢药水";

        @Override
        public int dimension() {
            return MARKERS.length() + 1;
        }

        @Override
        public List<float[]> embedDocuments(List<String> texts) {
            return texts.stream().map(this::vector).toList();
        }

        @Override
        public float[] embedQuery(String text) {
            return vector(text);
        }

        private float[] vector(String text) {
            float[] v = new float[dimension()];
            v[MARKERS.length()] = 0.1f;
            for (char c : text.toCharArray()) {
                int i = MARKERS.indexOf(c);
                if (i >= 0) {
                    v[i]++;
                }
            }
            return BgeEmbedder.unit(v);
        }
    }

    private static List<String> terms(DomainAnalyzer analyzer, String text) {
        try (TransferIndex index =
                new TransferIndex(new org.apache.lucene.store.ByteBuffersDirectory(), analyzer, SETTINGS, null)) {
            return new ArrayList<>(index.terms(text, 1, new LinkedHashMap<>()).keySet());
        }
    }

    @Test
    void theAnalyzerKeepsDomainWordsWholeAndAddsTheCanonicalNameOfAnAbbreviation() {
        DomainAnalyzer analyzer = new DomainAnalyzer(VOCABULARY, List.of());
        List<String> t = terms(analyzer, "我们的锂电芯用SiC器件,想做ＥＭＣ测试");
        assertThat(t).contains("锂电芯", "锂离子电池", "sic", "碳化硅", "emc", "电磁兼容");
        assertThat(t).doesNotContain("我们", "的", ",");
        // A word that is only in the corpus is split until it is mined.
        assertThat(terms(analyzer, "簇级温差抑制")).doesNotContain("簇级温差");
        assertThat(terms(new DomainAnalyzer(VOCABULARY, List.of("簇级温差")), "簇级温差抑制"))
                .contains("簇级温差");
    }

    @Test
    void theMinerFindsACohesiveFreeWordAndRefusesFragments() {
        TermMiner miner = new TermMiner(SETTINGS.mining());
        String[] contexts = {"采用", "基于", "通过", "研究", "改进", "优化"};
        for (String c : contexts) {
            miner.add(c + "簇级温差抑制方法");
            miner.add("一种" + "簇级温差" + c + "结构");
        }
        // The rest of a corpus: other texts, so that the n-grams' probabilities are those of a realistic collection.
        for (int i = 0; i < 40; i++) {
            miner.add("园区企业第" + i + "号年度报告显示营业收入稳步增长,研发投入持续加大,新产品不断推出市场");
        }
        List<String> words = miner.words();
        assertThat(words).contains("簇级温差");
        // "级温" is as frequent but not free on its left (always after 簇).
        assertThat(words).doesNotContain("级温", "簇级温");
    }

    @Test
    void aVocabularyFileWithAGroupOfOneOrANameInTwoGroupsIsRejectedAtItsLine() {
        String header = "id: t\nname: t\ndictionary: [锂电]\n";
        assertThatThrownBy(() ->
                        Vocabulary.read(RuleNode.parse("v.yaml", new StringReader(header + "synonyms:\n  - [锂电]\n"))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("v.yaml:5");
        assertThatThrownBy(() -> Vocabulary.read(
                        RuleNode.parse("v.yaml", new StringReader(header + "synonyms:\n  - [a, b]\n  - [c, b]\n"))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("already a name of a");
    }

    private static List<TransferItem> pool() {
        return List.of(
                TransferItem.result(
                        "R1", "高镍三元正极材料表面包覆改性技术", "降低锂离子电池循环中的容量衰减,提升电池寿命", "正极材料；包覆", "新能源/锂离子电池", "甲大学", "中期阶段"),
                TransferItem.result("R2", "光伏组件清洗机器人", "自动清洗光伏电站组件表面灰尘", "光伏；清洗", "光伏/运维", "乙研究院", "成熟应用阶段"),
                TransferItem.result("R3", "焊缝激光视觉跟踪系统", "焊接机器人按焊缝实际位置纠偏", "焊缝跟踪", "智能制造/机器人", "丙大学", "成熟应用阶段"),
                TransferItem.expert("E1", "张三", "甲大学", "教授", "锂离子电池电极材料与电池衰减机理", "主持电池材料项目"),
                TransferItem.instrument("I1", "电池充放电测试系统", "测试电池容量与循环寿命", "100通道；±0.05%", "甲大学", "电子测量仪器"));
    }

    @Test
    void aDemandFindsTheResultByBm25DenseAndHybridWithItsReasons() {
        TechDemand demand = new TechDemand("D1", "锂电池容量掉得快", "我们的锂电到第二年容量掉得厉害", "某公司", "电气机械和器材制造业");
        try (TransferMatcher m = TransferMatcher.inMemory(pool(), VOCABULARY, SETTINGS, new MarkerEmbedder())) {
            for (TransferMatcher.Method method : TransferMatcher.Method.values()) {
                List<Match> found = m.match(demand, ObjectType.RESULT, method, 10);
                assertThat(found).as(method.name()).isNotEmpty();
                assertThat(found.get(0).item().id()).as(method.name()).isEqualTo("R1");
                assertThat(found).extracting(Match::rank).startsWith(1);
            }
            Match best = m.match(demand, ObjectType.RESULT, TransferMatcher.Method.HYBRID, 3)
                    .get(0);
            assertThat(best.sharedTerms()).containsKey(ItemField.BODY);
            assertThat(best.sharedTerms().get(ItemField.BODY)).contains("锂离子电池");
            assertThat(best.reason()).startsWith("共同词:锂离子电池").contains("(简介)", "语义相似度", "阶段:中期阶段");
            assertThat(best.cosine()).isBetween(0.5, 1.0);
            // Each type is ranked apart.
            assertThat(m.match(demand, ObjectType.EXPERT, TransferMatcher.Method.HYBRID, 10))
                    .extracting(x -> x.item().id())
                    .containsExactly("E1");
            assertThat(m.match(demand, ObjectType.INSTRUMENT, TransferMatcher.Method.BM25, 10))
                    .extracting(x -> x.item().id())
                    .containsExactly("I1");
        }
    }

    @Test
    void anObjectPutAgainReplacesItsEarlierVersionAndARemovedOneIsNoLongerFound() {
        try (TransferMatcher m = TransferMatcher.inMemory(pool(), VOCABULARY, SETTINGS, new MarkerEmbedder())) {
            assertThat(m.index().count(ObjectType.RESULT)).isEqualTo(3);
            m.index().put(List.of(TransferItem.result("R2", "氢燃料电池冷启动", "零下三十度冷启动", "冷启动", "氢能", "乙", "初期阶段")));
            assertThat(m.index().count(ObjectType.RESULT)).isEqualTo(3);
            assertThat(m.match("", "氢能车冬天打不着火", ObjectType.RESULT, TransferMatcher.Method.BM25, 1))
                    .extracting(x -> x.item().id())
                    .containsExactly("R2");
            m.index().remove(ObjectType.RESULT, "R2");
            assertThat(m.index().count(ObjectType.RESULT)).isEqualTo(2);
        }
    }

    @Test
    void aResultFindsTheEnterpriseWhoseDemandItAnswersAndSaysWhenTheIndustryFits() {
        List<TechDemand> demands = List.of(
                new TechDemand("D1", "电池用一年容量掉得厉害", "储能柜里的锂电芯衰减快", "甲储能公司", "电气机械和器材制造业"),
                new TechDemand("D2", "废水镍超标", "电镀废水处理不达标", "乙电镀公司", "金属制品业"),
                new TechDemand("D3", "电芯冬天充不进电", "低温下锂电池充电慢", "甲储能公司", "电气机械和器材制造业"));
        IndustryAffinity affinity = IndustryAffinity.builtIn();
        assertThat(affinity.takesUp("新能源/锂离子电池", "电气机械和器材制造业")).isTrue();
        assertThat(affinity.takesUp("新能源/锂离子电池", "金属制品业")).isFalse();
        try (EnterpriseFinder finder =
                new EnterpriseFinder(demands, VOCABULARY, SETTINGS, affinity, new MarkerEmbedder())) {
            List<EnterpriseFinder.Candidate> found = finder.find(pool().get(0), TransferMatcher.Method.HYBRID, 5);
            // Two demands of one enterprise make one candidate.
            assertThat(found).extracting(c -> c.match().item().id()).containsExactly("甲储能公司", "乙电镀公司");
            assertThat(found.get(0).industryFits()).isTrue();
            assertThat(found.get(0).reason()).startsWith("行业对口:电气机械和器材制造业;共同词:");
            assertThat(found.get(1).industryFits()).isFalse();
            assertThat(found.get(0).score() - found.get(0).match().score()).isEqualTo(affinity.bonus());
        }
    }

    @Test
    void theMetricsFollowTheirDefinitions() {
        Map<String, Integer> judged = Map.of("a", 3, "b", 1);
        // Perfect order.
        assertThat(TransferEvaluation.figures(List.of("a", "b", "x"), judged)).containsExactly(1.0, 1.0, 1.0);
        // Swapped: DCG = 1 + 3/log2(3); IDCG = 3 + 1/log2(3).
        double l3 = Math.log(3) / Math.log(2);
        double[] swapped = TransferEvaluation.figures(List.of("b", "a"), judged);
        assertThat(swapped[0]).isCloseTo((1 + 3 / l3) / (3 + 1 / l3), org.assertj.core.data.Offset.offset(1e-9));
        // Only one of two found, at rank 2.
        double[] half = TransferEvaluation.figures(List.of("x", "a"), judged);
        assertThat(half[1]).isEqualTo(0.5);
        assertThat(half[2]).isEqualTo(0.5);
        TransferEvaluation.Qrels q = new TransferEvaluation.Qrels();
        q.add("D1", ObjectType.RESULT, "a", 3);
        TransferEvaluation.Scores s = TransferEvaluation.score(
                List.of(new TechDemand("D1", "", "", "", ""), new TechDemand("D2", "", "", "", "")),
                q,
                ObjectType.RESULT,
                (d, t) -> List.of("x", "a"));
        assertThat(s.demands()).isEqualTo(1);
        assertThat(s.mrr()).isEqualTo(0.5);
    }
}
