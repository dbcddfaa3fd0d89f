package org.innopark.engine.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.junit.jupiter.api.Test;

class BulletinVocabularyTests {

    private static final String METRICS = "id: m\nname: 指标\nsource: test\nmetrics:\n"
            + "  - {id: a, name: 高新技术企业数, kinds: [count], registry: x, aliases: [高企]}\n";

    private static String vocabulary(String unitsBlock) {
        return "id: v\nname: 词表\nsource: test\nconfidence: partial\n" + unitsBlock
                + "scales: {万: 4, 亿: 8}\nrankUnits: [位]\nrankVerbs: [提升]\nrankContext: [排名]\ngrowthWords: [增长]\n"
                + "qualifiers:\n  before: {over: [超过]}\n  bridge: [占]\n  inside: {over: [余]}\n"
                + "  after: {about: [左右]}\n  roundOver: [上]\n"
                + "periods: {vague: [目前], asWritten: [今年以来]}\n"
                + "subjects:\n  parks: [{suffix: 高新区, canonical: 高新区}]\n  parkReferences: [该区]\n"
                + "  provinces: [江苏]\n  municipalities: [上海]\n  longPlaces: [石家庄]\n  notPlaceChars: 的\n"
                + "  notPlaceWords: [国家]\n  organisations: [{suffix: 有限公司, kind: company}]\n"
                + "  references: {company: [该公司]}\n  nameStops: [成立]\n  genericStarts: [国家级]\n"
                + "  notSubjectAfter: [在]\nmetricTrim: [共]\n";
    }

    private static BulletinVocabulary read(String vocabulary) {
        return new BulletinVocabulary(
                RuleNode.parse("vocabulary.yaml", new StringReader(vocabulary)),
                RuleNode.parse("metrics.yaml", new StringReader(METRICS)));
    }

    @Test
    void theShippedVocabularyStatesItsSourceAndConfidence() {
        BulletinVocabulary v = BulletinVocabulary.standard();
        assertThat(v.header().source()).isNotBlank();
        assertThat(v.header().confidence()).isEqualTo(Confidence.PARTIAL);
        assertThat(v.metrics()).extracting(BulletinVocabulary.Metric::id).contains("high-tech-enterprises");
        assertThat(v.scaleOf("万平方米")).isEqualTo(4);
        assertThat(v.baseUnit("亿元")).isEqualTo("元");
        assertThat(v.baseUnit("千瓦")).isEqualTo("千瓦");
    }

    @Test
    void anOwnVocabularyIsReadAndUsed() {
        BulletinVocabulary v = read(vocabulary("units: {count: [家], amount: [元]}\n"));
        FactExtractor x = new FactExtractor(v);
        assertThat(x.extract("d", "江苏宿迁高新区共有企业超过300家。")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("宿迁高新区");
            assertThat(f.qualifier()).isEqualTo(Qualifier.OVER);
        });
    }

    @Test
    void anUnknownKindIsAnErrorNamingFileLineAndTheValidKinds() {
        assertThatThrownBy(() -> read(vocabulary("units: {count: [家], money: [元]}\n")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("vocabulary.yaml:5")
                .hasMessageContaining("count, amount, area, ratio, growth, rank, other");
    }

    @Test
    void anUnknownKeyAndAnUnknownQualifierAreErrors() {
        assertThatThrownBy(() -> read(vocabulary("units: {count: [家]}\nextra: 1\n")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("vocabulary.yaml")
                .hasMessageContaining("extra");
        String badQualifier = vocabulary("units: {count: [家]}\n").replace("after: {about:", "after: {roughly:");
        assertThatThrownBy(() -> read(badQualifier))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("over, approx, about, under");
    }
}
