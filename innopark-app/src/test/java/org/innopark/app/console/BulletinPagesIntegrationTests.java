package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.innopark.app.bulletin.DemoBulletins;
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

/** The 公报情报 pages and API: upload, the escaped text with its quotes marked, the review forms, the peer table. */
@H2IntegrationTest
class BulletinPagesIntegrationTests {

    static final RequestPostProcessor ANALYST = httpBasic("a-analyst", TwoParks.PASSWORD);

    static final String HOSTILE = """
            宁远高新区动态 <script>alert('x')</script>
            2024年,宁远高新区国家高新技术企业达到512家,<b>技术合同成交额</b>突破23.6亿元。
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoBulletins demo;

    @BeforeEach
    void twoParks() {
        jdbc.update("DELETE FROM bulletin");
        new TwoParks(jdbc, store, accounts);
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    @Test
    void anUploadedBulletinShowsItsTextEscapedWithEveryQuoteMarkedByItsOffsets() throws Exception {
        String location = mvc.perform(multipart("/parks/CCHTZ/bulletins")
                        .file(file("hostile.txt", HOSTILE.getBytes(StandardCharsets.UTF_8)))
                        .param("sourceName", "宁远日报")
                        .with(ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/parks/CCHTZ/bulletins/");
        String page = mvc.perform(get(location).with(ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>技术合同成交额</b>");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        int facts = jdbc.queryForObject("SELECT COUNT(*) FROM bulletin_fact", Integer.class);
        assertThat(facts).isGreaterThanOrEqualTo(2);
        assertThat(page.split("class=\"quote", -1).length - 1).isEqualTo(facts);
        assertThat(page).contains("512家").contains("宁远日报").contains("/parks/CCHTZ/bulletins\"");
        // the list page and the menu entry
        String list = mvc.perform(get("/parks/CCHTZ/bulletins").with(ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("宁远高新区动态").contains("公报情报");
    }

    @Test
    void aBinaryUploadIsRefusedOnThePageAndThroughTheApiAndNothingIsWritten() throws Exception {
        byte[] binary = {0x7f, 'E', 'L', 'F', 0, 0, 0, 1};
        String page = mvc.perform(multipart("/parks/CCHTZ/bulletins")
                        .file(file("tool.bin", binary))
                        .with(ANALYST)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("tool.bin").contains("不是文本文件");
        String api = mvc.perform(multipart("/api/v1/parks/CCHTZ/bulletins")
                        .file(file("tool.bin", binary))
                        .with(ANALYST))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("tool.bin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulletin", Integer.class))
                .isZero();
        mvc.perform(multipart("/api/v1/parks/CCHTZ/bulletins")
                        .file(file("ok.txt", HOSTILE.getBytes(StandardCharsets.UTF_8)))
                        .with(ANALYST))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulletin", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void reviewFormsNeedTheirTokenAndRecordWhoAndWhen() throws Exception {
        demo.load(TwoParks.A);
        long bulletin = jdbc.queryForObject(
                "SELECT MIN(id) FROM bulletin WHERE file_name = 'luoyang-2024-review.txt'", Long.class);
        List<Long> pending = jdbc.queryForList(
                "SELECT id FROM bulletin_fact WHERE bulletin_id = ? AND review_state = 'PENDING' ORDER BY seq",
                Long.class,
                bulletin);
        assertThat(pending).isNotEmpty();
        String url = "/parks/CCHTZ/bulletins/" + bulletin + "/facts/" + pending.get(0);
        mvc.perform(post(url).param("verb", "accept").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(post(url)
                        .param("verb", "correct")
                        .param("value", "很多")
                        .with(ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(pending.get(0))).isEqualTo("PENDING");
        mvc.perform(post(url)
                        .param("verb", "correct")
                        .param("value", "770")
                        .param("period", "2024")
                        .with(ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(pending.get(0))).isEqualTo("CORRECTED");
        assertThat(jdbc.queryForObject(
                        "SELECT reviewed_by FROM bulletin_fact WHERE id = ?", String.class, pending.get(0)))
                .isEqualTo("a-analyst");
        mvc.perform(put("/api/v1/parks/CCHTZ/bulletins/" + bulletin + "/facts/" + pending.get(1) + "/review")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verb\":\"maybe\"}")
                        .with(ANALYST))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/parks/CCHTZ/bulletins/" + bulletin + "/facts/" + pending.get(1) + "/review")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verb\":\"reject\",\"note\":\"重复\"}")
                        .with(ANALYST))
                .andExpect(status().isOk());
        assertThat(state(pending.get(1))).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'bulletin_fact' AND username = 'a-analyst'",
                        Integer.class))
                .isEqualTo(2);
    }

    @Test
    void thePeerTablePageAndItsSpreadsheetShowPeersBesideTheParksOwnFigures() throws Exception {
        demo.load(TwoParks.A);
        String page = mvc.perform(get("/parks/CCHTZ/bulletins/peers").with(ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("芜湖高新区").contains("洛阳高新区").contains("登记库").contains("class=\"conflict\"");
        assertThat(page).contains("高新技术企业数").contains("芜湖日报");
        byte[] xlsx = mvc.perform(
                        get("/api/v1/parks/CCHTZ/bulletins/peers.xlsx").with(ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
        }
        assertThat(text).contains("芜湖高新区").contains("高新技术企业数");
    }

    private String state(long fact) {
        return jdbc.queryForObject("SELECT review_state FROM bulletin_fact WHERE id = ?", String.class, fact);
    }
}
