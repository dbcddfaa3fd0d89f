package org.innopark.app.index;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ParkIndexPostgresIntegrationTests extends ParkIndexContract {}
