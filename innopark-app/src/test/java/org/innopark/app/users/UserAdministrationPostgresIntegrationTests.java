package org.innopark.app.users;

import org.innopark.app.support.PostgresIntegrationTest;

/** The user administration's contract on a real PostgreSQL 15. */
@PostgresIntegrationTest
class UserAdministrationPostgresIntegrationTests extends UserAdministrationContract {}
