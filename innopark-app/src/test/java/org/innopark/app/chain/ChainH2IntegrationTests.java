package org.innopark.app.chain;

import org.innopark.app.support.H2IntegrationTest;

@H2IntegrationTest
class ChainH2IntegrationTests extends ChainContract {}
