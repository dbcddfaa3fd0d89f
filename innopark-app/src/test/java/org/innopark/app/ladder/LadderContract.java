package org.innopark.app.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.ladder.LadderAnalytics;
import org.innopark.engine.ladder.Outcome;
import org.innopark.engine.ladder.Verdict;
import org.innopark.engine.registry.QualificationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ladder's reads of the registry, written once and run on every database (one subclass each), through
 * {@link ParkLadder} on the demo population: the hand-checked score of one enterprise, the park's ladder, the latest
 * year, the park-wide verdicts and candidates, each inside the reader's scope; and the park-wide bulk read agrees
 * with the one-enterprise read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LadderContract {

    @Autowired
    ParkLadder ladder;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.innopark.app.registry.RegistryVersion version;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

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
    void anEnterprisesVerdictsAreReusedUntilTheRegistryChanges() {
        var first = ladder.enterprise(ParkScope.ALL, LadderDemo.YUANYU, LadderDemo.YEAR)
                .orElseThrow();
        assertThat(ladder.enterprise(ParkScope.ALL, LadderDemo.YUANYU, LadderDemo.YEAR)
                        .orElseThrow())
                .isSameAs(first);
        // the cache never answers for a reader outside the scope
        assertThat(ladder.enterprise(ParkScope.park("CZHTZ"), LadderDemo.YUANYU, LadderDemo.YEAR))
                .isEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> version.bump());
        var after = ladder.enterprise(ParkScope.ALL, LadderDemo.YUANYU, LadderDemo.YEAR)
                .orElseThrow();
        assertThat(after).isNotSameAs(first);
        assertThat(after.toString()).isEqualTo(first.toString());
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

    @Test
    void theLatestYearIsTheParksLastReportYearInsideTheScopeOnly() {
        assertThat(ladder.latestYear(ParkScope.park("CCHTZ"), "CCHTZ")).contains(LadderDemo.YEAR);
        assertThat(ladder.latestYear(ParkScope.ALL, "CZHTZ")).contains(LadderDemo.YEAR);
        assertThat(ladder.latestYear(ParkScope.park("CZHTZ"), "CCHTZ")).isEmpty();
        assertThat(ladder.latestYear(new ParkScope("CCHTZ", LadderDemo.YUANYU), "CCHTZ"))
                .isEmpty();
        assertThat(ladder.latestYear(ParkScope.ALL, "NOSUCH")).isEmpty();
    }

    @Test
    void theParksVerdictsCoverItsEnterprisesInCreditCodeOrderAndNoOtherPark() {
        ParkScope a = ParkScope.park("CCHTZ");
        SchemeChoice highTech = new SchemeChoice.ById("high-tech");
        List<String> ofA = codes(
                ladder.verdicts(a, "CCHTZ", highTech, LadderDemo.YEAR, false).orElseThrow());
        List<String> parkA = jdbc.queryForList(
                "SELECT credit_code FROM enterprise WHERE park_code = 'CCHTZ' ORDER BY credit_code", String.class);
        assertThat(ofA).isNotEmpty().isSorted().isSubsetOf(parkA).contains(LadderDemo.YUANYU, LadderDemo.JUZHENG);
        // Without a park, a park user's verdicts are its own park's; the system administrator's are every park's.
        assertThat(codes(ladder.verdicts(a, null, highTech, LadderDemo.YEAR, false)
                        .orElseThrow()))
                .isEqualTo(ofA);
        List<String> all = codes(ladder.verdicts(ParkScope.ALL, null, highTech, LadderDemo.YEAR, false)
                .orElseThrow());
        assertThat(all).containsAll(ofA).contains(LadderDemo.JIAXIN).hasSizeGreaterThan(ofA.size());
        assertThat(ladder.verdicts(ParkScope.park("CZHTZ"), "CCHTZ", highTech, LadderDemo.YEAR, false))
                .isEmpty();
        assertThat(ladder.verdicts(new ParkScope("CCHTZ", LadderDemo.YUANYU), null, highTech, LadderDemo.YEAR, false))
                .isEmpty();
    }

    @Test
    void theParkWideReadAgreesWithTheOneEnterpriseRead() {
        List<ParkLadder.Assessed> park = ladder.verdicts(
                        ParkScope.park("CCHTZ"), "CCHTZ", new SchemeChoice.ById("tech-sme"), LadderDemo.YEAR, true)
                .orElseThrow();
        assertThat(park).hasSizeGreaterThan(20);
        for (ParkLadder.Assessed fromPark : park.subList(0, 20)) {
            Verdict alone = ladder
                    .enterprise(ParkScope.park("CCHTZ"), fromPark.creditCode().value(), LadderDemo.YEAR)
                    .orElseThrow()
                    .assessments()
                    .stream()
                    .map(ParkLadder.Assessed::verdict)
                    .filter(v -> v.schemeId().equals("tech-sme"))
                    .findFirst()
                    .orElseThrow();
            assertThat(alone.outcome())
                    .as("%s", fromPark.creditCode())
                    .isEqualTo(fromPark.verdict().outcome());
            assertThat(alone.score().map(s -> s.total().min()))
                    .as("%s", fromPark.creditCode())
                    .isEqualTo(fromPark.verdict().score().map(s -> s.total().min()));
        }
    }

    @Test
    void candidatesAreTheParksEnterprisesBelowTheRungAtMostTheLimit() {
        var view = ladder.candidates(ParkScope.park("CCHTZ"), "CCHTZ", "high-tech", LadderDemo.YEAR, 5)
                .orElseThrow();
        assertThat(view.rung()).isEqualTo(QualificationType.HIGH_TECH);
        assertThat(view.candidates()).hasSizeLessThanOrEqualTo(5).hasSize(Math.min(5, view.total()));
        assertThat(view.candidates()).allSatisfy(c -> {
            assertThat(c.rung()).isEqualTo(QualificationType.HIGH_TECH);
            assertThat(view.names()).containsKey(c.creditCode());
        });
        List<String> parkA =
                jdbc.queryForList("SELECT credit_code FROM enterprise WHERE park_code = 'CCHTZ'", String.class);
        assertThat(view.candidates()).extracting(c -> c.creditCode().value()).isSubsetOf(parkA);
        assertThat(ladder.candidates(ParkScope.park("CZHTZ"), "CCHTZ", "high-tech", LadderDemo.YEAR, 5))
                .isEmpty();
        assertThatThrownBy(() -> ladder.candidates(ParkScope.ALL, "CCHTZ", "no-such-scheme", LadderDemo.YEAR, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-scheme");
    }

    private static List<String> codes(List<ParkLadder.Assessed> verdicts) {
        return verdicts.stream().map(a -> a.creditCode().value()).toList();
    }
}
