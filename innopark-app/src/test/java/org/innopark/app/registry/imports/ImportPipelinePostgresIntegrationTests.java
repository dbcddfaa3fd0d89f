package org.innopark.app.registry.imports;

import org.innopark.app.support.PostgresIntegrationTest;

/** The import pipeline's all-or-nothing on a real PostgreSQL 15 (binary COPY, foreign keys checked per chunk). */
@PostgresIntegrationTest
class ImportPipelinePostgresIntegrationTests extends ImportPipelineContract {}
