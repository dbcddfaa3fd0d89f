package org.innopark.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innopark.app.support.RegistryFixtures.enterprise;
import static org.innopark.app.support.RegistryFixtures.report;

import java.util.ArrayList;
import java.util.List;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.PostgresIntegrationTest;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Enterprise;
import org.junit.jupiter.api.Test;

/** The registry contract on a real PostgreSQL 15. */
@PostgresIntegrationTest
class RegistryPostgresIntegrationTests extends RegistryContract {

    @Test
    void newReportsAreCopiedWithTheForeignKeyCheckedPerChunkOnlyWhileTheTableHasNoOtherTrigger() {
        // the test server's role is a superuser, so the bulk path may replace the per-row foreign-key triggers
        assertThat(jdbc.execute(
                        (java.sql.Connection c) -> BulkMerge.triggerFreeParents(c, RegistryTables.ANNUAL_REPORT)))
                .containsExactly(new BulkMerge.ParentKey(0, "enterprise", "credit_code"));
        jdbc.execute(
                "CREATE FUNCTION pipeline_test_noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'");
        jdbc.execute("CREATE TRIGGER pipeline_test_audit BEFORE INSERT ON annual_report"
                + " FOR EACH ROW EXECUTE FUNCTION pipeline_test_noop()");
        try {
            List<BulkMerge.ParentKey> withTrigger = jdbc.execute(
                    (java.sql.Connection c) -> BulkMerge.triggerFreeParents(c, RegistryTables.ANNUAL_REPORT));
            assertThat(withTrigger).isNull();
        } finally {
            jdbc.execute("DROP TRIGGER pipeline_test_audit ON annual_report");
            jdbc.execute("DROP FUNCTION pipeline_test_noop()");
        }
    }

    /** 101 enterprises of 长春, saved. */
    private List<Enterprise> hundredAndOneEnterprises() {
        List<Enterprise> enterprises = new ArrayList<>();
        for (int n = 0; n < 101; n++) {
            enterprises.add(enterprise(cc, 1000 + n, "批量测试企业" + n + "有限公司"));
        }
        store.saveEnterprises(enterprises);
        return enterprises;
    }

    private static List<AnnualReport> reports2024(List<Enterprise> enterprises) {
        return enterprises.stream()
                .map(e -> report(e, 2024, 10, "1000000.00", "50000.00"))
                .toList();
    }

    @Test
    void aChunkAssumedNewThatHoldsAStoredKeyIsRolledBackToItsSavepointAndMerged() {
        List<Enterprise> enterprises = hundredAndOneEnterprises();
        List<AnnualReport> reports = new ArrayList<>(reports2024(enterprises));
        // row 1 is not among the sampled keys (every third row of 101), so the chunk is first copied as new keys
        store.saveReports(List.of(reports.get(1)));
        reports.set(1, report(enterprises.get(1), 2024, 11, "1000000.00", "50000.00"));
        MergeCounts counts = transactions.execute(status -> store.saveReports(reports));
        assertThat(counts).isEqualTo(new MergeCounts(100, 1, 0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM annual_report WHERE report_year = 2024", Long.class))
                .isEqualTo(101);
        assertThat(queries.reports(
                        ParkScope.ALL, enterprises.get(1).creditCode().value()))
                .singleElement()
                .satisfies(r -> assertThat(r.figures().get("employees")).isEqualByComparingTo("11"));
    }

    @Test
    void chunksCopiedAsNewStopUsingSubtransactionsBeforePostgresqlsCacheOfThemIsFull() {
        List<AnnualReport> reports = reports2024(hundredAndOneEnterprises());
        String used = transactions.execute(status -> {
            long inserted = 0;
            for (AnnualReport r : reports) {
                inserted += store.saveReports(List.of(r)).inserted();
            }
            assertThat(inserted).isEqualTo(101);
            return jdbc.queryForObject("SELECT current_setting('innopark.bulk_subtransactions', true)", String.class);
        });
        assertThat(Integer.parseInt(used)).isEqualTo(BulkMerge.CACHED_SUBTRANSACTIONS - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM annual_report", Long.class))
                .isEqualTo(101);
    }

    @Test
    void aKeyTwiceInOneChunkStillFailsAndLeavesNothingWritten() {
        List<AnnualReport> reports = new ArrayList<>(reports2024(hundredAndOneEnterprises()));
        reports.add(reports.get(50));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> store.saveReports(reports)))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM annual_report", Long.class))
                .isZero();
    }

    @Test
    void keyLookupsArePlannedForEachExecutionAndPutTheSettingBack() {
        List<String> seen = transactions.execute(status -> jdbc.execute((java.sql.Connection c) -> {
            jdbc.execute("SET LOCAL plan_cache_mode = auto");
            String during = KeyLookups.withFreshPlans(
                    c,
                    () -> jdbc.queryForObject(
                            "SELECT current_setting('plan_cache_mode') || ' ' || current_setting('enable_seqscan')",
                            String.class));
            String probing = KeyLookups.probingTheKeyIndex(
                    c,
                    () -> jdbc.queryForObject(
                            "SELECT current_setting('plan_cache_mode') || ' ' || current_setting('enable_seqscan')",
                            String.class));
            String after = jdbc.queryForObject(
                    "SELECT current_setting('plan_cache_mode') || ' ' || current_setting('enable_seqscan')",
                    String.class);
            assertThatThrownBy(() -> KeyLookups.probingTheKeyIndex(c, () -> {
                        throw new java.sql.SQLException("lookup failed");
                    }))
                    .hasMessage("lookup failed");
            String afterFailure = jdbc.queryForObject(
                    "SELECT current_setting('plan_cache_mode') || ' ' || current_setting('enable_seqscan')",
                    String.class);
            return List.of(during, probing, after, afterFailure);
        }));
        assertThat(seen).containsExactly("force_custom_plan on", "force_custom_plan off", "auto on", "auto on");
    }
}
