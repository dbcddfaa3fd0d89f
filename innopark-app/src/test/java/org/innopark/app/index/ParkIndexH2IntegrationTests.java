package org.innopark.app.index;

import org.innopark.app.support.H2IntegrationTest;

@H2IntegrationTest
class ParkIndexH2IntegrationTests extends ParkIndexContract {}
