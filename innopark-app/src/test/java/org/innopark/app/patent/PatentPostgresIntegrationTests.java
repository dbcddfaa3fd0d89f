package org.innopark.app.patent;

import org.innopark.app.support.PostgresIntegrationTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** 专利导航's contract on PostgreSQL 15 (over HTTP too: the import is an upload). */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class PatentPostgresIntegrationTests extends PatentContract {}
