package org.innopark.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lockout's reservation of sign-in attempts, on each database: at most {@link Accounts#MAX_FAILURES} attempts in
 * a row are reserved however many arrive at once, the last of them locks the account, a success clears the count,
 * and an expired lock starts a new one.
 */
abstract class AccountLockoutContract {

    static final String USER = "lockout-contract";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void account() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
        accounts.create(USER, "Lockout-Contract-Pw-9", Role.SYSTEM_ADMIN, null, null);
    }

    @AfterEach
    void removeAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
    }

    @Test
    void reservesFiveAttemptsInARowThenRefusesUntilTheLockExpires() {
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThat(accounts.reserveAttempt(USER)).as("attempt " + (i + 1)).isTrue();
        }
        assertThat(accounts.reserveAttempt(USER)).isFalse();
        assertThat(accounts.status(USER).orElseThrow().locked()).isTrue();
        jdbc.update(
                "UPDATE app_user SET locked_until = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE username = ?", USER);
        assertThat(accounts.reserveAttempt(USER)).isTrue();
        assertThat(jdbc.queryForObject("SELECT failed_attempts FROM app_user WHERE username = ?", Integer.class, USER))
                .isEqualTo(1);
        assertThat(accounts.status(USER).orElseThrow().locked()).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < Accounts.MAX_FAILURES - 1; i++) {
            accounts.reserveAttempt(USER);
        }
        accounts.loginSucceeded(USER);
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThat(accounts.reserveAttempt(USER)).isTrue();
        }
        assertThat(accounts.reserveAttempt(USER)).isFalse();
    }

    @Test
    void concurrentReservationsGetFiveAtMost() throws Exception {
        int threads = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return accounts.reserveAttempt(USER);
                }));
            }
            start.countDown();
            int reserved = 0;
            for (Future<Boolean> r : results) {
                reserved += r.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(reserved).isEqualTo(Accounts.MAX_FAILURES);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownAccountReservesNothing() {
        assertThat(accounts.reserveAttempt("no-such-account")).isFalse();
    }
}
