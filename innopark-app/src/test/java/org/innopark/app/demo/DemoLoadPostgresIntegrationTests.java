package org.innopark.app.demo;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class DemoLoadPostgresIntegrationTests extends DemoLoadContract {}
