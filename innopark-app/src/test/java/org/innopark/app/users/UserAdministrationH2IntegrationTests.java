package org.innopark.app.users;

import org.innopark.app.support.H2IntegrationTest;

/** The user administration's contract on the embedded default, H2 in PostgreSQL mode. */
@H2IntegrationTest
class UserAdministrationH2IntegrationTests extends UserAdministrationContract {}
