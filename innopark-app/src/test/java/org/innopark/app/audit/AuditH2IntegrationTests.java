package org.innopark.app.audit;

import org.innopark.app.support.H2IntegrationTest;

/** The audit log's contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class AuditH2IntegrationTests extends AuditContract {}
