package org.innopark.app.support;

/** Credentials the integration tests create and use. */
public final class TestAccounts {

    /** The first administrator's password in tests (set through innopark.admin-password). */
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private TestAccounts() {}
}
