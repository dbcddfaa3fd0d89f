package org.innopark.app.talent;

import org.innopark.app.support.H2IntegrationTest;

/** 人才服务's contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class TalentH2IntegrationTests extends TalentContract {}
