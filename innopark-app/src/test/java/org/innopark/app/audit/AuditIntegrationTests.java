package org.innopark.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TestAccounts;
import org.innopark.app.support.TwoParks;
import org.innopark.engine.registry.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;

/** The audit log: consents, park figures and imports recorded, and each administrator reading only its part. */
@H2IntegrationTest
class AuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    TwoParks parks;

    @BeforeEach
    void setUp() {
        parks = new TwoParks(jdbc, store, accounts);
        jdbc.update("DELETE FROM import_record WHERE username IN ('a-analyst', 'b-analyst')");
    }

    /** Imports two new enterprises of the park through the API, as the user: the import history audits it. */
    private void importBy(String username, String park, long firstNumber, String file) throws Exception {
        StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,所属园区代码\r\n");
        for (long n = firstNumber; n < firstNumber + 2; n++) {
            String first17 = "91220101" + String.format("%09d", 900 + n);
            csv.append(first17)
                    .append(CreditCode.checkCharacter(first17))
                    .append(",审计测试企业")
                    .append(n)
                    .append("有限公司,")
                    .append(park)
                    .append("\r\n");
        }
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file", file, "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(username, TwoParks.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void anEventCannotBeWrittenOutsideTheChangesTransaction() {
        assertThatThrownBy(
                        () -> audit.record("x", AuditLog.Action.UPDATE, AuditLog.Entity.ACCOUNT, "x", null, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void consentGrantsAndRevokesAreAuditedWithBeforeAndAfter() throws Exception {
        var firm = httpBasic("a-firm", TwoParks.PASSWORD);
        String url = "/api/v1/enterprises/" + parks.aFirmCode() + "/points-consent";
        mvc.perform(put(url).with(firm)).andExpect(status().isOk());
        mvc.perform(delete(url).with(firm)).andExpect(status().isOk());
        List<String> rows = jdbc.queryForList(
                "SELECT action || ' ' || username || ' ' || park_code || ' ' || COALESCE(before_json, 'null') || ' => '"
                        + " || after_json FROM audit_event WHERE entity = 'points_consent' ORDER BY id",
                String.class);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("GRANT a-firm CCHTZ null => ").contains("\"revokedOn\":null");
        assertThat(rows.get(1)).startsWith("REVOKE a-firm CCHTZ {").contains("\"revokedOn\":\"" + LocalDate.now());
    }

    @Test
    void parkFigureImportsAreAuditedPerPark() throws Exception {
        mvc.perform(put("/api/v1/index/figures")
                        .with(httpBasic("a-analyst", TwoParks.PASSWORD))
                        .contentType("text/csv")
                        .content("park,key,year,value\nCCHTZ,area_km2,2024,12.5\n"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/index/figures")
                        .with(httpBasic("a-analyst", TwoParks.PASSWORD))
                        .contentType("text/csv")
                        .content("park,key,year,value\nCCHTZ,area_km2,2024,13\n"))
                .andExpect(status().isOk());
        List<String> rows = jdbc.queryForList(
                "SELECT COALESCE(before_json, 'null') || ' => ' || after_json FROM audit_event"
                        + " WHERE entity = 'park_figure' AND park_code = 'CCHTZ' ORDER BY id",
                String.class);
        assertThat(rows)
                .containsExactly(
                        "null => {\"area_km2/2024\":12.5}", "{\"area_km2/2024\":12.5} => {\"area_km2/2024\":13}");
    }

    @Test
    void aParkAdministratorReadsOnlyItsParksEventsAndImports() throws Exception {
        importBy("a-analyst", TwoParks.A, 1, "长春企业名录.csv");
        importBy("b-analyst", TwoParks.B, 3, "常州企业名录.csv");
        mvc.perform(put("/api/v1/users/a-analyst/enabled")
                        .with(httpBasic("a-admin", TwoParks.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/b-analyst/enabled")
                        .with(httpBasic("b-admin", TwoParks.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/audit").with(httpBasic("a-admin", TwoParks.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].parkCode", everyItem(is("CCHTZ"))))
                .andExpect(jsonPath("$.items[*].entityKey", hasItem("长春企业名录.csv")))
                .andExpect(jsonPath("$.items[?(@.entity == 'import')].after.inserted")
                        .value(2))
                .andExpect(jsonPath("$.items[*].entityKey", not(hasItem("b-analyst"))));
        mvc.perform(get("/api/v1/audit").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/v1/audit")
                        .param("entity", "import")
                        .with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/audit")
                        .param("user", "b-admin")
                        .param("from", LocalDate.now().toString())
                        .param("to", LocalDate.now().toString())
                        .with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].entityKey").value("b-analyst"));
        mvc.perform(get("/api/v1/audit")
                        .param("to", LocalDate.now().minusDays(1).toString())
                        .with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/admin/audit").with(httpBasic("a-admin", TwoParks.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("长春企业名录.csv")))
                .andExpect(content().string(containsString("停用")))
                .andExpect(content().string(not(containsString("常州企业名录.csv"))))
                .andExpect(content().string(not(containsString("b-analyst"))));
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() throws Exception {
        for (String user : List.of("a-analyst", "a-firm", "a-bank")) {
            mvc.perform(get("/api/v1/audit").with(httpBasic(user, TwoParks.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit").with(httpBasic(user, TwoParks.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
    }
}
