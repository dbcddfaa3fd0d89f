package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every console page renders for the roles that may see it, with its data, and refuses everyone else. */
@H2IntegrationTest
class ConsolePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    static final RequestPostProcessor ADMIN = user("admin").roles("SYSTEM_ADMIN");
    static final RequestPostProcessor CC_ANALYST = user(DemoRegistry.CC_ANALYST).roles("PARK_ANALYST");
    static final RequestPostProcessor CZ_ANALYST = user(DemoRegistry.CZ_ANALYST).roles("PARK_ANALYST");
    static final RequestPostProcessor YUANYU = user(DemoRegistry.YUANYU_USER).roles("ENTERPRISE");
    static final RequestPostProcessor BANK = user(DemoRegistry.CC_BANK).roles("BANK");

    @BeforeEach
    void demo() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
    }

    @Test
    void theParkOverviewShowsTheHeadlineFiguresAndChartData() throws Exception {
        long reporting = jdbc.queryForObject(
                "SELECT COUNT(*) FROM annual_report r JOIN enterprise e ON e.credit_code = r.credit_code"
                        + " WHERE e.park_code = 'CCHTZ' AND r.report_year = ?",
                Long.class,
                DemoRegistry.YEAR);
        mvc.perform(get("/parks/CCHTZ").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("长春高新技术产业开发区")))
                .andExpect(content().string(containsString("报送年报企业")))
                .andExpect(content().string(containsString(String.format("%,d", reporting))))
                .andExpect(content().string(containsString("chart-funnel")))
                .andExpect(content().string(not(containsString("常州国家高新技术产业开发区"))));
        mvc.perform(get("/parks/CCHTZ").param("lang", "en").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Operating revenue")))
                .andExpect(content().string(not(containsString("报送年报企业"))))
                // stages by their English names, never as codes
                .andExpect(content().string(not(containsString(">MATURE<"))))
                .andExpect(content().string(not(containsString(">GROWTH<"))));
    }

    @Test
    void theEnterpriseSearchFindsByNameCreditCodeAndPinyinInitials() throws Exception {
        for (String q : new String[] {"远宇医疗", DemoRegistry.YUANYU.substring(0, 14), "ccyy"}) {
            mvc.perform(get("/parks/CCHTZ/enterprises").param("q", q).with(CC_ANALYST))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(DemoRegistry.YUANYU_NAME)));
        }
        // htmx asks for the results only: no page frame around them.
        MvcResult partial = mvc.perform(get("/parks/CCHTZ/enterprises")
                        .param("q", "ccyy")
                        .header("HX-Request", "true")
                        .with(CC_ANALYST))
                .andExpect(status().isOk())
                .andReturn();
        String body = partial.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains(DemoRegistry.YUANYU_NAME)
                .doesNotContain("<html")
                .doesNotContain("<header");
        // Another park's enterprise is not found from 长春, even by its exact name.
        mvc.perform(get("/parks/CCHTZ/enterprises")
                        .param("q", DemoRegistry.JIAXIN_NAME)
                        .with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(DemoRegistry.JIAXIN))));
    }

    @Test
    void theEnterpriseProfileShowsReportsQualificationsVerdictsAndPoints() throws Exception {
        mvc.perform(get("/enterprises/" + DemoRegistry.YUANYU).with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoRegistry.YUANYU_NAME)))
                .andExpect(content().string(containsString("年报数据")))
                .andExpect(content().string(containsString("科技型中小企业评价")))
                .andExpect(content().string(containsString("高新技术企业认定")))
                .andExpect(content().string(containsString("创新积分")))
                .andExpect(content().string(containsString("信用与合规记录")))
                .andExpect(content().string(containsString("数据判定")))
                .andExpect(content().string(containsString("经营异常名录, 截至 2026-11-30 完整")));
    }

    @Test
    void anEnterpriseUserDeclaresExpertScoresOnItsProfileAndTheVerdictSaysSo() throws Exception {
        try {
            mvc.perform(get("/enterprises/" + DemoRegistry.YUANYU)
                            .param("year", "2025")
                            .with(YUANYU))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"fact.techAdvancementPoints\"")));
            mvc.perform(post("/enterprises/" + DemoRegistry.YUANYU + "/declared-assessments")
                            .param("year", "2025")
                            .param("fact.techAdvancementPoints", "9")
                            .with(YUANYU)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("declareError", containsString("技术的先进程度")));
            mvc.perform(post("/enterprises/" + DemoRegistry.YUANYU + "/declared-assessments")
                            .param("year", "2025")
                            .param("fact.techAdvancementPoints", "7")
                            .with(YUANYU)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("declared", true));
            mvc.perform(get("/enterprises/" + DemoRegistry.YUANYU)
                            .param("year", "2025")
                            .with(YUANYU))
                    .andExpect(content().string(containsString("依据声明:" + DemoRegistry.YUANYU_USER)));
            mvc.perform(post("/enterprises/" + DemoRegistry.YUANYU + "/declared-assessments")
                            .param("year", "2025")
                            .param("fact.talentPoints", "3")
                            .with(CZ_ANALYST)
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        } finally {
            jdbc.update("DELETE FROM declared_fact WHERE credit_code = ?", DemoRegistry.YUANYU);
            jdbc.update("UPDATE registry_version SET version = version + 1 WHERE id = 1");
        }
    }

    @Test
    void theLadderPageCountsVerdictsByBasisAndListsWhatToCollect() throws Exception {
        mvc.perform(get("/parks/CCHTZ/ladder").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据判定达标")))
                .andExpect(content().string(containsString("依据声明达标")))
                .andExpect(content().string(containsString("待收集的事实")));
        // 龙岩 declares no coverage: its compliance facts stay unknown and the page says which records decide them.
        mvc.perform(get("/parks/LYHTZ/ladder").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("园区未声明经营异常名录、严重违法失信名单")));
    }

    @Test
    void theLadderPointsIndexAndImportPagesRender() throws Exception {
        mvc.perform(get("/parks/CCHTZ/ladder").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("持有资质")))
                .andExpect(content().string(containsString("chart-flow")));
        mvc.perform(get("/parks/CCHTZ/ladder/candidates")
                        .param("scheme", "high-tech")
                        .param("year", "" + DemoRegistry.YEAR)
                        .with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("候选企业")));
        mvc.perform(get("/parks/CCHTZ/points").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("points-ranking")));
        mvc.perform(get("/index").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chart-radar")))
                .andExpect(content().string(containsString("长春高新技术产业开发区")));
        mvc.perform(get("/imports").with(CC_ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("下载模板")));
    }

    @Test
    void theIndexPagesProfileIsOfTheParkItsSelectorShows() throws Exception {
        // A park the index does not rank (a typo, a park without data) falls back to the user's own park in both.
        for (String requested : new String[] {"NO-SUCH-PARK", "CCHTZ"}) {
            String page = mvc.perform(get("/index").param("park", requested).with(CC_ANALYST))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher selected = java.util.regex.Pattern.compile(
                            "<option value=\"([^\"]+)\" selected=\"selected\">([^<]+)</option>")
                    .matcher(page.substring(page.indexOf("id=\"park\"")));
            org.assertj.core.api.Assertions.assertThat(selected.find())
                    .as("a park is selected")
                    .isTrue();
            org.assertj.core.api.Assertions.assertThat(selected.group(1)).isEqualTo("CCHTZ");
            org.assertj.core.api.Assertions.assertThat(page).contains("优势与短板");
            org.assertj.core.api.Assertions.assertThat(page.substring(page.indexOf("优势与短板") - 200))
                    .contains(selected.group(2));
        }
        String admin = mvc.perform(get("/index").param("park", "NO-SUCH-PARK").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(admin).contains("selected=\"selected\"");
    }

    @Test
    void aParkAnalystGetsNoPageOfAnotherPark() throws Exception {
        for (String page : new String[] {
            "/parks/CCHTZ",
            "/parks/CCHTZ/enterprises",
            "/parks/CCHTZ/ladder",
            "/parks/CCHTZ/points",
            "/enterprises/" + DemoRegistry.YUANYU
        }) {
            mvc.perform(get(page).with(CZ_ANALYST))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(DemoRegistry.YUANYU_NAME))));
        }
        mvc.perform(get("/parks/CCHTZ/ladder/candidates")
                        .param("scheme", "high-tech")
                        .param("year", "" + DemoRegistry.YEAR)
                        .with(CZ_ANALYST))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEnterpriseUserSeesItsOwnProfileOnly() throws Exception {
        mvc.perform(get("/").with(YUANYU)).andExpect(redirectedUrl("/enterprises/" + DemoRegistry.YUANYU));
        mvc.perform(get("/enterprises/" + DemoRegistry.YUANYU).with(YUANYU))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoRegistry.YUANYU_NAME)));
        mvc.perform(get("/enterprises/" + DemoRegistry.JUZHENG).with(YUANYU)).andExpect(status().isNotFound());
        mvc.perform(get("/parks/CCHTZ").with(YUANYU)).andExpect(status().isNotFound());
        mvc.perform(get("/parks/CCHTZ/enterprises").with(YUANYU)).andExpect(status().isNotFound());
        mvc.perform(get("/imports").with(YUANYU)).andExpect(status().isForbidden());
        mvc.perform(get("/index").with(YUANYU)).andExpect(status().isForbidden());
    }

    @Test
    void aBankUserSeesTheBankListPageOnly() throws Exception {
        mvc.perform(get("/").with(BANK))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bank-list.xlsx")));
        mvc.perform(get("/parks/CCHTZ").with(BANK)).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/" + DemoRegistry.YUANYU).with(BANK)).andExpect(status().isForbidden());
    }

    @Test
    void aBadFileIsRejectedWithItsErrorsAndAGoodOneChangesTheFigures() throws Exception {
        String bad = "统一社会信用代码,年度,从业人员(职工总数)\n9122017398460747XA," + DemoRegistry.YEAR + ",120\n";
        String page = importAndWait(bad);
        assertThat(page).contains("文件被拒绝").contains("统一社会信用代码").contains("9122017398460747XA");
        assertThat(page).contains("rejected.xlsx");

        Long before = jdbc.queryForObject(
                "SELECT employees FROM annual_report WHERE credit_code = ? AND report_year = ?",
                Long.class,
                DemoRegistry.YUANYU,
                DemoRegistry.YEAR);
        long changed = before == null ? 77 : before + 7;
        String good = "统一社会信用代码,年度,从业人员(职工总数)\n" + DemoRegistry.YUANYU + "," + DemoRegistry.YEAR + "," + changed + "\n";
        assertThat(importAndWait(good)).contains("已导入");
        assertThat(jdbc.queryForObject(
                        "SELECT employees FROM annual_report WHERE credit_code = ? AND report_year = ?",
                        Long.class,
                        DemoRegistry.YUANYU,
                        DemoRegistry.YEAR))
                .isEqualTo(changed);
        mvc.perform(get("/imports").with(CC_ANALYST)).andExpect(content().string(containsString("import-history")));
    }

    /** Uploads a CSV of annual reports as 长春's analyst and returns the finished job's status fragment. */
    private String importAndWait(String csv) throws Exception {
        MvcResult started = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "年报.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("table", "annual_report")
                        .with(csrf())
                        .with(CC_ANALYST))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String job = started.getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/imports/jobs/");
        for (int i = 0; i < 600; i++) {
            String body = mvc.perform(get(job + "/status").with(CC_ANALYST))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            if (!body.contains("hx-trigger")) {
                // Another analyst of the same park cannot see this user's job.
                mvc.perform(get(job).with(user(DemoRegistry.CC_ADMIN).roles("PARK_ADMIN")))
                        .andExpect(status().isNotFound());
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish within a minute");
    }
}
