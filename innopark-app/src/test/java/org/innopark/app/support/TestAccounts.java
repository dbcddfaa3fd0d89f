package org.innopark.app.support;

/** Credentials the integration tests create and use. */
public final class TestAccounts {

    /** The first administrator's password in tests (set through innopark.admin-password). */
    public static final String ADMIN_PASSWORD = "test-admin-password";

    /**
     * The tests' bcrypt cost, as a property: the cheapest bcrypt allows (2^4 rounds instead of production's 2^10), so
     * that the hundreds of HTTP Basic sign-ins of the integration tests do not each spend tens of milliseconds on a
     * hash. Every test context sets it; production never does.
     */
    public static final String CHEAP_BCRYPT = "innopark.security.bcrypt-strength=4";

    private TestAccounts() {}
}
