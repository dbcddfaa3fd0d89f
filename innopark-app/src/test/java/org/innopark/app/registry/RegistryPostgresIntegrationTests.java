package org.innopark.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.innopark.app.support.PostgresIntegrationTest;
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
}
