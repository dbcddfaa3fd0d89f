package org.innopark.app.chain;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ChainPostgresIntegrationTests extends ChainContract {}
