package org.innopark.app.registry;

import org.innopark.app.support.PostgresIntegrationTest;

/** The registry contract on a real PostgreSQL 15. */
@PostgresIntegrationTest
class RegistryPostgresIntegrationTests extends RegistryContract {}
