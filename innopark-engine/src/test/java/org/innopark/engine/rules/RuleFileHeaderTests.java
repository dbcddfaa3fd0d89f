package org.innopark.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.innopark.engine.index.FrameworkLoader;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.points.PointsSchemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleFileHeaderTests {

    private static RuleNode yaml(String text) {
        return RuleNode.parse("test.yaml", new StringReader(text));
    }

    @Test
    void readsEveryKeyOfASchemeHeader() {
        RuleFileHeader h = RuleFileHeader.read(yaml("""
                        id: tech-sme
                        version: "2017"
                        name: {zh: 科技型中小企业评价, en: Tech SME}
                        effective: {from: 2017-01-01, to: 2022-12-31}
                        confidence: partial
                        source: 办法
                        """), RuleFileHeader.Kind.SCHEME);
        assertThat(h)
                .isEqualTo(new RuleFileHeader(
                        "test.yaml",
                        "tech-sme",
                        "2017",
                        "科技型中小企业评价",
                        "Tech SME",
                        LocalDate.of(2017, 1, 1),
                        LocalDate.of(2022, 12, 31),
                        Confidence.PARTIAL,
                        "办法"));
        assertThat(h.inForceOn(LocalDate.of(2016, 12, 31))).isFalse();
        assertThat(h.inForceOn(LocalDate.of(2017, 1, 1))).isTrue();
        assertThat(h.inForceOn(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(h.inForceOn(LocalDate.of(2023, 1, 1))).isFalse();
    }

    @Test
    void anEnglishNameDefaultsToTheChineseAndTheDefaultsDependOnTheKindOfFile() {
        RuleFileHeader scheme = RuleFileHeader.read(
                yaml("id: a\nversion: '1'\nname: {zh: 甲}\neffective: {from: 2020-01-01}\n"),
                RuleFileHeader.Kind.SCHEME);
        assertThat(scheme.nameEn()).isEqualTo("甲");
        assertThat(scheme.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(scheme.effectiveUntil()).isEmpty();
        RuleFileHeader framework = RuleFileHeader.read(yaml("id: f\nname: 指数\n"), RuleFileHeader.Kind.FRAMEWORK);
        assertThat(framework.version()).isEmpty();
        assertThat(framework.effectiveFrom()).isNull();
        assertThat(framework.confidence()).isEqualTo(Confidence.UNCONFIRMED);
        assertThat(framework.inForceOn(LocalDate.of(1990, 1, 1))).isTrue();
    }

    @Test
    void aDerivedFileTakesWhatItLeavesOutFromItsBase() {
        RuleFileHeader base = RuleFileHeader.read(
                yaml("id: a\nversion: '1'\nname: {zh: 甲, en: A}\neffective: {from: 2020-01-01}\n"
                        + "confidence: unconfirmed\nsource: S\n"),
                RuleFileHeader.Kind.SCHEME);
        RuleFileHeader derived = RuleFileHeader.readDerived(yaml("id: a-33\nversion: '2'\n"), base, null);
        assertThat(derived)
                .isEqualTo(new RuleFileHeader(
                        "test.yaml",
                        "a-33",
                        "2",
                        "甲",
                        "A",
                        LocalDate.of(2020, 1, 1),
                        null,
                        Confidence.UNCONFIRMED,
                        "S"));
        assertThat(RuleFileHeader.readDerived(yaml("id: b\n"), base, Confidence.CONFIRMED)
                        .confidence())
                .isEqualTo(Confidence.CONFIRMED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "id: 'a b'|1|5|an id uses letters|id 只能包含字母",
                "id: a|1|1|missing required key 'version'|缺少必填项",
                "id: a\\nversion: '1'\\nname: {zh: 甲}\\neffective: {from: 2020-02-30}|4|19|expected a date|日期格式",
                "id: a\\nversion: '1'\\nname: {zh: 甲}\\neffective: {from: 2020-02-01, to: 2020-01-31}|4|35"
                        + "|the end 2020-01-31 is before the start 2020-02-01|早于生效日期",
                "id: a\\nversion: '1'\\nname: {zh: 甲}\\neffective: {from: 2020-01-01}\\nconfidence: partly|5|13"
                        + "|'partly' is not one of|应为以下之一: confirmed, partial, unconfirmed, placeholder",
                "id: a\\nversion: '1'\\nname: {zh: 甲, fr: A}\\neffective: {from: 2020-01-01}|3|15|unknown key 'fr'|未知的键",
            })
    void anErrorNamesTheFileLineAndColumnInBothLanguages(String text, int line, int column, String en, String zh) {
        assertThatThrownBy(() -> RuleFileHeader.read(yaml(text.replace("\\n", "\n")), RuleFileHeader.Kind.SCHEME))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("test.yaml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                })
                .hasMessageStartingWith("test.yaml:" + line + ":" + column + ": ")
                .hasMessageContaining(en)
                .hasMessageContaining(zh);
    }

    @ParameterizedTest
    @CsvSource({"positive, POSITIVE", "negative, NEGATIVE", "正向, POSITIVE", "逆向, NEGATIVE", "Negative, NEGATIVE"})
    void readsADirection(String text, Direction expected) {
        assertThat(Direction.read(yaml("direction: " + text).require("direction")))
                .isEqualTo(expected);
    }

    @Test
    void theOldPointsDirectionIsRejectedWithTheNewSpelling() {
        assertThatThrownBy(() -> Direction.readOptional(yaml("direction: lower")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("test.yaml:1:12: ")
                .hasMessageContaining("write positive (higher is better) or negative")
                .hasMessageContaining("逆向");
        assertThat(Direction.readOptional(yaml("other: 1"))).isEqualTo(Direction.POSITIVE);
        assertThat(Direction.NEGATIVE.sign()).isEqualTo(-1);
        assertThat(Direction.POSITIVE.higherIsBetter()).isTrue();
    }

    @Test
    void aFrameworkStatesItsConfidenceLikeEveryRuleFile() {
        assertThatThrownBy(() -> FrameworkLoader.parse(
                        "f.yaml", new StringReader("id: f\nname: 指数\nconfirmed: true\ntree: {id: index}\n")))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("f.yaml:3:12: ")
                .hasMessageContaining("confidence: confirmed")
                .hasMessageContaining("可信度");
        assertThatThrownBy(() -> FrameworkLoader.parse(
                        "f.yaml",
                        new StringReader("id: f\nname: 指数\ntree:\n  id: index\n  children:\n"
                                + "    - {id: a, confirmed: true, formula: {imported: a}}\n")))
                .hasMessageStartingWith("f.yaml:6:26: ")
                .hasMessageContaining("a node states its confidence")
                .hasMessageContaining("可信度");
        org.innopark.engine.index.FrameworkNode node =
                FrameworkLoader.builtIn("national-htz-2021").node("1");
        assertThat(node.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(node.confirmed()).isTrue();
        assertThat(FrameworkLoader.builtIn("national-htz-2021").node("2").confirmed())
                .isFalse();
    }

    @Test
    void everyShippedRuleFileHasAHeaderReadTheSameWay() {
        assertThat(SchemeRegistry.official().all())
                .allSatisfy(s -> assertThat(s.version()).isNotBlank());
        for (String id : PointsSchemeLoader.BUILT_IN) {
            assertThat(PointsSchemeLoader.builtIn(id).id()).isEqualTo(id);
        }
        assertThat(PointsSchemeLoader.builtIn("innopark-points-2022")
                        .indicator("ventureCapital")
                        .orElseThrow()
                        .confidence())
                .isEqualTo(Confidence.PARTIAL);
        for (String id : FrameworkLoader.BUILT_IN) {
            assertThat(FrameworkLoader.builtIn(id).confirmed()).isFalse();
        }
    }
}
