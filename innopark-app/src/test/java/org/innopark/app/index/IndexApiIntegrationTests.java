package org.innopark.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.Role;
import org.innopark.app.support.EmptyRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TestAccounts;
import org.innopark.engine.demo.DemoSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The index API on the demo population: every park ranked, the tree complete, contributions scoped. */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexApiIntegrationTests {

    static final DemoSpec DEMO = DemoSpec.defaults().withEnterprises(600).withYears(3);
    static final String PASSWORD = "index-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader demo;

    @Autowired
    Accounts accounts;

    String czFirm;

    @BeforeAll
    void demoPopulation() {
        EmptyRegistry.empty(jdbc);
        demo.load(DEMO, null);
        accounts.create("cz-analyst", PASSWORD, Role.PARK_ANALYST, "CZHTZ", null);
        accounts.create("xa-bank", PASSWORD, Role.BANK, "XAHTZ", null);
        accounts.create("xa-analyst", PASSWORD, Role.PARK_ANALYST, "XAHTZ", null);
        czFirm = jdbc.queryForObject("SELECT MIN(credit_code) FROM enterprise WHERE park_code = 'CZHTZ'", String.class)
                .strip();
        accounts.create("cz-firm", PASSWORD, Role.ENTERPRISE, "CZHTZ", czFirm);
    }

    static RequestPostProcessor admin() {
        return httpBasic("admin", TestAccounts.ADMIN_PASSWORD);
    }

    static RequestPostProcessor as(String user) {
        return httpBasic(user, PASSWORD);
    }

    JsonNode getJson(String url, RequestPostProcessor user) throws Exception {
        String body = mvc.perform(get(url).with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.builder().build().readTree(body);
    }

    static List<JsonNode> nodes(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        all.add(node);
        node.get("children").forEach(c -> all.addAll(nodes(c)));
        return all;
    }

    @Test
    void listsTheShippedFrameworks() throws Exception {
        mvc.perform(get("/api/v1/index/frameworks").with(as("cz-analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("national-htz-2021"))
                .andExpect(jsonPath("$[1].id").value("development-index-template"))
                .andExpect(jsonPath("$[0].pillars").value(5));
    }

    @Test
    void ranksAllEightDemoParksWithTheWholeTree() throws Exception {
        JsonNode r = getJson("/api/v1/index/national-htz-2021", as("cz-analyst"));
        assertThat(r.get("year").asInt()).isEqualTo(DemoSpec.DEFAULT_LAST_YEAR);
        assertThat(r.get("years").size()).isEqualTo(DEMO.years());
        JsonNode ranking = r.get("ranking");
        assertThat(ranking.size()).isEqualTo(8);
        Set<Integer> ranks = new HashSet<>();
        ranking.forEach(p -> ranks.add(p.get("rank").asInt()));
        assertThat(ranks).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        List<JsonNode> nodes = nodes(r.get("tree"));
        assertThat(nodes).hasSize(1 + 5 + 29);
        assertThat(r.get("tree").get("children").get(0).get("name").asString()).isEqualTo("创新能力和创业活跃度");
        for (JsonNode n : nodes) {
            assertThat(n.get("results").size()).as(n.get("id").asString()).isEqualTo(8);
            for (JsonNode p : n.get("results")) {
                assertThat(p.get("years").size()).isEqualTo(DEMO.years());
                if (!p.get("score").isNull()) {
                    assertThat(p.get("score").asDouble())
                            .as(n.get("id").asString())
                            .isBetween(0.0, 100.0);
                    assertThat(p.get("rank").asInt()).isBetween(1, 8);
                }
            }
        }
        // registry-computed indicators have a value for every park; imported ones none until figures are imported
        JsonNode rdIntensity = nodes.stream()
                .filter(n -> n.get("id").asString().equals("1.3"))
                .findFirst()
                .orElseThrow();
        rdIntensity
                .get("results")
                .forEach(p -> assertThat(p.get("value").isNull()).isFalse());
        assertThat(r.get("coverage").get("indicators").get("4.1").asDouble()).isZero();
        assertThat(r.get("coverage").get("flags").size()).isPositive();
        assertThat(r.get("settings").get("weighting").asString()).isEqualTo("expert");
        assertThat(r.get("uncertainty").isNull()).isTrue();
    }

    @Test
    void namesFollowTheLanguage() throws Exception {
        JsonNode r = getJson("/api/v1/index/national-htz-2021?lang=en", admin());
        assertThat(r.get("tree").get("children").get(0).get("name").asString())
                .isEqualTo("Innovation capacity and entrepreneurial activity");
    }

    @Test
    void theUncertaintyBandComesWithSensitivity() throws Exception {
        JsonNode r = getJson("/api/v1/index/national-htz-2021?sensitivity=200", as("xa-analyst"));
        assertThat(r.get("uncertainty").get("replications").asInt()).isEqualTo(200);
        assertThat(r.get("uncertainty").get("sensitivity").has("weight:5")).isTrue();
        for (JsonNode p : r.get("ranking")) {
            int median = p.get("medianRank").asInt();
            assertThat(p.get("rankLow").asInt()).isBetween(1, median);
            assertThat(p.get("rankHigh").asInt()).isBetween(median, 8);
        }
    }

    @Test
    void sensitivityAboveTheCapIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/index/national-htz-2021?sensitivity=20001").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("20000")));
    }

    @Test
    void anUnknownFrameworkIsNotFoundWithTheAvailableOnes() throws Exception {
        mvc.perform(get("/api/v1/index/no-such-index").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no framework 'no-such-index'")))
                .andExpect(jsonPath("$.detail", containsString("national-htz-2021")));
    }

    @Test
    void aYearWithoutDataIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/index/national-htz-2021?year=1999").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no data for 1999")));
    }

    @Test
    void theIndexNeedsALogin() throws Exception {
        mvc.perform(get("/api/v1/index/national-htz-2021")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBaseYearIndexIsOneHundredInItsBaseYear() throws Exception {
        int base = DemoSpec.DEFAULT_LAST_YEAR - 1;
        JsonNode r = getJson("/api/v1/index/development-index-template?baseYear=" + base, admin());
        assertThat(r.get("settings").get("baseYear").asInt()).isEqualTo(base);
        for (JsonNode p : r.get("tree").get("results")) {
            JsonNode atBase = p.get("years").get(p.get("years").size() - 2);
            assertThat(atBase.get("year").asInt()).isEqualTo(base);
            assertThat(atBase.get("score").asDouble()).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void contributionsAreTheCallersOwnParkOnly() throws Exception {
        JsonNode own = getJson("/api/v1/index/national-htz-2021/parks/CZHTZ", as("cz-analyst"));
        assertThat(own.get("contributionAccess").asString()).isEqualTo("ALL_ENTERPRISES");
        assertThat(own.get("indexRank").asInt()).isBetween(1, 8);
        assertThat(own.get("strongestPillars").size()).isPositive();
        assertThat(own.get("contributions").size()).isPositive();
        Set<String> czCodes = new HashSet<>(
                jdbc.queryForList("SELECT TRIM(credit_code) FROM enterprise WHERE park_code = 'CZHTZ'", String.class));
        int lines = 0;
        for (JsonNode indicator : own.get("contributions")) {
            for (String side : List.of("lifting", "dragging")) {
                for (JsonNode c : indicator.get(side)) {
                    assertThat(czCodes).contains(c.get("creditCode").asString());
                    lines++;
                }
            }
        }
        assertThat(lines).isPositive();

        JsonNode other = getJson("/api/v1/index/national-htz-2021/parks/XAHTZ", as("cz-analyst"));
        assertThat(other.get("contributionAccess").asString()).isEqualTo("NONE");
        assertThat(other.get("contributions").size()).isZero();
        assertThat(other.get("indexRank").asInt()).isBetween(1, 8);

        // A bank user (银行用户) reads its park's bank list and nothing else of the platform.
        mvc.perform(get("/api/v1/index/national-htz-2021/parks/XAHTZ").with(as("xa-bank")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEnterpriseUserSeesOnlyItsOwnContribution() throws Exception {
        JsonNode own = getJson("/api/v1/index/national-htz-2021/parks/CZHTZ", as("cz-firm"));
        assertThat(own.get("contributionAccess").asString()).isEqualTo("OWN_ENTERPRISE");
        for (JsonNode indicator : own.get("contributions")) {
            for (String side : List.of("lifting", "dragging")) {
                indicator
                        .get(side)
                        .forEach(c -> assertThat(c.get("creditCode").asString()).isEqualTo(czFirm));
            }
        }
    }

    @Test
    void anUnknownParkIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/index/national-htz-2021/parks/NOPARK").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no park NOPARK")));
    }

    @Test
    void importedFiguresEnterTheIndexAndOnlyForTheUsersOwnPark() throws Exception {
        int year = DemoSpec.DEFAULT_LAST_YEAR;
        String csv = "park,key,year,value,source\n" + "CZHTZ,rdInstitutionsNationalProvincial," + year + ",42,常州统计局\n";
        mvc.perform(put("/api/v1/index/figures")
                        .with(as("cz-analyst"))
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1));
        mvc.perform(put("/api/v1/index/figures")
                        .with(as("cz-analyst"))
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(0))
                .andExpect(jsonPath("$.replaced").value(1));
        JsonNode r = getJson("/api/v1/index/national-htz-2021", admin());
        JsonNode institutions = nodes(r.get("tree")).stream()
                .filter(n -> n.get("id").asString().equals("1.1"))
                .findFirst()
                .orElseThrow();
        for (JsonNode p : institutions.get("results")) {
            if (p.get("park").asString().equals("CZHTZ")) {
                assertThat(p.get("value").asDouble()).isEqualTo(42.0);
                assertThat(p.get("rank").asInt()).isEqualTo(1);
            } else {
                assertThat(p.get("value").isNull()).isTrue();
            }
        }
        mvc.perform(get("/api/v1/index/figures?park=CZHTZ").with(as("cz-analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].key").value("rdInstitutionsNationalProvincial"));
        // Another park's imported figures stay that park's: only the published index values are shared.
        mvc.perform(get("/api/v1/index/figures?park=CZHTZ").with(as("xa-analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));

        mvc.perform(put("/api/v1/index/figures")
                        .with(as("cz-analyst"))
                        .contentType("text/csv")
                        .content("park,key,year,value\nXAHTZ,area," + year + ",10\n"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/index/figures")
                        .with(as("xa-bank"))
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isForbidden());
        jdbc.update("DELETE FROM park_figure");
    }

    @Test
    void aBadFiguresFileIsRefusedByRowAndColumnAndNothingIsWritten() throws Exception {
        String csv =
                "park,key,year,value\n" + "CZHTZ,area,2025,12.5\n" + "CZHTZ,area,20x5,3\n" + "NOPARK,area,2025,abc\n";
        mvc.perform(put("/api/v1/index/figures")
                        .with(admin())
                        .contentType(MediaType.valueOf("text/csv"))
                        .content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("C (year)"))
                .andExpect(jsonPath("$.problems[1].row").value(4))
                .andExpect(jsonPath("$.problems[1].column").value("D (value)"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM park_figure", Long.class))
                .isZero();
    }
}
