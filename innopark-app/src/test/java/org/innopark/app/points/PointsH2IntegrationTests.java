package org.innopark.app.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract on H2, and the points API as seen from outside: tenancy per role, consent, the bank list workbook. */
@H2IntegrationTest
class PointsH2IntegrationTests extends PointsContract {

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    private JsonNode getJson(String user, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(httpBasic(user, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();
        return json.readTree(r.getResponse().getContentAsByteArray());
    }

    @Test
    void theRankingApiListsTheParksRankingWithMoversAndDistribution() throws Exception {
        JsonNode view = getJson("a-analyst", "/api/v1/parks/" + A + "/points?top=100");
        assertThat(view.get("year").asInt()).isEqualTo(DEMO.lastYear());
        JsonNode cohort = view.get("cohorts").get(0);
        assertThat(cohort.get("top").asInt()).isEqualTo(100);
        assertThat(cohort.get("entries").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(cohort.get("entries").get(0).get("groupPoints").has("tech")).isTrue();
        assertThat(cohort.get("movers").has("up")).isTrue();
        assertThat(cohort.get("distribution").size()).isEqualTo(4);
    }

    @Test
    void aParkUserSeesOnlyTheirPark() throws Exception {
        mvc.perform(get("/api/v1/parks/" + A + "/points").with(httpBasic("a-analyst", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/parks/" + B + "/points").with(httpBasic("a-analyst", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + firmB + "/points").with(httpBasic("a-analyst", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/" + B + "/points/bank-list.xlsx").with(httpBasic("a-analyst", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/NOSUCH/points").with(httpBasic("admin", TEST_ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/" + A + "/points?scheme=/etc/passwd").with(httpBasic("a-analyst", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    static final String TEST_ADMIN_PASSWORD = org.innopark.app.support.TestAccounts.ADMIN_PASSWORD;

    @Test
    void anEnterpriseUserSeesOnlyItsOwnExplanation() throws Exception {
        JsonNode own = getJson("a-firm", "/api/v1/enterprises/" + firmA + "/points");
        assertThat(own.get("creditCode").asString()).isEqualTo(firmA);
        assertThat(own.get("cohort").asString()).isEqualTo(A);
        assertThat(own.get("indicators").size()).isEqualTo(18);
        assertThat(own.get("rank").asInt()).isBetween(1, own.get("cohortSize").asInt());
        String otherOfA =
                jdbc.queryForObject("SELECT MAX(credit_code) FROM enterprise WHERE park_code = ?", String.class, A);
        mvc.perform(get("/api/v1/enterprises/" + otherOfA + "/points").with(httpBasic("a-firm", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/" + A + "/points").with(httpBasic("a-firm", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/parks/" + A + "/points/bank-list.xlsx").with(httpBasic("a-firm", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBankUserGetsOnlyItsParksBankListOfConsentingEnterprises() throws Exception {
        for (String url : List.of(
                "/api/v1/parks",
                "/api/v1/parks/" + A,
                "/api/v1/enterprises",
                "/api/v1/enterprises/" + firmA,
                "/api/v1/enterprises/" + firmA + "/reports",
                "/api/v1/parks/" + A + "/points",
                "/api/v1/enterprises/" + firmA + "/points")) {
            mvc.perform(get(url).with(httpBasic("a-bank", PASSWORD))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/parks/" + B + "/points/bank-list.xlsx").with(httpBasic("a-bank", PASSWORD)))
                .andExpect(status().isNotFound());

        MvcResult r = mvc.perform(get("/api/v1/parks/" + A + "/points/bank-list.xlsx?year=" + DEMO.lastYear())
                        .with(httpBasic("a-bank", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(r.getResponse().getContentType()).contains("spreadsheetml");
        Set<String> consenting = consenting();
        long reported = jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise e JOIN annual_report r ON"
                        + " r.credit_code = e.credit_code WHERE e.park_code = ? AND r.report_year = ?",
                Long.class,
                A,
                DEMO.lastYear());
        assertThat(consenting.size()).isBetween((int) (reported * 0.4), (int) (reported * 0.8));

        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            Row zh = sheet.getRow(2);
            List<String> headers = new ArrayList<>();
            zh.forEach(c -> headers.add(text.formatCellValue(c)));
            assertThat(headers)
                    .containsSubsequence(
                            "排名",
                            "统一社会信用代码",
                            "企业名称",
                            "创新积分(分)",
                            "研发费用(万元)",
                            "研发费用占营业收入比例(%)",
                            "营业收入(万元)",
                            "营业收入增长率(%)",
                            "发明专利申请数(件)");
            assertThat(text.formatCellValue(sheet.getRow(3).getCell(6))).isEqualTo("R&D expense (10k yuan)");
            Set<String> listed = new HashSet<>();
            int previousRank = 0;
            for (int i = 4; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                int rank = (int) row.getCell(0).getNumericCellValue();
                assertThat(rank).isGreaterThanOrEqualTo(previousRank).isLessThanOrEqualTo((int) reported);
                previousRank = rank;
                listed.add(row.getCell(1).getStringCellValue());
            }
            assertThat(listed).isEqualTo(consenting);
            // The first listed enterprise's R&D expense, in 万元, is its annual report's figure / 10,000.
            Row first = sheet.getRow(4);
            java.math.BigDecimal rd = jdbc.queryForObject(
                    "SELECT rd_expense FROM annual_report WHERE credit_code = ?" + " AND report_year = ?",
                    java.math.BigDecimal.class,
                    first.getCell(1).getStringCellValue(),
                    DEMO.lastYear());
            if (rd != null) {
                assertThat(first.getCell(6).getNumericCellValue())
                        .isEqualTo(rd.movePointLeft(4).doubleValue());
            }
        }
    }

    @Test
    void consentIsGivenAndRevokedByTheEnterpriseOrItsParkAdministrator() throws Exception {
        mvc.perform(delete("/api/v1/enterprises/" + firmA + "/points-consent").with(httpBasic("a-admin", PASSWORD)));
        mvc.perform(put("/api/v1/enterprises/" + firmA + "/points-consent").with(httpBasic("a-analyst", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/enterprises/" + firmA + "/points-consent").with(httpBasic("a-firm", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordedBy").value("a-firm"))
                .andExpect(jsonPath("$.revokedOn").doesNotExist());
        assertThat(consent.activeInPark(A)).containsKey(firmA);
        mvc.perform(delete("/api/v1/enterprises/" + firmA + "/points-consent").with(httpBasic("a-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedOn").exists());
        assertThat(consent.activeInPark(A)).doesNotContainKey(firmA);
        mvc.perform(put("/api/v1/enterprises/" + firmB + "/points-consent").with(httpBasic("a-admin", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/enterprises/" + firmA + "/points-consent").with(httpBasic("a-bank", PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
