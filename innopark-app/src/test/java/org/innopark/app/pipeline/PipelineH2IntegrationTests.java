package org.innopark.app.pipeline;

import org.innopark.app.support.H2IntegrationTest;

@H2IntegrationTest
class PipelineH2IntegrationTests extends PipelineContract {}
