package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The years-registered convention is a scheme setting (issue 11 part 5). Expected ages counted by hand. */
class YearsRegisteredToTests {

    @TempDir
    Path dir;

    private Scheme scheme(String setting) throws IOException {
        Files.writeString(dir.resolve("age.yaml"), """
                id: age
                version: "1"
                name: {zh: 成立年限, en: Age}
                effective: {from: 2000-01-01}
                %s
                qualifies:
                  all:
                    - id: age-3y
                      name: {zh: 成立满3年, en: Registered 3 years}
                      value: yearsRegistered
                      op: ">="
                      threshold: 3
                """.formatted(setting));
        return SchemeRegistry.fromDirectory(dir).effective("age", 2024).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        // setting, assessed on, years registered (registered 2021-07-01, data year 2024)
        "'', 2024-12-31, 3",
        "'', 2024-06-30, 2",
        "'', 2024-07-01, 3",
        "'yearsRegisteredTo: assessmentDate', 2024-06-30, 2",
        "'yearsRegisteredTo: yearEnd', 2024-06-30, 3",
        "'yearsRegisteredTo: yearEnd', 2024-12-31, 3",
    })
    void countsFullYearsToTheDayTheSchemeSays(String setting, LocalDate asOf, double years) throws IOException {
        Scheme s = scheme(setting);
        EnterpriseFacts f = LadderFixtures.enterprise(1)
                .registrationDate(LocalDate.of(2021, 7, 1))
                .build();
        Verdict v = new LadderAssessment(SchemeRegistry.fromDirectory(dir)).assess(s, f, 2024, asOf);
        assertThat(v.condition("age-3y").orElseThrow().value()).isEqualTo(years);
        assertThat(v.condition("age-3y").orElseThrow().status()).isEqualTo(years >= 3 ? Status.PASS : Status.FAIL);
    }

    @Test
    void theDefaultIsTheAssessmentDateAndEveryShippedSchemeKeepsIt() throws IOException {
        assertThat(scheme("").yearsRegisteredTo()).isEqualTo(YearsRegisteredTo.ASSESSMENT_DATE);
        assertThat(SchemeRegistry.official().all())
                .allSatisfy(s -> assertThat(s.yearsRegisteredTo()).isEqualTo(YearsRegisteredTo.ASSESSMENT_DATE));
    }

    @Test
    void anUnknownConventionIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> scheme("yearsRegisteredTo: birthday"))
                .hasMessageContaining("age.yaml:5:")
                .hasMessageContaining("'birthday' is not one of / 应为以下之一: assessmentDate, yearEnd");
    }
}
