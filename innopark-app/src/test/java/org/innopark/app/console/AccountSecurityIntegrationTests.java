package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TwoParks;
import org.innopark.app.users.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The lockout under concurrent guessing, sessions ending when the password changes, and CSRF: exempt only for the
 * requests HTTP Basic authenticated, never for a session that merely carries an Authorization header.
 */
@H2IntegrationTest
class AccountSecurityIntegrationTests {

    static final String NEW_PASSWORD = "Fresh-Lantern-Oboe-73";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAdministration users;

    @Autowired
    ConfigurableApplicationContext context;

    @BeforeEach
    void setUp() {
        new TwoParks(jdbc, store, accounts);
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession before = new MockHttpSession();
        MvcResult result = mvc.perform(post("/login")
                        .session(before)
                        .with(csrf())
                        .param("username", username)
                        .param("password", password)
                        .with(request -> {
                            request.setRequestedSessionId(before.getId());
                            return request;
                        }))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** The statuses of n API requests of a-analyst sent at the same moment, the i-th with password(i). */
    List<Integer> concurrently(int n, java.util.function.IntFunction<String> password) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String guess = password.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/api/v1/parks").with(httpBasic("a-analyst", guess)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHundredConcurrentGuessesHaveAtMostFivePasswordsCheckedAndTheRightOneAfterThemIsRefused() throws Exception {
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ApplicationListener<AbstractAuthenticationFailureEvent> counter = event -> {
            if ("a-analyst".equals(event.getAuthentication().getName())) {
                refused.incrementAndGet();
                if (event instanceof AuthenticationFailureBadCredentialsEvent) {
                    checked.incrementAndGet();
                }
            }
        };
        context.addApplicationListener(counter);
        int guesses = 100;
        try {
            assertThat(concurrently(guesses, i -> "Wrong-Guess-" + i)).containsOnly(401);
        } finally {
            context.removeApplicationListener(counter);
        }
        assertThat(refused.get()).isEqualTo(guesses);
        assertThat(checked.get()).as("passwords verified").isLessThanOrEqualTo(5);
        mvc.perform(get("/api/v1/parks").with(httpBasic("a-analyst", TwoParks.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login").with(csrf()).param("username", "a-analyst").param("password", TwoParks.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void twentyFourConcurrentRequestsWithTheRightPasswordAreAllServedAndLockNothing() throws Exception {
        assertThat(concurrently(24, i -> TwoParks.PASSWORD)).containsOnly(200);
        assertThat(accounts.status("a-analyst").orElseThrow().locked()).isFalse();
    }

    @Test
    void theFifthAttemptStillSignsInWithTheRightPasswordAndClearsTheCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/parks").with(httpBasic("a-analyst", "wrong")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/parks").with(httpBasic("a-analyst", TwoParks.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "SELECT failed_attempts FROM app_user WHERE username = 'a-analyst'", Integer.class))
                .isZero();
    }

    @Test
    void anAdministratorsPasswordResetEndsTheUsersSessions() throws Exception {
        MockHttpSession session = signIn("a-analyst", TwoParks.PASSWORD);
        mvc.perform(get("/api/v1/parks").session(session)).andExpect(status().isOk());
        users.resetPassword(accounts.find("admin").orElseThrow(), "a-analyst", NEW_PASSWORD);
        mvc.perform(get("/parks/CCHTZ").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/parks").session(session)).andExpect(status().isUnauthorized());
        // The new password signs in again.
        MockHttpSession again = signIn("a-analyst", NEW_PASSWORD);
        mvc.perform(get("/api/v1/parks").session(again)).andExpect(status().isOk());
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        MockHttpSession here = signIn("a-analyst", TwoParks.PASSWORD);
        MockHttpSession elsewhere = signIn("a-analyst", TwoParks.PASSWORD);
        mvc.perform(post("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("currentPassword", TwoParks.PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("repeatPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/parks").session(here)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/parks").session(elsewhere)).andExpect(status().isUnauthorized());
    }

    @Test
    void aSessionCarryingAnAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = signIn("a-analyst", TwoParks.PASSWORD);
        String body = "{\"currentPassword\":\"" + TwoParks.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}";
        // Another scheme: HTTP Basic does not read it, the session authenticates, so CSRF applies.
        mvc.perform(put("/api/v1/account/password")
                        .session(session)
                        .header("Authorization", "Bearer anything")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        // HTTP Basic naming the session's user with a wrong password: Basic alone decides, and refuses.
        mvc.perform(put("/api/v1/account/password")
                        .session(session)
                        .with(httpBasic("a-analyst", "not-the-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        assertThat(accounts.find("a-analyst")).isPresent();
        mvc.perform(get("/api/v1/parks").with(httpBasic("a-analyst", TwoParks.PASSWORD)))
                .andExpect(status().isOk());
        // Real HTTP Basic credentials need no token (API clients have none).
        mvc.perform(put("/api/v1/account/password")
                        .with(httpBasic("a-analyst", TwoParks.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNoContent());
    }
}
