package org.innopark.app.monitor;

import org.innopark.app.support.H2IntegrationTest;

/** The monitoring's contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class MonitorH2IntegrationTests extends MonitorContract {}
