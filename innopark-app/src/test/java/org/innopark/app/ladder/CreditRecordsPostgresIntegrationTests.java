package org.innopark.app.ladder;

import org.innopark.app.support.PostgresIntegrationTest;

/** The credit register's contract on a real PostgreSQL 15. */
@PostgresIntegrationTest
class CreditRecordsPostgresIntegrationTests extends CreditRecordsContract {}
