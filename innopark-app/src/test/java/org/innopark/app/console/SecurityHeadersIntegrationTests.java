package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every response carries the Content-Security-Policy (with a fresh nonce that every script of the page carries and
 * that allows no inline script otherwise), Referrer-Policy, X-Content-Type-Options and the framing ban; HSTS only on
 * requests that came over TLS. No page has an inline event handler, which the policy would block.
 */
@H2IntegrationTest
class SecurityHeadersIntegrationTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");

    static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{16,})'");
    static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void demo() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
    }

    static List<String> pages() {
        return List.of(
                "/",
                "/parks/CCHTZ",
                "/parks/CCHTZ/enterprises",
                "/enterprises/" + DemoRegistry.YUANYU,
                "/enterprises/" + DemoRegistry.YUANYU + "/reports/" + DemoRegistry.YEAR + "/edit",
                "/parks/CCHTZ/ladder",
                "/parks/CCHTZ/points",
                "/index",
                "/imports",
                "/admin/users",
                "/admin/users/" + DemoRegistry.CC_ANALYST,
                "/admin/audit",
                "/account/password");
    }

    @Test
    void everyPageSendsTheHeadersAndItsScriptsCarryTheResponsesNonce() throws Exception {
        List<String> nonces = new ArrayList<>();
        for (String page : pages()) {
            MockHttpServletResponse response =
                    mvc.perform(get(page).with(ADMIN)).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(200);
            String nonce = assertHeaders(page, response);
            nonces.add(nonce);
            String html = response.getContentAsString();
            Matcher tags = SCRIPT_TAG.matcher(html);
            int scripts = 0;
            while (tags.find()) {
                scripts++;
                assertThat(tags.group()).as(page + ": " + tags.group()).contains("nonce=\"" + nonce + "\"");
            }
            assertThat(scripts).as(page + " loads its scripts").isGreaterThanOrEqualTo(2);
            assertThat(EVENT_HANDLER.matcher(html).find())
                    .as(page + " has no inline event handler")
                    .isFalse();
        }
        assertThat(nonces).as("a fresh nonce per response").doesNotHaveDuplicates();
    }

    @Test
    void theLoginPageStaticFilesErrorsAndTheApiSendTheHeadersToo() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(
                get("/login"),
                get("/js/console.js"),
                get("/css/innopark.css"),
                get("/api/v1/parks"),
                get("/api/v1/parks").with(ADMIN),
                get("/no-such-page").with(ADMIN))) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertHeaders(request.toString(), response);
        }
    }

    @Test
    void hstsIsSentOnlyOverTls() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
        assertThat(mvc.perform(get("/login").secure(true))
                        .andReturn()
                        .getResponse()
                        .getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    /** Checks the headers and returns the policy's nonce. */
    static String assertHeaders(String what, MockHttpServletResponse response) {
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as(what + " Content-Security-Policy").isNotNull();
        Matcher nonce = NONCE.matcher(csp);
        assertThat(nonce.find()).as(what + " nonce in " + csp).isTrue();
        assertThat(csp)
                .doesNotContain("'unsafe-eval'")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                .doesNotContain("'unsafe-inline'")
                .doesNotContain("*");
        assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
        return nonce.group(1);
    }
}
