package org.innopark.app.ladder;

import org.innopark.app.support.H2IntegrationTest;

/** The credit register's contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class CreditRecordsH2IntegrationTests extends CreditRecordsContract {}
