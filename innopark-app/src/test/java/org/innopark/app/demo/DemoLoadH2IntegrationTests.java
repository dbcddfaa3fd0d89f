package org.innopark.app.demo;

import org.innopark.app.support.H2IntegrationTest;

@H2IntegrationTest
class DemoLoadH2IntegrationTests extends DemoLoadContract {}
