package org.innopark.app.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.app.support.EmptyRegistry;
import org.innopark.engine.demo.DemoPopulation;
import org.innopark.engine.demo.DemoSink;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.points.CohortKind;
import org.innopark.engine.points.PointsEngine;
import org.innopark.engine.points.PointsInput;
import org.innopark.engine.points.PointsRanking;
import org.innopark.engine.points.PointsResult;
import org.innopark.engine.points.PointsScheme;
import org.innopark.engine.points.PointsSchemeLoader;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.SubPark;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Innovation points over the registry, on every database: the ranking of demo data equals the engine's on the
 * generator's own records (not read back from the database), the park scope, and the bank list of consenting
 * enterprises.
 */
abstract class PointsContract {

    static final DemoSpec DEMO = DemoSpec.defaults().withEnterprises(300).withYears(3);
    static final String A = "CCHTZ";
    static final String B = "CZHTZ";
    static final String PASSWORD = "points-test-password";

    @Autowired
    InnovationPoints points;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    PointsConsent consent;

    @Autowired
    JdbcTemplate jdbc;

    String firmA;
    String firmB;

    @BeforeEach
    void demoRegistry() {
        EmptyRegistry.empty(jdbc);
        loader.load(DEMO, null);
        consent.grantDemoConsents(java.time.LocalDate.of(2026, 1, 5));
        accounts.create("a-analyst", PASSWORD, Role.PARK_ANALYST, A, null);
        accounts.create("a-admin", PASSWORD, Role.PARK_ADMIN, A, null);
        accounts.create("a-bank", PASSWORD, Role.BANK, A, null);
        firmA = jdbc.queryForObject(
                "SELECT MIN(e.credit_code) FROM enterprise e JOIN annual_report r"
                        + " ON r.credit_code = e.credit_code WHERE e.park_code = ? AND r.report_year = ?",
                String.class,
                A,
                DEMO.lastYear());
        firmB = jdbc.queryForObject("SELECT MIN(credit_code) FROM enterprise WHERE park_code = ?", String.class, B);
        accounts.create("a-firm", PASSWORD, Role.ENTERPRISE, A, firmA);
    }

    @Test
    void rankingOfDemoDataEqualsTheEngineOnTheGeneratorsRecords() {
        Collector generated = new Collector();
        new DemoPopulation().generate(DEMO, generated);
        List<Enterprise> ofA = generated.enterprises.stream()
                .filter(e -> e.parkCode().equals(A))
                .toList();
        PointsScheme scheme = PointsSchemeLoader.builtIn(PointsSchemeLoader.DEFAULT_ID);
        PointsInput input = PointsInput.fromReports(scheme, DEMO.lastYear(), ofA, generated.reports, CohortKind.PARK);
        PointsResult expected;
        try (PointsEngine engine = new PointsEngine(1)) {
            expected = engine.score(scheme, input);
        }
        List<PointsRanking.Entry> ranking = PointsRanking.ranking(expected, 0);
        assertThat(ranking).hasSizeGreaterThan(10);

        PointsRankingView view =
                points.ranking(ParkScope.park(A), A, null, scheme, null).orElseThrow();
        assertThat(view.year()).isEqualTo(DEMO.lastYear());
        assertThat(view.cohorts()).hasSize(1);
        List<PointsRankingView.Entry> entries = view.cohorts().get(0).entries();
        assertThat(entries).hasSameSizeAs(ranking);
        for (int j = 0; j < ranking.size(); j++) {
            PointsRanking.Entry e = ranking.get(j);
            PointsRankingView.Entry actual = entries.get(j);
            assertThat(actual.creditCode()).isEqualTo(e.key());
            assertThat(actual.rank()).isEqualTo(e.rank());
            assertThat(actual.total()).isEqualTo(e.total());
            assertThat(actual.percentile()).isEqualTo(e.percentile());
            assertThat(actual.indicatorPoints()).hasSize(18);
        }
        PointsRankingView.Movers movers = view.cohorts().get(0).movers();
        assertThat(movers.previousYear()).isEqualTo(DEMO.lastYear() - 1);
        assertThat(movers.up())
                .allSatisfy(m -> assertThat(m.change()).isPositive().isEqualTo(m.previousRank() - m.currentRank()));
        assertThat(movers.down()).allSatisfy(m -> assertThat(m.change()).isNegative());
        assertThat(view.cohorts().get(0).distribution().get(0).count()).isEqualTo(ranking.size());

        PointsRankingView top =
                points.ranking(ParkScope.ALL, A, null, scheme, 10).orElseThrow();
        assertThat(top.cohorts().get(0).entries())
                .allSatisfy(e -> assertThat(e.rank()).isLessThanOrEqualTo(10));
        assertThat(points.ranking(ParkScope.park(A), B, null, scheme, null)).isEmpty();
    }

    @Test
    void theBankListHoldsTheConsentingEnterprisesOnlyRankedInTheWholePark() {
        BankList list = points.bankList(ParkScope.park(A), A, DEMO.lastYear()).orElseThrow();
        Set<String> consenting = consenting();
        assertThat(list.rows()).extracting(BankList.Row::creditCode).containsExactlyInAnyOrderElementsOf(consenting);
        assertThat(list.ranked()).isGreaterThan(list.rows().size());
        assertThat(list.rows()).isSortedAccordingTo(java.util.Comparator.comparingInt(BankList.Row::rank));
        assertThat(points.bankList(ParkScope.park(A), B, DEMO.lastYear())).isEmpty();
    }

    Set<String> consenting() {
        return new HashSet<>(jdbc.queryForList(
                "SELECT c.credit_code FROM points_consent c JOIN"
                        + " enterprise e ON e.credit_code = c.credit_code JOIN annual_report r ON r.credit_code = c.credit_code"
                        + " WHERE e.park_code = ? AND r.report_year = ? AND c.revoked_on IS NULL",
                String.class,
                A,
                DEMO.lastYear()));
    }

    /** Keeps the generator's enterprises and reports. */
    static final class Collector implements DemoSink {
        final List<Enterprise> enterprises = new ArrayList<>();
        final List<AnnualReport> reports = new ArrayList<>();

        @Override
        public void park(Park park) {}

        @Override
        public void subPark(SubPark subPark) {}

        @Override
        public void enterprise(Enterprise enterprise) {
            enterprises.add(enterprise);
        }

        @Override
        public void report(AnnualReport report) {
            reports.add(report);
        }

        @Override
        public void qualification(Qualification qualification) {}

        @Override
        public void platform(InnovationPlatform platform) {}

        @Override
        public void carrier(Carrier carrier) {}

        @Override
        public void talent(Talent talent) {}

        @Override
        public void project(AttractionProject project) {}

        @Override
        public void contract(TechContract contract) {}
    }
}
