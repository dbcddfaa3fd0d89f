package org.innopark.app.patent;

import org.innopark.app.support.H2IntegrationTest;

/** 专利导航's contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class PatentH2IntegrationTests extends PatentContract {}
