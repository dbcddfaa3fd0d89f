package org.innopark.engine.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sentences written in the style of park bulletins (not taken from the dev corpus). */
class FactExtractorTests {

    private final FactExtractor extractor = new FactExtractor();

    private List<QuantFact> facts(String text) {
        List<QuantFact> facts = extractor.extract("t.txt", text);
        for (QuantFact f : facts) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.quote());
            assertThat(f.quote().length()).isLessThanOrEqualTo(QuantFact.MAX_QUOTE);
        }
        return facts;
    }

    private QuantFact only(String text) {
        List<QuantFact> facts = facts(text);
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    @Test
    void ocrSpacesAndLineBreaksAreReadThroughButTheQuoteIsTheOriginalText() {
        String text = "2024年,洛阳高新技术产业开发区新认定高新技\n术企业 215 家。";
        QuantFact f = only(text);
        assertThat(f.value()).isEqualByComparingTo("215");
        assertThat(f.unit()).isEqualTo("家");
        assertThat(f.subject()).isEqualTo("洛阳高新区");
        assertThat(f.period()).isEqualTo("2024");
        // a flow of the year, not the stock the registry counts
        assertThat(f.metric()).isEqualTo("新认定高新技术企业数");
        assertThat(f.metricId()).isNull();
        assertThat(f.quote()).contains("215 家");
        assertThat(f.kind()).isEqualTo(FactKind.COUNT);
    }

    @Test
    void growthFromAToBGivesTwoFactsWithTheirYears() {
        List<QuantFact> facts = facts("绵阳高新区规上工业产值由2020年的312亿元增长至2023年的455.6亿元,年均增长13.4%。");
        assertThat(facts).extracting(f -> f.value().toPlainString()).containsExactly("312", "455.6", "13.4");
        assertThat(facts).extracting(QuantFact::period).containsExactly("2020", "2023", "2020-2023");
        assertThat(facts.get(1).metric()).isEqualTo(facts.get(0).metric());
        assertThat(facts.get(2).kind()).isEqualTo(FactKind.GROWTH);
        assertThat(facts).extracting(QuantFact::subject).containsOnly("绵阳高新区");
    }

    @Test
    void qualifiersAroundTheNumber() {
        List<QuantFact> facts = facts("目前,园区集聚科技型企业1.2万余家,引进高层次人才近千人," + "研发投入超过8亿元,孵化面积约35万平方米,技术合同成交额30亿元以上。");
        assertThat(facts)
                .extracting(f -> f.qualifier() == null ? null : f.qualifier().key())
                .containsExactly("over", "approx", "over", "about", "over");
        assertThat(facts.get(0).unit()).isEqualTo("万家");
        assertThat(facts.get(1).value()).isEqualByComparingTo("1000");
        assertThat(facts).extracting(QuantFact::period).containsOnlyNulls();
    }

    @Test
    void aBareParkResolvesToTheArticlesPark() {
        List<QuantFact> facts = facts("江苏常熟高新区深入实施创新驱动战略。今年以来,高新区新增专精特新企业12家," + "该区技术合同登记386份。");
        assertThat(facts).extracting(QuantFact::subject).containsOnly("常熟高新区");
        assertThat(facts).extracting(QuantFact::period).containsOnly("今年以来");
        assertThat(facts.get(1).metric()).isEqualTo("技术合同登记数");
        assertThat(facts.get(1).metricId()).isEqualTo("tech-contract-count");
    }

    @Test
    void enterprisesAndTheirShortNamesAreSubjects() {
        List<QuantFact> facts = facts("湖南华锐精密机械有限公司(以下简称华锐精机)落户株洲高新区。" + "2023年,华锐精机实现营业收入6.8亿元。");
        QuantFact f = facts.get(facts.size() - 1);
        assertThat(f.subject()).isEqualTo("华锐精机");
        assertThat(f.kind()).isEqualTo(FactKind.AMOUNT);
        assertThat(f.metricId()).isEqualTo("revenue");
    }

    @Test
    void chineseNumeralsRanksAndPercentages() {
        List<QuantFact> facts = facts("在全国高新区综合评价中,襄阳高新区位列第二十一位,较上年提升3位;" + "研发经费占营业收入比重达百分之四点五,建成两千余个创新平台。");
        assertThat(facts).extracting(f -> f.value().toPlainString()).containsExactly("21", "3", "4.5", "2000");
        assertThat(facts)
                .extracting(QuantFact::kind)
                .containsExactly(FactKind.RANK, FactKind.RANK, FactKind.RATIO, FactKind.COUNT);
        assertThat(facts.get(3).qualifier()).isEqualTo(Qualifier.OVER);
    }

    @Test
    void roughMagnitudesSlogansYearsAndOrdinalsAreNoFacts() {
        assertThat(facts("数千台设备在这里运转。实施“三个一”工程,召开第二届大会,出台三年行动计划。2035年远景目标。")).isEmpty();
    }

    @Test
    void headlinesAreSkippedAndTheBodyRead() {
        List<QuantFact> facts = facts("#### 温州高新区 9家企业入选\n\n本报讯 温州高新区9家企业入选省级隐形冠军名单。");
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).quote()).doesNotContain("####");
    }

    @Test
    void scoringMatchesScaledValuesWithOverlappingQuotes() {
        String text = "芜湖高新区现有孵化载体24家,在孵企业2万余家。";
        List<QuantFact> predicted = facts(text);
        QuantFact gold = new QuantFact(
                "t.txt",
                "芜湖高新区",
                "在孵企业数",
                null,
                new java.math.BigDecimal("20000"),
                "家",
                null,
                FactKind.COUNT,
                Qualifier.OVER,
                "在孵企业2万余家",
                -1,
                -1);
        QuantFact wrong = new QuantFact(
                "t.txt",
                "芜湖高新区",
                "孵化载体数",
                null,
                new java.math.BigDecimal("25"),
                "家",
                null,
                FactKind.COUNT,
                null,
                "孵化载体24家",
                -1,
                -1);
        FactScoring.Score s = new FactScoring(BulletinVocabulary.standard())
                .score(List.of(gold, wrong), predicted, Map.of("t.txt", text));
        assertThat(s.found()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.subjectAccuracy()).isEqualTo(1.0);
        assertThat(s.qualifierAccuracy()).isEqualTo(1.0);
    }
}
