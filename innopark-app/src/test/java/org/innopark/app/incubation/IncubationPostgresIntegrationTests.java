package org.innopark.app.incubation;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class IncubationPostgresIntegrationTests extends IncubationContract {}
