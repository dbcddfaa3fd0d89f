package org.innopark.app.overview;

import org.innopark.app.support.PostgresIntegrationTest;

/** The overview and search contract on a real PostgreSQL 15. */
@PostgresIntegrationTest
class OverviewPostgresIntegrationTests extends OverviewContract {}
