package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innopark.engine.ladder.LadderFixtures.code;
import static org.innopark.engine.ladder.LadderFixtures.figures;
import static org.innopark.engine.registry.ReportField.EXPORTS;
import static org.innopark.engine.registry.ReportField.OPERATING_REVENUE;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading and validating scheme files, picking versions, and regional overrides. */
class SchemeLoaderTests {

    @TempDir
    Path dir;

    private static final String GOOD = """
            id: demo
            version: "1"
            name: {zh: 示例, en: Demo}
            effective: {from: 2020-01-01, to: 2022-12-31}
            facts:
              - id: ok
                name: {zh: 合规, en: Compliant}
                type: boolean
            quantities:
              - id: staffRatio
                name: {zh: 科技人员占比, en: S&T staff share}
                formula: stStaff / employees
            scoring:
              total: 10
              blocks:
                - id: staff
                  name: {zh: 人员, en: Staff}
                  indicators:
                    - id: staff-ratio
                      name: {zh: 科技人员占比, en: S&T staff share}
                      value: staffRatio
                      brackets:
                        - {range: "[10%,)", points: 10}
                        - {range: "(,10%)", points: 0}
            qualifies:
              all:
                - id: pass
                  name: {zh: 得分, en: Score}
                  score: total
                  op: ">="
                  threshold: 10
                - id: compliant
                  check: ok
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private RuleFileException loadError(String text) throws IOException {
        write("bad.yaml", text);
        try {
            SchemeRegistry.fromDirectory(dir);
        } catch (RuleFileException e) {
            return e;
        }
        throw new AssertionError("no error for\n" + text);
    }

    @Test
    void loadsAValidFile() throws IOException {
        write("demo.yaml", GOOD);
        SchemeRegistry r = SchemeRegistry.fromDirectory(dir);
        assertThat(r.ids()).containsExactly("demo");
        assertThat(r.effective("demo", 2021)).isPresent();
        assertThat(r.effective("demo", 2023)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown key at the top            | name: {zh: 示例, en: Demo}     | naem: x                          | 3  | unknown key 'naem'",
                "unknown key in a bracket          | '- {range: \"[10%,)\", points: 10}' | '- {range: \"[10%,)\", pts: 10}' | 23 | unknown key 'pts'",
                "unknown report field in a formula | formula: stStaff / employees   | formula: stStaf / employees      | 12 | unknown name 'stStaf'",
                "unknown function                  | formula: stStaff / employees   | formula: median(stStaff, 3)      | 12 | unknown function 'median'",
                "overlapping brackets              | '- {range: \"(,10%)\", points: 0}' | '- {range: \"(,10%]\", points: 0}' | 23 | overlaps",
                "gap between brackets              | '- {range: \"(,10%)\", points: 0}' | '- {range: \"(,9%)\", points: 0}'  | 23 | gap after",
                "bracket open at one end only      | '- {range: \"(,10%)\", points: 0}' | '- {range: \"[0,10%)\", points: 0}' | 24 | open the lowest",
                "missing threshold                 | '  threshold: 10'              | ''                               | 27 | missing required key 'threshold'",
                "bad operator                      | 'op: \">=\"'                   | 'op: \"=>\"'                     | 30 | not an operator",
                "unknown score target              | 'score: total'                 | 'score: totl'                    | 29 | no block or indicator 'totl'",
                "unknown fact in a check           | 'check: ok'                    | 'check: okay'                    | 33 | unknown name 'okay'",
                "points above the declared total   | 'total: 10'                    | 'total: 100'                     | 14 | add up to 10 points"
            })
    void rejectsMistakesWithTheirLine(String what, String from, String to, int line, String message)
            throws IOException {
        String text = GOOD.replace(from.strip(), to.strip());
        assertThat(text).as("the replacement applies").isNotEqualTo(GOOD);
        RuleFileException e = loadError(text);
        assertThat(e.file()).endsWith("bad.yaml");
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    void rejectsTwoVersionsInForceOnTheSameDay() throws IOException {
        write("a.yaml", GOOD);
        write(
                "b.yaml",
                GOOD.replace("version: \"1\"", "version: \"2\"")
                        .replace("from: 2020-01-01, to: 2022-12-31", "from: 2022-06-01"));
        assertThatThrownBy(() -> SchemeRegistry.fromDirectory(dir))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("b.yaml:1:")
                .hasMessageContaining("in force on the same days");
    }

    @Test
    void picksTheVersionInForceForTheYear() throws IOException {
        write("a.yaml", GOOD);
        write(
                "b.yaml",
                GOOD.replace("version: \"1\"", "version: \"2\"")
                        .replace("from: 2020-01-01, to: 2022-12-31", "from: 2023-01-01")
                        .replace("points: 10}", "points: 10}")
                        .replace("[10%,)", "[20%,)")
                        .replace("(,10%)", "(,20%)"));
        SchemeRegistry r = SchemeRegistry.fromDirectory(dir);
        assertThat(r.effective("demo", 2022).orElseThrow().version()).isEqualTo("1");
        assertThat(r.effective("demo", 2023).orElseThrow().version()).isEqualTo("2");
        assertThat(r.effective("demo", LocalDate.of(2022, 12, 31)).orElseThrow().version())
                .isEqualTo("1");
        assertThat(r.versions("demo")).extracting(Scheme::version).containsExactly("1", "2");
    }

    @Test
    void shipsTheOfficialSchemes() {
        SchemeRegistry r = SchemeRegistry.official();
        assertThat(r.ids())
                .containsExactly(
                        "gazelle", "high-tech", "innovative-sme", "little-giant", "srdi-sme", "tech-sme", "unicorn");
        assertThat(r.effective("innovative-sme", 2021)).isEmpty();
        assertThat(r.effective("innovative-sme", 2022)).isPresent();
        assertThat(r.effective("gazelle", 2024).orElseThrow().confidence()).isEqualTo(Confidence.UNCONFIRMED);
        r.all().forEach(s -> assertThat(s.rung()).as(s.id()).isPresent());
        assertThat(r.effective("tech-sme", 2024).orElseThrow().maxScore()).isEqualTo(100);
        assertThat(r.effective("high-tech", 2024).orElseThrow().maxScore()).isEqualTo(100);
        assertThat(r.effective("srdi-sme", 2024).orElseThrow().maxScore()).isEqualTo(100);
    }

    // ---- regional overrides

    private SchemeRegistry withOverrides() throws URISyntaxException {
        return SchemeRegistry.official()
                .plus(Path.of(getClass().getResource("overrides").toURI()));
    }

    @Test
    void aRegionalOverrideReplacesTheProvincialBlockForItsRegionOnly() throws URISyntaxException {
        SchemeRegistry r = withOverrides();
        Scheme zhejiang = r.effective("srdi-sme", LocalDate.of(2024, 12, 31), new RegionCode("330106"))
                .orElseThrow();
        Scheme beijing = r.effective("srdi-sme", LocalDate.of(2024, 12, 31), new RegionCode("110108"))
                .orElseThrow();
        assertThat(zhejiang.id()).isEqualTo("srdi-sme-33");
        assertThat(zhejiang.baseId()).contains("srdi-sme");
        assertThat(beijing.id()).isEqualTo("srdi-sme");
        // Before the override's start the base applies.
        assertThat(r.effective("srdi-sme", LocalDate.of(2022, 12, 31), new RegionCode("330106"))
                        .orElseThrow()
                        .id())
                .isEqualTo("srdi-sme");

        EnterpriseFacts facts = EnterpriseFacts.of(code(9))
                .region(new RegionCode("330106"))
                .figures(2024, figures(OPERATING_REVENUE, 100_000_000, EXPORTS, 30_000_000))
                .build();
        Verdict v = new LadderAssessment(r).assess("srdi-sme", facts, 2024).orElseThrow();
        assertThat(v.schemeId()).isEqualTo("srdi-sme-33");
        assertThat(v.score().orElseThrow().indicator("exports").points()).isEqualTo(Points.exactly(15));
        assertThat(v.score().orElseThrow().max()).isEqualTo(100);
    }

    @Test
    void aRegionalOverrideReplacesGazelleThresholds() throws URISyntaxException {
        LadderAssessment assessment = new LadderAssessment(withOverrides());
        // 3-year CAGR 20% with revenue ¥120M: the default (≥ 20%) passes, the example province needs 15% at ≥ 1亿.
        EnterpriseFacts.Builder b = EnterpriseFacts.of(code(9))
                .registrationDate(LocalDate.of(2018, 1, 1))
                .figures(2021, figures(OPERATING_REVENUE, 69_444_445))
                .figures(2024, figures(OPERATING_REVENUE, 120_000_000));
        Verdict guangdong = assessment
                .assess("gazelle", b.region(new RegionCode("440305")).build(), 2024)
                .orElseThrow();
        assertThat(guangdong.schemeId()).isEqualTo("gazelle-44");
        assertThat(guangdong.condition("revenue-cagr").orElseThrow().threshold())
                .isEqualTo(0.15);
        assertThat(guangdong.outcome()).isEqualTo(Outcome.QUALIFIED);
        Verdict elsewhere = assessment
                .assess("gazelle", b.region(new RegionCode("320102")).build(), 2024)
                .orElseThrow();
        assertThat(elsewhere.condition("revenue-cagr").orElseThrow().threshold())
                .isEqualTo(0.20);
    }

    @Test
    void anOverrideThatReplacesNothingIsAnError() throws IOException {
        write("o.yaml", """
                id: srdi-sme-99
                base: srdi-sme
                region: "99"
                version: x
                name: x
                replace:
                  conditions:
                    - id: no-such-condition
                      check: unlisted
                """);
        assertThatThrownBy(() -> SchemeRegistry.official().plus(dir))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("o.yaml:8:")
                .hasMessageContaining("no condition with id 'no-such-condition'");
    }

    @Test
    void anOverrideOfAnUnknownSchemeIsAnError() throws IOException {
        write("o.yaml", "id: x-1\nbase: nothing\nversion: x\nname: x\n");
        assertThatThrownBy(() -> SchemeRegistry.official().plus(dir))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("o.yaml:2:")
                .hasMessageContaining("no scheme 'nothing'");
    }
}
