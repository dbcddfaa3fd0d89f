package org.innopark.app.transfer;

import org.innopark.app.support.H2IntegrationTest;

@H2IntegrationTest
class TransferH2IntegrationTests extends TransferContract {}
