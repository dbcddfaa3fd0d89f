package org.innopark.app.transfer;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class EnterpriseTransferPostgresIntegrationTests extends EnterpriseTransferContract {}
