package org.innopark.app.audit;

import org.innopark.app.support.PostgresIntegrationTest;

/** The audit log's contract on a real PostgreSQL 15. */
@PostgresIntegrationTest
class AuditPostgresIntegrationTests extends AuditContract {}
