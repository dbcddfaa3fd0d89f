package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.innopark.engine.ladder.LadderFixtures.ASSESSMENT;
import static org.innopark.engine.ladder.LadderFixtures.enterprise;
import static org.innopark.engine.ladder.LadderFixtures.figures;
import static org.innopark.engine.ladder.LadderFixtures.scheme;
import static org.innopark.engine.registry.ReportField.NET_ASSETS;
import static org.innopark.engine.registry.ReportField.OPERATING_REVENUE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The multi-year formulas against values computed independently by {@code ladder_expected.py} (kept beside the
 * CSV in src/test/resources): the 高企 growth formula with its edge cases and brackets, and the 瞪羚 CAGR.
 */
class LadderFormulaTests {

    static List<String[]> rows(String resource, String kind) throws IOException {
        try (InputStream in = LadderFormulaTests.class.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(",", -1);
                if (cells[0].equals(kind)) {
                    rows.add(cells);
                }
            }
            return rows;
        }
    }

    static Stream<Arguments> growthCases() throws IOException {
        return rows("growth-expected.csv", "growth").stream()
                .map(r -> Arguments.of(r[1], r[2], r[3], r[4], r[5], r[6]));
    }

    static Stream<Arguments> cagrCases() throws IOException {
        return rows("growth-expected.csv", "cagr").stream().map(r -> Arguments.of(r[1], r[3], r[5], r[6]));
    }

    @ParameterizedTest(name = "net assets {0} → {1} → {2} (registered {3}): g = {4}, points {5}")
    @MethodSource("growthCases")
    void computesTheHighTechGrowthFormulaAndItsBracket(
            String y1, String y2, String y3, String registered, String expected, String band) {
        EnterpriseFacts.Builder b = enterprise(1);
        if (!registered.isEmpty()) {
            b.registrationDate(LocalDate.of(Integer.parseInt(registered), 1, 1));
        }
        if (!y1.isEmpty()) {
            b.figures(2022, figures(NET_ASSETS, Double.parseDouble(y1)));
        }
        if (!y2.isEmpty()) {
            b.figures(2023, figures(NET_ASSETS, Double.parseDouble(y2)));
        }
        b.figures(2024, figures(NET_ASSETS, Double.parseDouble(y3)));
        Verdict v = ASSESSMENT.assess(scheme("high-tech", 2024), b.build(), 2024);
        ScoreSheet.IndicatorScore growth = v.score().orElseThrow().indicator("net-assets-growth");
        if (expected.equals("lowest")) {
            assertThat(growth.value()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(growth.notes()).isNotEmpty();
        } else {
            assertThat(growth.value()).isCloseTo(Double.parseDouble(expected), within(1e-12));
        }
        String[] points = band.split("\\.\\.");
        assertThat(growth.points()).isEqualTo(new Points(Double.parseDouble(points[0]), Double.parseDouble(points[1])));
    }

    @ParameterizedTest(name = "revenue {0} → {1} over 3 years: CAGR {2}, {3}")
    @MethodSource("cagrCases")
    void computesTheGazelleCompoundGrowth(String base, String now, String expected, String result) {
        EnterpriseFacts facts = enterprise(1)
                .figures(2021, figures(OPERATING_REVENUE, Long.parseLong(base)))
                .figures(2024, figures(OPERATING_REVENUE, Long.parseLong(now)))
                .build();
        Verdict v = ASSESSMENT.assess(scheme("gazelle", 2024), facts, 2024);
        ConditionResult cagr = v.condition("revenue-cagr").orElseThrow();
        assertThat(cagr.value()).isCloseTo(Double.parseDouble(expected), within(1e-12));
        assertThat(cagr.status()).isEqualTo(result.equals("pass") ? Status.PASS : Status.FAIL);
    }
}
