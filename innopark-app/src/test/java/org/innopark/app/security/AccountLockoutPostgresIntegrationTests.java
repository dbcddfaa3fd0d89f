package org.innopark.app.security;

import org.innopark.app.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class AccountLockoutPostgresIntegrationTests extends AccountLockoutContract {}
