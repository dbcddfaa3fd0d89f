package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.innopark.engine.rules.Confidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge of a regional override into its base, decided by {@link RegionalOverride} outside the parser. */
class RegionalOverrideTests {

    @TempDir
    Path dir;

    private static final String BASE = """
            id: base
            version: "1"
            name: {zh: 基础方案, en: Base}
            effective: {from: 2020-01-01, to: 2029-12-31}
            source: 办法
            confidence: partial
            yearsRegisteredTo: yearEnd
            qualifies:
              all:
                - id: revenue
                  name: {zh: 营业收入, en: Revenue}
                  value: operatingRevenue
                  op: ">="
                  threshold: 1000万
            """;

    private SchemeRegistry registry(String override) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Files.writeString(dir.resolve("override.yaml"), override);
        return SchemeRegistry.fromDirectory(dir);
    }

    @Test
    void anOverrideTakesWhatItLeavesOutFromItsBaseAndAppliesOnlyWhileItsBaseDoes() throws IOException {
        SchemeRegistry r = registry("""
                id: base-33
                base: base
                region: "33"
                effective: {from: 2018-01-01}
                replace:
                  conditions:
                    - id: revenue
                      name: {zh: 营业收入, en: Revenue}
                      value: operatingRevenue
                      op: ">="
                      threshold: 2000万
                """);
        Scheme variant = r.all().stream()
                .filter(s -> s.id().equals("base-33"))
                .findFirst()
                .orElseThrow();
        assertThat(variant.version()).isEqualTo("1");
        assertThat(variant.name().en()).isEqualTo("Base");
        assertThat(variant.source()).isEqualTo("办法");
        assertThat(variant.confidence())
                .as("an override is confirmed unless it says otherwise")
                .isEqualTo(Confidence.CONFIRMED);
        assertThat(variant.yearsRegisteredTo()).isEqualTo(YearsRegisteredTo.YEAR_END);
        assertThat(variant.effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(variant.effectiveTo()).contains(LocalDate.of(2029, 12, 31));
        assertThat(variant.baseId()).contains("base");
        assertThat(variant.region()).contains("33");
        EnterpriseFacts f = LadderFixtures.enterprise(1)
                .figures(
                        2024,
                        LadderFixtures.figures(org.innopark.engine.registry.ReportField.OPERATING_REVENUE, 15_000_000))
                .build();
        LadderAssessment a = new LadderAssessment(r);
        assertThat(a.assess(r.effective("base", 2024).orElseThrow(), f, 2024).outcome())
                .isEqualTo(Outcome.QUALIFIED);
        assertThat(a.assess(variant, f, 2024).outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
    }

    @Test
    void anOverrideOutsideItsBasesPeriodOrWithABadRegionIsAnError() throws IOException {
        assertThatThrownBy(() -> registry("id: late\nbase: base\neffective: {from: 2031-01-01}\n"))
                .hasMessageContaining("override.yaml:1:")
                .hasMessageContaining("有效期不重叠");
        assertThatThrownBy(() -> registry("id: r\nbase: base\nregion: \"3\"\n"))
                .hasMessageContaining("override.yaml:3:9:")
                .hasMessageContaining("行政区划代码前缀");
        assertThatThrownBy(() -> registry("id: r\nbase: base\nbase_version: \"2\"\n"))
                .hasMessageContaining("override.yaml:2:7:")
                .hasMessageContaining("no scheme 'base' version 2 to override");
    }
}
