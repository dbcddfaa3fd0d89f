package org.innopark.app.security;

import org.innopark.app.support.H2IntegrationTest;

@H2IntegrationTest
class AccountLockoutH2IntegrationTests extends AccountLockoutContract {}
