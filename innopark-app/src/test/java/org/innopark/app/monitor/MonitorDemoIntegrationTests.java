package org.innopark.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's monitoring: 36 months of monthly reports for the demo population and its cases, open ones of the last
 * months and resolved ones whose outcomes are what the generator made befall each firm.
 */
@H2IntegrationTest
class MonitorDemoIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    MonitorDemo demo;

    @Test
    void theDemoHasMonthlyReportsOpenCasesAndAHistoryOfOutcomes() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        jdbc.update("DELETE FROM monitor_alert");
        jdbc.update("DELETE FROM monitor_case_step");
        jdbc.update("DELETE FROM monitor_case");
        jdbc.update("DELETE FROM monthly_report");
        long rows = loader.loadMonthlyReports(DemoRegistry.SPEC, 36);
        assertThat(rows).isBetween(600L * 30, 600L * 36);
        assertThat(jdbc.queryForObject("SELECT MIN(period) || ' ' || MAX(period) FROM monthly_report", String.class))
                .isEqualTo("2023-01 2025-12");
        int cases = demo.seed(MonitorDemo.visit(DemoLoader.history(DemoRegistry.SPEC, 36)));
        assertThat(cases).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitor_case WHERE state <> 'RESOLVED'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM monitor_case WHERE outcome IN ('CONFIRMED', 'HELPED')", Integer.class))
                .as("the history has firms that were in trouble")
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM monitor_case WHERE state = 'RESOLVED' AND outcome IS NULL",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM monitor_case c WHERE NOT EXISTS (SELECT 1 FROM monitor_case_step s"
                                + " WHERE s.case_id = c.id AND s.action = 'OPEN')",
                        Integer.class))
                .isZero();
    }
}
