package org.innopark.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's 监测预警 page and a case's page: the workflow end to end through the forms, in both languages. */
@H2IntegrationTest
class MonitorPageIntegrationTests {

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

    @BeforeEach
    void setUp() throws Exception {
        parks = MonitorData.reset(jdbc, store, accounts);
        MonitorData.load(imports, dir, "月度报表.csv", MonitorData.panel(parks), ParkScope.ALL);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(aAdmin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void step(String caseUrl, String action, String... params) throws Exception {
        var request = post(caseUrl + "/" + action).with(aAdmin).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void theWorkflowRunsEndToEndThroughThePagesForms() throws Exception {
        String park = "/parks/" + TwoParks.A + "/monitor";
        assertThat(page(park)).contains("没有未办结的案件").contains("监测预警");
        mvc.perform(post(park + "/scan").with(aAdmin).with(csrf())).andExpect(status().is3xxRedirection());
        String html = page(park);
        assertThat(html)
                .contains(parks.aFirm.name())
                .contains("待分派")
                .contains("正常")
                .contains("data-case=");
        long id = jdbc.queryForObject("SELECT MIN(id) FROM monitor_case", Long.class);
        String caseUrl = park + "/cases/" + id;
        assertThat(page(caseUrl)).contains("分派").doesNotContain("办结</button>");

        step(caseUrl, "assign", "officer", "a-analyst");
        assertThat(page(caseUrl)).contains("已分派").contains("a-analyst").contains("开始走访");
        mvc.perform(post(caseUrl + "/resolve").with(aAdmin).with(csrf()).param("outcome", "HELPED"))
                .andExpect(status().isBadRequest());
        step(caseUrl, "visit", "notes", "已约定周三上门");
        step(caseUrl, "resolve", "outcome", "HELPED", "notes", "协调银行续贷，恢复生产");
        String resolved = page(caseUrl);
        assertThat(resolved).contains("已办结").contains("已帮扶").contains("协调银行续贷");
        assertThat(page(park)).contains("最近办结").contains("协调银行续贷");
        step(caseUrl, "reopen", "notes", "回访发现再次停产");
        assertThat(page(caseUrl)).contains("重新打开").contains("回访发现再次停产");

        assertThat(page("/enterprises/" + parks.aFirmCode()))
                .contains("monitor-signals")
                .contains("#" + id);
        assertThat(page(park + "?lang=en")).contains("Open cases").contains("Outcomes per rule");
    }

    @Test
    void theEnterpriseUserAndAnotherParkGetNotFound() throws Exception {
        mvc.perform(get("/parks/" + TwoParks.A + "/monitor").with(httpBasic("a-firm", TwoParks.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/parks/" + TwoParks.A + "/monitor").with(httpBasic("b-admin", TwoParks.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/parks/" + TwoParks.A + "/monitor/scan")
                        .with(httpBasic("b-admin", TwoParks.PASSWORD))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitor_alert", Integer.class))
                .isZero();
    }
}
