package org.innopark.app.talent;

import org.innopark.app.support.PostgresIntegrationTest;

/** 人才服务's contract on PostgreSQL 15. */
@PostgresIntegrationTest
class TalentPostgresIntegrationTests extends TalentContract {}
