package org.innopark.app.bulletin;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class BulletinPostgresIntegrationTests extends BulletinContract {}
