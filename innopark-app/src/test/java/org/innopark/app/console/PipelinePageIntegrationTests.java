package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The pipeline's pages end to end: a lead created on the board, moved with its dates, a follow-up, the funnel. */
@H2IntegrationTest
class PipelinePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void parks() {
        jdbc.update("DELETE FROM pipeline_project");
        new TwoParks(jdbc, store, accounts);
    }

    private String page(String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(httpBasic("a-analyst", TwoParks.PASSWORD)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String postForm(String url, String... params) throws Exception {
        var req = post(url).with(httpBasic("a-analyst", TwoParks.PASSWORD)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            req.param(params[i], params[i + 1]);
        }
        MvcResult r = mvc.perform(req).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(302);
        return r.getResponse().getRedirectedUrl();
    }

    @Test
    void aLeadIsCreatedMovedFollowedAndCounted() throws Exception {
        String base = "/parks/" + TwoParks.A + "/pipeline";
        assertThat(page(base)).contains("招商项目库").contains("线索").contains("投产").contains("公海");
        String project = postForm(
                base + "/projects",
                "name",
                "年产2万吨电解液项目",
                "investorName",
                "江苏国泰华荣化工新材料有限公司",
                "plannedYi",
                "6.5",
                "owner",
                "a-analyst");
        assertThat(project).startsWith(base + "/projects/" + TwoParks.A + "-");
        assertThat(page(project))
                .contains("年产2万吨电解液项目")
                .contains("江苏国泰华荣化工新材料有限公司")
                .contains("6.5");
        String today = java.time.LocalDate.now().toString();
        // 签约 without its amount: refused with the reason, the project stays a lead
        var req = post(project + "/transitions")
                .with(httpBasic("a-analyst", TwoParks.PASSWORD))
                .with(csrf())
                .param("to", "signed")
                .param("date", today);
        MvcResult refused = mvc.perform(req).andReturn();
        assertThat(refused.getFlashMap().get("problems"))
                .asString()
                .contains("合同(协议)投资额")
                .contains("依据文件");
        assertThat(jdbc.queryForObject("SELECT stage_code FROM pipeline_project", String.class))
                .isEqualTo("lead");
        postForm(project + "/transitions", "to", "signed", "date", today, "contractYi", "6", "document", "协议2026-3");
        postForm(project + "/follow-ups", "kind", "visit", "date", today, "note", "带队赴企业总部洽谈落地细节");
        postForm(project + "/problems", "description", "环评审批进度偏慢", "solver", "生态环境分局");
        String detail = page(project);
        assertThat(detail).contains("签约").contains("带队赴企业总部洽谈落地细节").contains("环评审批进度偏慢");
        String funnel = page(base + "/funnel");
        assertThat(funnel).contains("签约项目数").contains("6.00");
        assertThat(page(base + "?view=mine")).contains("年产2万吨电解液项目");
    }
}
