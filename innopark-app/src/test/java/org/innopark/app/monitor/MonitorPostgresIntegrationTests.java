package org.innopark.app.monitor;

import org.innopark.app.support.PostgresIntegrationTest;

/** The monitoring's contract on PostgreSQL 15. */
@PostgresIntegrationTest
class MonitorPostgresIntegrationTests extends MonitorContract {}
