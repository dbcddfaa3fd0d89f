package org.innopark.app.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.innopark.app.support.RegistryFixtures.changchun;
import static org.innopark.app.support.RegistryFixtures.changzhou;
import static org.innopark.app.support.RegistryFixtures.enterprise;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.app.support.EmptyRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TestAccounts;
import org.innopark.engine.registry.Enterprise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Login, CSRF, lockout, language, and the park scope of the API as seen from outside. */
@H2IntegrationTest
class ConsoleSecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    final Enterprise ccFirm = enterprise(changchun(), 11, "长春安全测试光电有限公司");
    final Enterprise czFirm = enterprise(changzhou(), 12, "常州安全测试材料有限公司");

    @BeforeEach
    void registry() {
        EmptyRegistry.empty(jdbc);
        store.saveParks(List.of(changchun(), changzhou()));
        store.saveEnterprises(List.of(ccFirm, czFirm));
        for (String user : List.of("cc-analyst", "locked-user")) {
            accounts.create(user, "analyst-password", Role.PARK_ANALYST, "CCHTZ", null);
        }
    }

    @Test
    void everyApiNeedsALogin() throws Exception {
        mvc.perform(get("/api/v1/parks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/enterprises/" + ccFirm.creditCode())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/parks").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void everyPageNeedsALogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Username")));
    }

    @Test
    void aFormLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", TestAccounts.ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "admin")
                        .param("password", TestAccounts.ADMIN_PASSWORD))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theAdministratorSeesEveryPark() throws Exception {
        mvc.perform(get("/api/v1/parks").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasSize(2)));
        mvc.perform(get("/").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("长春高新技术产业开发区")))
                .andExpect(content().string(containsString("常州国家高新技术产业开发区")));
    }

    @Test
    void aParkAnalystGetsNothingOfAnotherParkByIdCodeOrSearch() throws Exception {
        var analyst = httpBasic("cc-analyst", "analyst-password");
        mvc.perform(get("/api/v1/parks").with(analyst))
                .andExpect(jsonPath("$[*].code", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("CCHTZ"));
        mvc.perform(get("/api/v1/parks/CZHTZ").with(analyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + czFirm.creditCode()).with(analyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + czFirm.creditCode() + "/reports")
                        .with(analyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises").param("q", "常州").with(analyst))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/enterprises").param("park", "CZHTZ").with(analyst))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/enterprises/" + ccFirm.creditCode()).with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprise.name").value(ccFirm.name()));
        mvc.perform(get("/").with(analyst)).andExpect(redirectedUrl("/parks/CCHTZ"));
    }

    @Test
    void fiveFailuresInARowLockTheAccount() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/parks").with(httpBasic("locked-user", "bad")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/parks").with(httpBasic("locked-user", "analyst-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void rejectsAPageSizeOutsideTheLimits() throws Exception {
        mvc.perform(get("/api/v1/enterprises")
                        .param("size", "100000")
                        .with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
