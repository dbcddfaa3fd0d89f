package org.innopark.app.registry;

import org.innopark.app.support.H2IntegrationTest;

/** The registry contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class RegistryH2IntegrationTests extends RegistryContract {}
