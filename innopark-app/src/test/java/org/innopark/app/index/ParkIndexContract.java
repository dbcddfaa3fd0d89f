package org.innopark.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.innopark.app.support.RegistryFixtures.changchun;
import static org.innopark.app.support.RegistryFixtures.changzhou;
import static org.innopark.app.support.RegistryFixtures.enterprise;
import static org.innopark.app.support.RegistryFixtures.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.support.EmptyRegistry;
import org.innopark.engine.index.IndexRun;
import org.innopark.engine.registry.Enterprise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The index over the registry, written once and run on H2 and on PostgreSQL: park figures stored and replaced, and
 * indicator values computed from the stored reports and figures (expected values by hand in the comments).
 */
abstract class ParkIndexContract {

    @Autowired
    RegistryStore store;

    @Autowired
    ParkFigureStore figures;

    @Autowired
    ParkIndex index;

    @Autowired
    JdbcTemplate jdbc;

    final Enterprise cc1 = enterprise(changchun(), 21, "长春指数测试一有限公司");
    final Enterprise cc2 = enterprise(changchun(), 22, "长春指数测试二有限公司");
    final Enterprise cz1 = enterprise(changzhou(), 23, "常州指数测试有限公司");

    @BeforeEach
    void registry() {
        EmptyRegistry.empty(jdbc);
        store.saveParks(List.of(changchun(), changzhou()));
        store.saveEnterprises(List.of(cc1, cc2, cz1));
        store.saveReports(List.of(
                report(cc1, 2023, 10, "800000", "40000"),
                report(cc1, 2024, 12, "1000000", "50000"),
                report(cc2, 2024, 30, "3000000", "90000"),
                report(cz1, 2023, 20, "1500000", "150000"),
                report(cz1, 2024, 20, "2000000", "200000")));
    }

    static ParkFigureStore.Figure figure(String park, String key, int year, String value) {
        return new ParkFigureStore.Figure(park, key, year, new BigDecimal(value), "测试 test");
    }

    @Test
    void storesAndReplacesFiguresWithoutDuplicates() {
        ParkFigureStore.ImportResult first = figures.save(List.of(
                figure("CCHTZ", "rdInstitutionsNationalProvincial", 2024, "7"),
                figure("CZHTZ", "rdInstitutionsNationalProvincial", 2024, "3"),
                figure("CZHTZ", "area", 2024, "12.345678")));
        assertThat(first.inserted()).isEqualTo(3);
        assertThat(first.keysNotInFrameworks()).containsExactly("area");
        ParkFigureStore.ImportResult again = figures.save(List.of(figure("CZHTZ", "area", 2024, "13")));
        assertThat(again.inserted()).isZero();
        assertThat(again.replaced()).isEqualTo(1);
        assertThat(figures.list("CZHTZ", 2024))
                .extracting(ParkFigureStore.Figure::key, f -> f.value().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("area", "13"),
                        org.assertj.core.groups.Tuple.tuple("rdInstitutionsNationalProvincial", "3"));
        assertThat(figures.list(null, null)).hasSize(3);
    }

    @Test
    void computesIndicatorsFromTheStoredReportsAndFigures() {
        figures.save(List.of(
                figure("CCHTZ", "rdInstitutionsNationalProvincial", 2024, "7"),
                figure("CZHTZ", "rdInstitutionsNationalProvincial", 2024, "3")));
        IndexRun run = index.calculate("national-htz-2021", 2024, null, 0);
        assertThat(run.result().years()).containsExactly(2023, 2024);
        // 1.3 = Σ rdExpense ÷ Σ operatingRevenue × 100: 长春 (50,000 + 90,000) ÷ 4,000,000 = 3.5%, 常州 10%
        assertThat(run.result().raw("CCHTZ", "1.3", 2024)).isCloseTo(3.5, within(1e-9));
        assertThat(run.result().raw("CZHTZ", "1.3", 2024)).isCloseTo(10, within(1e-9));
        assertThat(run.result().rank("1.3", "CZHTZ", 2024)).isEqualTo(1);
        // 2.4 = Σ revenue(2024) − Σ revenue(2023): 长春 4,000,000 − 800,000, 常州 2,000,000 − 1,500,000
        assertThat(run.result().raw("CCHTZ", "2.4", 2024)).isCloseTo(3_200_000, within(1e-6));
        assertThat(run.result().raw("CZHTZ", "2.4", 2024)).isCloseTo(500_000, within(1e-6));
        // 1.1 is imported
        assertThat(run.result().raw("CCHTZ", "1.1", 2024)).isEqualTo(7);
        assertThat(run.result().rank("1.1", "CCHTZ", 2024)).isEqualTo(1);
        IndexReport report = IndexReport.of(run, Locale.SIMPLIFIED_CHINESE);
        assertThat(report.ranking())
                .extracting(IndexReport.ParkRanking::park)
                .containsExactlyInAnyOrder("CCHTZ", "CZHTZ");
    }

    @Test
    void aParksFiguresGoWithThePark() {
        figures.save(List.of(figure("CZHTZ", "area", 2024, "1")));
        EmptyRegistry.empty(jdbc);
        assertThat(figures.list(null, null)).isEmpty();
    }
}
