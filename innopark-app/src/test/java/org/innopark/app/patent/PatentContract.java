package org.innopark.app.patent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.TwoParks;
import org.innopark.engine.patent.PatentLandscape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 专利导航 over the database, written once and run on H2 and on PostgreSQL: a patent file imported over the API
 * (tags and applicant links computed), a malformed IPC symbol rejecting the whole file with its row and column, the
 * landscape's numbers against values worked out by hand on a five-patent fixture, an uncertain link confirmed
 * (audited, then counted as the park's), and another park's users refused.
 */
abstract class PatentContract {

    /**
     * Five photovoltaic patents. Inverter node (H02S 40/32): 2021 park firm, 2022 and 2023 天合 (the 2022 one granted
     * 2024). PV-module node (H01L 31/042): 2024 the park firm under its 股份 form (an uncertain link), and a 2020
     * utility model of the park firm (granted on publication, 2021). Latest publication 2025-07-10: the last filing
     * year complete after the 18-month lag is 2023.
     */
    static final String FIXTURE = "公开(公告)号,申请日,公开(公告)日,授权日,名称,主分类号,申请人,法律状态\n"
            + "CN110000001A,2021-03-01,2022-09-01,,一种并网装置的直流转换电路,H02S 40/32,长春哨兵光电有限公司,审中\n"
            + "CN110000002A,2022-05-01,2023-11-01,2024-06-01,一种直流转换电路的散热结构,H02S 40/32,天合光能股份有限公司,有效\n"
            + "CN110000003A,2023-02-01,2024-08-01,,一种直流转换电路的控制方法,H02S 40/32,天合光能股份有限公司,审中\n"
            + "CN110000004A,2024-01-10,2025-07-10,,一种阵列的固定结构,H01L 31/042,长春哨兵光电股份有限公司,审中\n"
            + "CN210000005U,2020-06-01,2021-01-05,,一种阵列的边框,H01L 31/042,长春哨兵光电有限公司,有效\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    ParkPatents patents;

    @Autowired
    PatentLinks links;

    TwoParks parks;

    final RequestPostProcessor analyst = httpBasic("a-analyst", TwoParks.PASSWORD);

    @BeforeEach
    void setUp() {
        jdbc.update("DELETE FROM patent_applicant_link");
        jdbc.update("DELETE FROM patent");
        parks = new TwoParks(jdbc, store, accounts);
    }

    private String upload(String csv, RequestPostProcessor who, int expected) throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", "专利.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/api/v1/parks/" + TwoParks.A + "/patents/imports")
                        .file(file)
                        .with(who)
                        .with(csrf()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void aGoodFileIsStoredTaggedAndLinkedAndAudited() throws Exception {
        String body = upload(FIXTURE, analyst, 200);
        assertThat(body).contains("\"rows\":5").contains("\"created\":5").contains("\"uncertain\":1");
        assertThat(count("patent")).isEqualTo(5);
        List<Map<String, Object>> tags = jdbc.queryForList(
                "SELECT p.publication_number AS pn, t.node_id AS node, t.rule_id AS rule FROM patent_tag t"
                        + " JOIN patent p ON p.id = t.patent_id WHERE t.chain_id = 'photovoltaic' ORDER BY 1, 2");
        assertThat(tags)
                .extracting(m -> m.get("PN") + "/" + m.get("NODE"))
                .containsExactly(
                        "CN110000001A/inverter",
                        "CN110000002A/inverter",
                        "CN110000003A/inverter",
                        "CN110000004A/pv-module",
                        "CN210000005U/pv-module");
        assertThat(tags).allSatisfy(m -> assertThat((String) m.get("RULE")).isNotBlank());
        assertThat(jdbc.queryForList(
                        "SELECT status FROM patent_applicant_link WHERE park_code = ? ORDER BY status",
                        String.class,
                        TwoParks.A))
                .containsExactly("AUTO", "UNCERTAIN");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'patent' AND action = 'IMPORT' AND park_code = ?",
                        Integer.class,
                        TwoParks.A))
                .isEqualTo(1);
        // a second import of the same file replaces, never doubles
        assertThat(upload(FIXTURE, analyst, 200)).contains("\"replaced\":5");
        assertThat(count("patent")).isEqualTo(5);
    }

    @Test
    void aMalformedIpcRejectsTheWholeFileWithItsRowAndColumn() throws Exception {
        String bad = FIXTURE.replace(
                "CN110000003A,2023-02-01,2024-08-01,,一种直流转换电路的控制方法,H02S 40/32",
                "CN110000003A,2023-02-01,2024-08-01,,一种直流转换电路的控制方法,H02S 40/3X");
        String body = upload(bad, analyst, 422);
        assertThat(body).contains("\"row\":4").contains("主分类号").contains("H02S 40/3X");
        assertThat(body)
                .as("the 422 body of every analyst file")
                .contains("\"file\"", "\"messageZh\"", "\"messageEn\"");
        assertThat(count("patent")).isZero();
        assertThat(count("patent_applicant_link")).isZero();
        String date = FIXTURE.replace("2022-05-01", "2022-13-01");
        assertThat(upload(date, analyst, 422)).contains("\"row\":3").contains("申请日");
        assertThat(count("patent")).isZero();
    }

    @Test
    void theLandscapeEqualsTheHandComputedFigures() throws Exception {
        upload(FIXTURE, analyst, 200);
        var scope = accounts.find("a-analyst").orElseThrow().scope();
        PatentLandscape.Landscape l =
                patents.landscape(scope, TwoParks.A, "photovoltaic").landscape();
        assertThat(l.cutoff()).hasToString("2025-07-10");
        assertThat(l.lastCompleteYear()).isEqualTo(2023);
        assertThat(l.lagNote()).contains("18").contains("2024");
        assertThat(l.filings()).isEqualTo(5);
        assertThat(l.localFilings()).isEqualTo(2);
        PatentLandscape.NodeLandscape inverter = l.node("inverter");
        assertThat(inverter.filings()).isEqualTo(3);
        assertThat(inverter.localFilings()).isEqualTo(1);
        assertThat(inverter.localShare()).isEqualTo(1.0 / 3);
        assertThat(inverter.filingsByYear())
                .containsEntry(2021, 1)
                .containsEntry(2022, 1)
                .containsEntry(2023, 1);
        assertThat(inverter.filingsByYear()).containsEntry(2020, 0);
        assertThat(inverter.grantsByYear()).containsEntry(2024, 1).containsEntry(2023, 0);
        assertThat(inverter.growth()).isNull(); // 2020, the base year, has no filing
        assertThat(inverter.topOutside()).singleElement().satisfies(a -> {
            assertThat(a.applicant()).contains("天合光能");
            assertThat(a.filings()).isEqualTo(2);
        });
        assertThat(inverter.topLocal())
                .extracting(PatentLandscape.ApplicantCount::filings)
                .containsExactly(1);
        PatentLandscape.NodeLandscape module = l.node("pv-module");
        assertThat(module.filings()).isEqualTo(2);
        assertThat(module.localFilings()).isEqualTo(1); // the uncertain 股份 link is not counted
        assertThat(module.grantsByYear()).containsEntry(2021, 1);

        // the analyst confirms the uncertain link over the API: audited, and the 2024 filing becomes the park's
        long id = links.links(TwoParks.A, PatentLinks.UNCERTAIN).get(0).id();
        mvc.perform(post("/api/v1/parks/" + TwoParks.A + "/patents/links/" + id + "/confirm")
                        .with(analyst)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.decidedBy").value("a-analyst"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'patent_link' AND username = 'a-analyst'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(links.links(TwoParks.A, PatentLinks.UNCERTAIN)).isEmpty();
        assertThat(patents.landscape(scope, TwoParks.A, "photovoltaic")
                        .landscape()
                        .node("pv-module")
                        .localFilings())
                .isEqualTo(2);
        // the API states the lag on every trend
        mvc.perform(get("/api/v1/parks/" + TwoParks.A + "/patents/landscape?chain=photovoltaic")
                        .with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastCompleteYear").value(2023))
                .andExpect(jsonPath("$.nodes[?(@.id=='inverter')].filingTrend.cutoff")
                        .value("2025-07-10"))
                .andExpect(jsonPath("$.nodes[?(@.id=='inverter')].grantTrend.lastCompleteYear")
                        .value(2023));
        mvc.perform(get("/api/v1/parks/" + TwoParks.A + "/patents?chain=photovoltaic&node=inverter")
                        .with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void anotherParksUsersAreRefused() throws Exception {
        upload(FIXTURE, analyst, 200);
        long id = links.links(TwoParks.A, PatentLinks.UNCERTAIN).get(0).id();
        RequestPostProcessor other = httpBasic("b-analyst", TwoParks.PASSWORD);
        String a = "/api/v1/parks/" + TwoParks.A + "/patents";
        mvc.perform(get(a).with(other)).andExpect(status().isNotFound());
        mvc.perform(get(a + "/landscape?chain=photovoltaic").with(other)).andExpect(status().isNotFound());
        mvc.perform(get(a + "/links").with(other)).andExpect(status().isNotFound());
        mvc.perform(post(a + "/links/" + id + "/reject").with(other).with(csrf()))
                .andExpect(status().isNotFound());
        // park B's analyst, on its own park, cannot reach park A's link by id either
        mvc.perform(post("/api/v1/parks/" + TwoParks.B + "/patents/links/" + id + "/reject")
                        .with(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(a).with(httpBasic("a-firm", TwoParks.PASSWORD))).andExpect(status().isForbidden());
        assertThat(links.links(TwoParks.A, PatentLinks.UNCERTAIN)).hasSize(1);
        assertThat(upload(FIXTURE, httpBasic("a-bank", TwoParks.PASSWORD), 403)).isNotNull();
    }
}
