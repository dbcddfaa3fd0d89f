package org.innopark.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The monitoring API and the monthly-report entry over HTTP: statuses, bodies, tenancy and audit. */
@H2IntegrationTest
class MonitorApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistryImport imports;

    @TempDir
    Path dir;

    TwoParks parks;

    final RequestPostProcessor aAdmin = httpBasic("a-admin", TwoParks.PASSWORD);
    final RequestPostProcessor aFirm = httpBasic("a-firm", TwoParks.PASSWORD);
    final RequestPostProcessor bAdmin = httpBasic("b-admin", TwoParks.PASSWORD);

    @BeforeEach
    void setUp() throws Exception {
        parks = MonitorData.reset(jdbc, store, accounts);
        MonitorData.load(imports, dir, "月度报表.csv", MonitorData.panel(parks), ParkScope.ALL);
    }

    private String base() {
        return "/api/v1/parks/" + TwoParks.A + "/monitor";
    }

    @Test
    void anEnterpriseEntersItsOwnMonthAllFiguresOrNone() throws Exception {
        String url = "/api/v1/enterprises/" + parks.aFirmCode() + "/monthly-reports/2025-05";
        mvc.perform(
                        put(url).with(aFirm)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"figures\": {\"revenue\": 1000000, \"insuredStaff\": -1, \"electricityKwh\": \"x\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("insuredStaff"))
                .andExpect(jsonPath("$.errors[1].field").value("electricityKwh"));
        mvc.perform(put("/api/v1/enterprises/" + parks.aFirmCode() + "/monthly-reports/2025-13")
                        .with(aFirm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\": {\"revenue\": 1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report WHERE period = '2025-05'", Integer.class))
                .isZero();
        mvc.perform(put(url).with(aFirm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\": {\"revenue\": 1000000.5, \"taxesPaid\": 30000, \"insuredStaff\": 58,"
                                + " \"electricityKwh\": 61000}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2025-05"))
                .andExpect(jsonPath("$.figures.revenue").value(1000000.5));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'monthly_report' AND username = 'a-firm'",
                        Integer.class))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/enterprises/" + parks.aFirmCode() + "/monthly-reports")
                        .with(aFirm))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(29));
        // Another firm of the same park, and another park's firm, do not exist for the enterprise user.
        mvc.perform(put("/api/v1/enterprises/" + parks.aFirm2.creditCode().value() + "/monthly-reports/2025-05")
                        .with(aFirm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\": {\"revenue\": 1}}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + parks.bFirmCode() + "/monthly-reports")
                        .with(aAdmin))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWorkflowRunsOverTheApiAndAnotherParkGetsNotFound() throws Exception {
        mvc.perform(post(base() + "/scan").with(aAdmin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newCases").isNumber());
        mvc.perform(post("/api/v1/parks/" + TwoParks.A + "/monitor/scan")
                        .with(bAdmin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        long id = jdbc.queryForObject("SELECT MIN(id) FROM monitor_case", Long.class);
        mvc.perform(get(base() + "/cases").with(aAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].stateName").value("待分派"))
                .andExpect(jsonPath("$[0].sla.status").value("OK"))
                .andExpect(jsonPath("$[0].enterpriseName").value(parks.aFirm.name()));
        mvc.perform(post(base() + "/cases/" + id + "/assign")
                        .with(aAdmin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"officer\": \"a-analyst\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ASSIGNED"));
        mvc.perform(post(base() + "/cases/" + id + "/follow-up")
                        .with(aAdmin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notes\": \"x\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(base() + "/cases/" + id + "/resolve")
                        .with(aAdmin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"停产\", \"notes\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base() + "/cases/" + id + "/resolve")
                        .with(aAdmin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"确认异常\", \"notes\": \"走访确认:主要客户流失,已停产两个月\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcomeName").value("确认异常"));
        mvc.perform(get(base() + "/cases/" + id).with(aAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(3))
                .andExpect(jsonPath("$.alerts[0].explanation").isString());
        mvc.perform(get(base() + "/rules").with(aAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.confirmed == 1)].falseAlarmRate").value(0.0));
        mvc.perform(get(base() + "/alerts?period=2025-02").with(aAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].period").value("2025-02"));
        mvc.perform(get("/api/v1/enterprises/" + parks.aFirmCode() + "/monitor").with(aAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases.length()").isNumber());

        for (String url : new String[] {
            "/cases", "/cases/" + id, "/alerts", "/rules",
        }) {
            mvc.perform(get(base() + url).with(bAdmin)).andExpect(status().isNotFound());
            mvc.perform(get(base() + url).with(aFirm)).andExpect(status().isNotFound());
        }
        mvc.perform(post(base() + "/cases/" + id + "/reopen")
                        .with(bAdmin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notes\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + parks.aFirmCode() + "/monitor").with(bAdmin))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT state FROM monitor_case WHERE id = ?", String.class, id))
                .isEqualTo("RESOLVED");
    }
}
