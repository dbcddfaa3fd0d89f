package org.innopark.app.bulletin;

import org.innopark.app.support.H2IntegrationTest;

@H2IntegrationTest
class BulletinH2IntegrationTests extends BulletinContract {}
