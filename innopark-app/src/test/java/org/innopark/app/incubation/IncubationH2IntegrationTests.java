package org.innopark.app.incubation;

import org.innopark.app.support.H2IntegrationTest;

@H2IntegrationTest
class IncubationH2IntegrationTests extends IncubationContract {}
