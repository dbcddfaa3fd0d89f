package org.innopark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.innopark.app.registry.RegistryQueries;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.EmptyRegistry;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.demo.DemoSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loading the demo population stores exactly what the generator reports, on every database. */
abstract class DemoLoadContract {

    static final DemoSpec SMALL = DemoSpec.defaults().withEnterprises(400).withYears(3);

    @Autowired
    DemoLoader loader;

    @Autowired
    RegistryQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyRegistry() {
        EmptyRegistry.empty(jdbc);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @Test
    void storesExactlyWhatTheGeneratorReports() {
        assertThat(loader.registryIsEmpty()).isTrue();
        DemoSummary s = loader.load(SMALL, null);
        assertThat(count("park")).isEqualTo(s.parks());
        assertThat(count("sub_park")).isEqualTo(s.subParks());
        assertThat(count("enterprise")).isEqualTo(s.enterprises()).isEqualTo(400);
        assertThat(count("annual_report")).isEqualTo(s.reports());
        assertThat(count("qualification")).isEqualTo(s.qualifications());
        assertThat(count("innovation_platform")).isEqualTo(s.platforms());
        assertThat(count("carrier")).isEqualTo(s.carriers());
        assertThat(count("talent")).isEqualTo(s.talents());
        assertThat(count("attraction_project")).isEqualTo(s.projects());
        assertThat(count("tech_contract")).isEqualTo(s.contracts());
        for (DemoSummary.ParkFigures p : s.perPark()) {
            assertThat(queries.counts(p.parkCode())).containsEntry("enterprises", p.enterprises());
            assertThat(queries.enterprises(ParkScope.park(p.parkCode()), null, null, 0, 1)
                            .total())
                    .isEqualTo(p.enterprises());
        }
        assertThat(loader.registryIsEmpty()).isFalse();
    }

    @Test
    void loadingTheSameSpecTwiceChangesNothing() {
        loader.load(SMALL, null);
        String before =
                jdbc.queryForObject("SELECT COUNT(*) || ':' || SUM(employees) FROM annual_report", String.class);
        loader.load(SMALL, null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) || ':' || SUM(employees) FROM annual_report", String.class))
                .isEqualTo(before);
        assertThat(count("enterprise")).isEqualTo(400);
    }
}
