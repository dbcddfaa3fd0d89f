package org.innopark.app.overview;

import org.innopark.app.support.H2IntegrationTest;

/** The overview and search contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class OverviewH2IntegrationTests extends OverviewContract {}
