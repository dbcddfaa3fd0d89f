package org.innopark.app.pipeline;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class PipelinePostgresIntegrationTests extends PipelineContract {}
