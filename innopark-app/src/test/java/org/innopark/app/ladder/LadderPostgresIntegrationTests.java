package org.innopark.app.ladder;

import org.innopark.app.support.PostgresIntegrationTest;

/** The ladder's contract on a real PostgreSQL 15. */
@PostgresIntegrationTest
class LadderPostgresIntegrationTests extends LadderContract {}
