package org.innopark.app.ladder;

import org.innopark.app.support.H2IntegrationTest;

/** The ladder's contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class LadderH2IntegrationTests extends LadderContract {}
