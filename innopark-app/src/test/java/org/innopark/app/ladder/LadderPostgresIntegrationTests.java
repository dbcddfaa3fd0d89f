package org.innopark.app.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.PostgresIntegrationTest;
import org.innopark.engine.ladder.LadderAnalytics;
import org.innopark.engine.ladder.Outcome;
import org.innopark.engine.ladder.Verdict;
import org.innopark.engine.registry.QualificationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ladder's bulk reads on a real PostgreSQL give the same verdicts as on H2. */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LadderPostgresIntegrationTests {

    @Autowired
    ParkLadder ladder;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void demoData() {
        LadderDemo.ensureLoaded(jdbc, loader, accounts);
    }

    @Test
    void assessesAnEnterpriseFromItsBulkLoadedFacts() {
        var assessed = ladder.enterprise(ParkScope.ALL, LadderDemo.YUANYU, LadderDemo.YEAR)
                .orElseThrow();
        Verdict techSme = assessed.assessments().stream()
                .map(ParkLadder.Assessed::verdict)
                .filter(v -> v.schemeId().equals("tech-sme"))
                .findFirst()
                .orElseThrow();
        assertThat(techSme.score().orElseThrow().total().min()).isEqualTo(72);
        assertThat(assessed.assessments()).hasSize(7);
        assertThat(ladder.enterprise(ParkScope.park("CZHTZ"), LadderDemo.YUANYU, LadderDemo.YEAR))
                .isEmpty();
    }

    @Test
    void buildsTheParkLadderWithItsMismatches() {
        var view = ladder.ladder(ParkScope.park("CCHTZ"), "CCHTZ", LadderDemo.YEAR, LocalDate.of(2025, 10, 1), 6)
                .orElseThrow();
        assertThat(view.snapshot().rungs()).hasSize(8);
        assertThat(view.snapshot().mismatches()).anySatisfy(m -> {
            assertThat(m.creditCode().value()).isEqualTo(LadderDemo.JUZHENG);
            assertThat(m.rung()).isEqualTo(QualificationType.HIGH_TECH);
            assertThat(m.kind()).isEqualTo(LadderAnalytics.MismatchKind.HELD_NOT_MEETING);
            assertThat(m.verdict().outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
        });
        assertThat(view.expiring()).isNotEmpty();
        assertThat(ladder.ladder(
                        new ParkScope("CCHTZ", LadderDemo.YUANYU),
                        "CCHTZ",
                        LadderDemo.YEAR,
                        LocalDate.of(2025, 10, 1),
                        6))
                .isEmpty();
    }
}
