package org.innopark.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TestAccounts;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** User administration through the API and the pages: who may manage whom, the password rule, and the audit trail. */
@H2IntegrationTest
class UserAdministrationIntegrationTests {

    static final String GOOD = "Good-Passw0rd-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    TwoParks parks;

    final RequestPostProcessor admin = httpBasic("admin", TestAccounts.ADMIN_PASSWORD);
    final RequestPostProcessor aAdmin = httpBasic("a-admin", TwoParks.PASSWORD);

    @BeforeEach
    void setUp() {
        parks = new TwoParks(jdbc, store, accounts);
    }

    private String json(String username, String password, String role, String park, String credit) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\""
                + (park == null ? "" : ",\"parkCode\":\"" + park + "\"")
                + (credit == null ? "" : ",\"creditCode\":\"" + credit + "\"") + "}";
    }

    @Test
    void theSystemAdministratorCreatesAnEnterpriseUserOfAnEnterpriseInItsPark() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("new-firm", GOOD, "ENTERPRISE", "CZHTZ", parks.bFirmCode())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("ENTERPRISE"))
                .andExpect(jsonPath("$.creditCode").value(parks.bFirmCode()))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(get("/api/v1/enterprises/" + parks.bFirmCode()).with(httpBasic("new-firm", GOOD)))
                .andExpect(status().isOk());
    }

    @Test
    void refusesAWeakPasswordNamingTheFieldInBothLanguages() throws Exception {
        for (String weak : List.of("short1A", "alllowercaseletters", "new-analyst-X1")) {
            mvc.perform(post("/api/v1/users")
                            .with(admin)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json("new-analyst", weak, "PARK_ANALYST", "CCHTZ", null)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("password"))
                    .andExpect(jsonPath("$.messageZh").value(containsString("密码")))
                    .andExpect(jsonPath("$.messageEn").value(containsString("password")));
        }
        assertThat(accounts.find("new-analyst")).isEmpty();
    }

    @Test
    void refusesAnUnknownParkAndAnEnterpriseOfAnotherPark() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("x-analyst", GOOD, "PARK_ANALYST", "NOPARK", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PARK_UNKNOWN"))
                .andExpect(jsonPath("$.field").value("parkCode"));
        mvc.perform(post("/api/v1/users")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("x-firm", GOOD, "ENTERPRISE", "CCHTZ", parks.bFirmCode())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ENTERPRISE_NOT_IN_PARK"));
        mvc.perform(post("/api/v1/users")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("x-firm", GOOD, "ENTERPRISE", "CCHTZ", null)))
                .andExpect(jsonPath("$.code").value("CREDIT_CODE_MISSING"));
        assertThat(accounts.find("x-firm")).isEmpty();
        assertThat(accounts.find("x-analyst")).isEmpty();
    }

    @Test
    void aParkAdministratorSeesAndManagesOnlyItsOwnParksAccounts() throws Exception {
        mvc.perform(get("/api/v1/users").with(aAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].parkCode", everyItem(is("CCHTZ"))))
                .andExpect(jsonPath("$[*].username", hasItem("a-analyst")))
                .andExpect(jsonPath("$[*].username", not(hasItem("admin"))))
                .andExpect(jsonPath("$[*].username", not(hasItem("b-analyst"))));
        // Another park's account and a system administrator are "not found"; nothing changes.
        for (String other : List.of("b-analyst", "admin", "nobody")) {
            mvc.perform(put("/api/v1/users/" + other + "/enabled")
                            .with(aAdmin)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"enabled\":false}"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/users/" + other).with(aAdmin)).andExpect(status().isNotFound());
        }
        assertThat(accounts.find("b-analyst").orElseThrow().enabled()).isTrue();
        // It cannot create accounts in another park, nor system administrators.
        mvc.perform(post("/api/v1/users")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("b-spy", GOOD, "PARK_ANALYST", "CZHTZ", null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_PARK"));
        mvc.perform(post("/api/v1/users")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("a-root", GOOD, "SYSTEM_ADMIN", null, null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));
        // Without a park, a park administrator's new account is of its own park.
        mvc.perform(post("/api/v1/users")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("a-new", GOOD, "PARK_ANALYST", null, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parkCode").value("CCHTZ"));
        // Nor can it move one of its accounts to another park.
        mvc.perform(put("/api/v1/users/a-new/role")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"PARK_ANALYST\",\"parkCode\":\"CZHTZ\"}"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find("a-new").orElseThrow().parkCode()).isEqualTo("CCHTZ");
        assertThat(accounts.find("b-spy")).isEmpty();
        assertThat(accounts.find("a-root")).isEmpty();
    }

    @Test
    void nobodyButAdministratorsManagesAccounts() throws Exception {
        for (String user : List.of("a-analyst", "a-firm")) {
            mvc.perform(get("/api/v1/users").with(httpBasic(user, TwoParks.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/users/" + user + "/role")
                            .with(httpBasic(user, TwoParks.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"role\":\"PARK_ADMIN\",\"parkCode\":\"CCHTZ\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/users").with(httpBasic(user, TwoParks.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/users").with(httpBasic("a-bank", TwoParks.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(accounts.find("a-analyst").orElseThrow().role()).isEqualTo(Role.PARK_ANALYST);
    }

    @Test
    void theLastEnabledSystemAdministratorCanBeNeitherDisabledNorDemoted() throws Exception {
        accounts.create("root2", GOOD, Role.SYSTEM_ADMIN, null, null);
        var root2 = httpBasic("root2", GOOD);
        mvc.perform(put("/api/v1/users/root2/enabled")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        // root2 is disabled: admin is the last one. root2 cannot sign in to try, and admin may not disable itself.
        mvc.perform(get("/api/v1/users").with(root2)).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/users/admin/enabled")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/users/admin/role")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"PARK_ADMIN\",\"parkCode\":\"CCHTZ\"}"))
                .andExpect(status().isConflict());
        // Demoting the last one from another account is refused too.
        jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = 'root2'");
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'admin'");
        mvc.perform(put("/api/v1/users/admin/role")
                        .with(root2)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"PARK_ADMIN\",\"parkCode\":\"CCHTZ\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/root2/role")
                        .with(root2)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"PARK_ADMIN\",\"parkCode\":\"CCHTZ\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("OWN_ACCOUNT"));
        Integer enabledAdmins = jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user WHERE role = 'SYSTEM_ADMIN' AND enabled = TRUE", Integer.class);
        assertThat(enabledAdmins).isEqualTo(1);
    }

    @Test
    void aResetPasswordWorksUnlocksAndIsAuditedWithoutTheHash() throws Exception {
        jdbc.update(
                "UPDATE app_user SET locked_until = CURRENT_TIMESTAMP + INTERVAL '1' HOUR WHERE username = ?",
                "a-analyst");
        mvc.perform(get("/api/v1/parks").with(httpBasic("a-analyst", TwoParks.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/users/a-analyst/password")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"" + GOOD + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false));
        mvc.perform(get("/api/v1/parks").with(httpBasic("a-analyst", GOOD))).andExpect(status().isOk());
        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT username, action, entity, entity_key, park_code, before_json, after_json FROM audit_event");
        assertThat(events).hasSize(1);
        Map<String, Object> e = events.get(0);
        assertThat(e)
                .containsEntry("username", "a-admin")
                .containsEntry("action", "PASSWORD_RESET")
                .containsEntry("entity", "account")
                .containsEntry("entity_key", "a-analyst")
                .containsEntry("park_code", "CCHTZ");
        assertThat(String.valueOf(e.get("before_json"))).contains("\"locked\":true");
        assertThat(String.valueOf(e.get("after_json"))).contains("\"locked\":false");
        String all = String.valueOf(e.get("before_json")) + e.get("after_json");
        String hash =
                jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'a-analyst'", String.class);
        assertThat(all).doesNotContain(hash).doesNotContain("bcrypt").doesNotContain(GOOD);
    }

    @Test
    void everyAccountChangeIsAuditedWithBeforeAndAfter() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("a-temp", GOOD, "PARK_ANALYST", null, null)))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1/users/a-temp/role")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"ENTERPRISE\",\"creditCode\":\"" + parks.aFirmCode() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creditCode").value(parks.aFirmCode()));
        mvc.perform(put("/api/v1/users/a-temp/enabled")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/users/a-temp/lock").with(aAdmin)).andExpect(status().isOk());
        List<String> actions = jdbc.queryForList(
                "SELECT action FROM audit_event WHERE entity_key = 'a-temp' ORDER BY id", String.class);
        assertThat(actions).containsExactly("CREATE", "UPDATE", "DISABLE", "UNLOCK");
        String update = jdbc.queryForObject(
                "SELECT before_json || ' => ' || after_json FROM audit_event WHERE action = 'UPDATE'", String.class);
        assertThat(update).contains("\"role\":\"PARK_ANALYST\"").contains("\"role\":\"ENTERPRISE\"");
        String create = jdbc.queryForObject(
                "SELECT COALESCE(before_json, 'null') || ' => ' || after_json FROM audit_event WHERE action = 'CREATE'",
                String.class);
        assertThat(create).startsWith("null => ").doesNotContain(GOOD);
    }

    @Test
    void aDisabledUsersOpenSessionEndsAtItsNextRequest() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", "a-analyst")
                        .param("password", TwoParks.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/parks").session(session)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/a-analyst/enabled")
                        .with(aAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/parks").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void theUsersPageListsCreatesAndShowsErrorsInline() throws Exception {
        mvc.perform(get("/admin/users").with(aAdmin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a-analyst")))
                .andExpect(content().string(not(containsString("b-analyst"))));
        mvc.perform(post("/admin/users")
                        .with(aAdmin)
                        .with(csrf())
                        .param("username", "a-page")
                        .param("password", "weak")
                        .param("role", "PARK_ANALYST"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("密码至少 10 个字符")));
        mvc.perform(post("/admin/users")
                        .with(aAdmin)
                        .with(csrf())
                        .param("username", "a-page")
                        .param("password", GOOD)
                        .param("role", "PARK_ANALYST")
                        .param("parkCode", "CCHTZ"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.find("a-page").orElseThrow().parkCode()).isEqualTo("CCHTZ");
        mvc.perform(post("/admin/users/a-page/enabled").with(aAdmin).param("enabled", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/a-page/enabled")
                        .with(aAdmin)
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.find("a-page").orElseThrow().enabled()).isFalse();
        mvc.perform(get("/admin/users/a-page").with(aAdmin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("重置密码")));
        mvc.perform(get("/admin/users/b-analyst").with(aAdmin)).andExpect(status().isNotFound());
    }

    @Test
    void anyUserChangesTheirOwnPasswordProvingTheCurrentOne() throws Exception {
        mvc.perform(post("/account/password")
                        .with(httpBasic("a-bank", TwoParks.PASSWORD))
                        .with(csrf())
                        .param("currentPassword", "wrong")
                        .param("newPassword", GOOD)
                        .param("repeatPassword", GOOD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/account/password")
                        .with(httpBasic("a-bank", TwoParks.PASSWORD))
                        .with(csrf())
                        .param("currentPassword", TwoParks.PASSWORD)
                        .param("newPassword", GOOD)
                        .param("repeatPassword", GOOD + "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/account/password")
                        .with(httpBasic("a-bank", TwoParks.PASSWORD))
                        .with(csrf())
                        .param("currentPassword", TwoParks.PASSWORD)
                        .param("newPassword", GOOD)
                        .param("repeatPassword", GOOD))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(httpBasic("a-bank", GOOD))).andExpect(status().isOk());
        mvc.perform(get("/account/password").with(httpBasic("a-bank", TwoParks.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("SELECT action FROM audit_event WHERE entity_key = 'a-bank'", String.class))
                .isEqualTo("PASSWORD_CHANGE");
    }
}
