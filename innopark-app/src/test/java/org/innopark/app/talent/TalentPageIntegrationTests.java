package org.innopark.app.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's 人才服务 page, a request's page and the profile's section, and the API over HTTP: an enterprise user
 * submits from its profile, the park's analyst works the request through the forms; an upload with a bad row is
 * refused (422 over the API) with nothing written; both languages render.
 */
@H2IntegrationTest
class TalentPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    TwoParks parks;

    final RequestPostProcessor analyst = httpBasic("a-analyst", TwoParks.PASSWORD);
    final RequestPostProcessor firm = httpBasic("a-firm", TwoParks.PASSWORD);

    @BeforeEach
    void setUp() {
        jdbc.update("DELETE FROM talent_request_step");
        jdbc.update("DELETE FROM talent_request");
        jdbc.update("DELETE FROM research_group");
        jdbc.update("DELETE FROM talent_profile");
        parks = new TwoParks(jdbc, store, accounts);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aRequestGoesFromTheProfileThroughTheQueueToDone() throws Exception {
        String profile = "/enterprises/" + parks.aFirmCode();
        assertThat(page(profile, firm)).contains("人才与服务诉求").contains("子女就学");
        String location = mvc.perform(post("/parks/" + TwoParks.A + "/talent/requests")
                        .with(firm)
                        .with(csrf())
                        .param("type", "schooling")
                        .param("talentName", "陈立")
                        .param("subject", "孩子明年上小学")
                        .param("body", "孩子明年上小学，想问园区对口学校怎么申请"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/parks/" + TwoParks.A + "/talent/requests/");
        assertThat(page(location, firm)).contains("孩子明年上小学，想问园区对口学校怎么申请").doesNotContain("开始办理");

        String queue = page("/parks/" + TwoParks.A + "/talent", analyst);
        assertThat(queue).contains("人才服务").contains("子女就学").contains("正常").contains(parks.aFirm.name());
        mvc.perform(post(location + "/assign").with(analyst).with(csrf()).param("assignee", "a-analyst"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/complete").with(analyst).with(csrf()).param("notes", "已办"))
                .andExpect(status().isConflict());
        mvc.perform(post(location + "/start").with(analyst).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/complete").with(analyst).with(csrf()).param("notes", "已协调对口小学"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, analyst)).contains("已办结").contains("已协调对口小学").contains("按时办结");
        assertThat(page(location + "?lang=en", analyst)).contains("closed on time");
        // the firm's user has no queue page
        mvc.perform(get("/parks/" + TwoParks.A + "/talent").with(firm)).andExpect(status().isNotFound());
    }

    @Test
    void theApiRefusesABadFileWholeAndCountsAGoodOne() throws Exception {
        String a = parks.aFirmCode();
        String header = "姓名,工作单位统一社会信用代码,学历\n";
        mvc.perform(multipart("/api/v1/parks/" + TwoParks.A + "/talent/imports/profiles")
                        .file(new MockMultipartFile(
                                "file",
                                "人才.csv",
                                "text/csv",
                                (header + "陈立," + a + ",博士\n周航," + a + ",学前班\n").getBytes(StandardCharsets.UTF_8)))
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("学历"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM talent_profile", Integer.class))
                .isZero();
        mvc.perform(multipart("/api/v1/parks/" + TwoParks.A + "/talent/imports/profiles")
                        .file(new MockMultipartFile(
                                "file",
                                "人才.csv",
                                "text/csv",
                                (header + "陈立," + a + ",博士\n周航," + a + ",本科\n").getBytes(StandardCharsets.UTF_8)))
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        mvc.perform(get("/api/v1/parks/" + TwoParks.A + "/talent/stats").with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.total").value(2))
                .andExpect(jsonPath("$.counts.masterOrAbove").value(1))
                .andExpect(jsonPath("$.headline").value("园区已集聚人才2人，其中硕士以上学历1人，占人才总数的50%"));
        mvc.perform(post("/api/v1/parks/" + TwoParks.A + "/talent/requests")
                        .with(firm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"买车\",\"subject\":\"x\",\"body\":\"y\"}"))
                .andExpect(status().isBadRequest());
        assertThat(page("/parks/" + TwoParks.A + "/talent?lang=en", analyst)).contains("Talent services");
        mvc.perform(get("/api/v1/talent/templates/groups").with(analyst)).andExpect(status().isOk());
    }
}
