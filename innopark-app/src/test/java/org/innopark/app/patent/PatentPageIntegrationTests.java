package org.innopark.app.patent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's 专利导航 page: the chosen chain's nodes with their figures, the lag stated, the trend chart's data,
 * the queue of uncertain links whose confirm form takes the link out of the queue; both languages render; another
 * park's analyst is "not found".
 */
@H2IntegrationTest
class PatentPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    PatentImport imports;

    @TempDir
    Path dir;

    final RequestPostProcessor analyst = httpBasic("a-analyst", TwoParks.PASSWORD);

    @BeforeEach
    void setUp() throws Exception {
        jdbc.update("DELETE FROM patent_applicant_link");
        jdbc.update("DELETE FROM patent");
        new TwoParks(jdbc, store, accounts);
        Path file = dir.resolve("专利.csv");
        Files.writeString(file, PatentContract.FIXTURE, StandardCharsets.UTF_8);
        imports.importFile("a-analyst", TwoParks.A, file);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theLandscapeAndTheQueueRenderAndAConfirmationLeavesTheQueue() throws Exception {
        String url = "/parks/" + TwoParks.A + "/patents?chain=photovoltaic";
        String html = page(url, analyst);
        assertThat(html)
                .contains("专利导航")
                .contains("数据截至 2025-07-10")
                .contains("18个月")
                .contains("chart-patents")
                .contains("天合光能")
                .contains("长春哨兵光电股份有限公司")
                .contains("/patents/links/");
        assertThat(page(url + "&lang=en", analyst))
                .contains("Patent navigation")
                .contains("Applicant links to confirm");
        long id = jdbc.queryForObject(
                "SELECT id FROM patent_applicant_link WHERE status = 'UNCERTAIN' AND park_code = ?",
                Long.class,
                TwoParks.A);
        mvc.perform(post("/parks/" + TwoParks.A + "/patents/links/" + id + "/confirm")
                        .param("chain", "photovoltaic")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(url, analyst)).contains("没有待确认的关联");
        mvc.perform(get(url).with(httpBasic("b-analyst", TwoParks.PASSWORD))).andExpect(status().isNotFound());
    }
}
