package org.innopark.app.points;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class PointsPostgresIntegrationTests extends PointsContract {}
