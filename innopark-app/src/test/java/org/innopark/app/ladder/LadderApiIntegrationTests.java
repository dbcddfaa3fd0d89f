package org.innopark.app.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The ladder's API on demo data: verdicts, the park's ladder, candidates, the XLSX export, language and tenancy. */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LadderApiIntegrationTests {

    static final String CCHTZ = "CCHTZ";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    final RequestPostProcessor admin = httpBasic("admin", TestAccounts.ADMIN_PASSWORD);
    final RequestPostProcessor ccAnalyst = httpBasic("ladder-cc-analyst", LadderDemo.PASSWORD);
    final RequestPostProcessor czAnalyst = httpBasic("ladder-cz-analyst", LadderDemo.PASSWORD);
    final RequestPostProcessor yuanyuUser = httpBasic("ladder-yuanyu", LadderDemo.PASSWORD);

    @BeforeAll
    void demoData() {
        LadderDemo.ensureLoaded(jdbc, loader, accounts);
    }

    @Test
    void anEnterprisesAssessmentsCoverEverySchemeWithConditionsAndGaps() throws Exception {
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.YUANYU)
                        .param("year", "2025")
                        .with(ccAnalyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("长春远宇医疗器械有限公司"))
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.language").value("zh"))
                .andExpect(jsonPath("$.assessments[*].scheme", hasSize(7)))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'tech-sme')].score.min")
                        .value(72.0))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'tech-sme')].outcome")
                        .value("QUALIFIED"))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'tech-sme')].outcomeText")
                        .value("符合"))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'tech-sme')].basis.kindText")
                        .value("数据判定"))
                .andExpect(
                        jsonPath("$.assessments[?(@.scheme == 'tech-sme')].basis.facts[?(@.factId == 'creditListed')]"
                                        + ".text")
                                .value(org.hamcrest.Matchers.hasItem(
                                        org.hamcrest.Matchers.containsString("经营异常名录, 截至 2026-11-30 完整"))))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'high-tech')].basis.kind")
                        .value("UNDECIDED"))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'high-tech')].conditions[?(@.id == 'rd-ratio')]"
                                + ".requirement")
                        .value("≥ 5.0%"))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'high-tech')].conditions[?(@.id == 'rd-ratio')]"
                                + ".statusText")
                        .value("符合"))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'high-tech')].conditions[?(@.id == 'st-staff')]"
                                + ".valueText")
                        .value("62.5%"))
                .andExpect(jsonPath("$.assessments[0].conditions[0].explanation", notNullValue()))
                .andExpect(jsonPath("$.assessments[0].gap.lines", notNullValue()));
    }

    @Test
    void textsAreEnglishOnRequestByParameterOrAcceptLanguage() throws Exception {
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.YUANYU)
                        .param("year", "2025")
                        .param("lang", "en")
                        .with(ccAnalyst))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'tech-sme')].outcomeText")
                        .value("Qualified"))
                .andExpect(jsonPath("$.assessments[?(@.scheme == 'high-tech')].conditions[?(@.id == 'rd-ratio')]"
                                + ".statusText")
                        .value("met"));
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.YUANYU)
                        .param("year", "2025")
                        .header("Accept-Language", "en-US,en;q=0.9")
                        .with(ccAnalyst))
                .andExpect(jsonPath("$.language").value("en"));
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.YUANYU)
                        .param("year", "2025")
                        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                        .with(ccAnalyst))
                .andExpect(jsonPath("$.language").value("zh"));
    }

    @Test
    void theParkLadderCountsHeldAndAssessedPerRungWithMismatchesTransitionsAndExpiries() throws Exception {
        String body = mvc.perform(get("/api/v1/parks/{code}/ladder", CCHTZ)
                        .param("year", "2025")
                        .param("asOf", "2025-10-01")
                        .param("months", "6")
                        .with(ccAnalyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rungs[*].rung", hasSize(8)))
                .andExpect(jsonPath("$.rungs[0].rung").value("TECH_SME"))
                .andExpect(jsonPath("$.rungs[0].name").value("科技型中小企业"))
                .andExpect(jsonPath("$.rungs[?(@.rung == 'HIGH_TECH')].held", everyItem(greaterThanOrEqualTo(1))))
                // 长春聚正 holds a 高企 certificate valid at the end of 2025 but its R&D ratio is 3.24% < 4%.
                .andExpect(jsonPath("$.mismatches[?(@.creditCode == '" + LadderDemo.JUZHENG + "' && @.rung == "
                                + "'HIGH_TECH')].kind")
                        .value("HELD_NOT_MEETING"))
                .andExpect(jsonPath("$.transitions.fromYear").value(2024))
                .andExpect(jsonPath("$.transitions.held[*].count", everyItem(greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.expiring.certificates[*].daysLeft", everyItem(lessThanOrEqualTo(183))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Every enterprise of the park appears once in each basis' transitions.
        Integer enterprises =
                jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE park_code = 'CCHTZ'", Integer.class);
        List<Integer> held = JsonPath.read(body, "$.transitions.held[*].count");
        List<Integer> assessed = JsonPath.read(body, "$.transitions.assessed[*].count");
        assertThat(held.stream().mapToInt(Integer::intValue).sum()).isEqualTo(enterprises);
        assertThat(assessed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(enterprises);
        List<Integer> expiring = JsonPath.read(body, "$.expiring.certificates[*].daysLeft");
        assertThat(expiring).isNotEmpty().isSorted();
        // The funnel by basis: 科小 qualified from data, 高企 with the experts' declared scores; what to collect.
        List<Integer> techSme = JsonPath.read(body, "$.byBasis[?(@.rung == 'TECH_SME')].qualifiedMeasured");
        List<Integer> highTech = JsonPath.read(body, "$.byBasis[?(@.rung == 'HIGH_TECH')].qualifiedDeclared");
        List<Integer> qualified = JsonPath.read(body, "$.rungs[?(@.rung == 'TECH_SME')].qualified");
        List<Integer> basisQualified = JsonPath.read(body, "$.byBasis[?(@.rung == 'TECH_SME')].qualified");
        assertThat(techSme).singleElement().satisfies(n -> assertThat(n).isPositive());
        assertThat(highTech).singleElement().satisfies(n -> assertThat(n).isPositive());
        assertThat(basisQualified).isEqualTo(qualified);
        List<Integer> toCollect = JsonPath.read(body, "$.toCollect[*].undecided");
        assertThat(toCollect).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void expertAssessmentsAreDeclaredPerYearCheckedAndAudited() throws Exception {
        mvc.perform(put("/api/v1/enterprises/{code}/declared-assessments/{year}", LadderDemo.YUANYU, 2025)
                        .contentType("application/json")
                        .content("{\"facts\": {\"techAdvancementPoints\": 9}}")
                        .with(ccAnalyst)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/enterprises/{code}/declared-assessments/{year}", LadderDemo.YUANYU, 2025)
                        .contentType("application/json")
                        .content("{\"facts\": {\"majorIncident\": false}}")
                        .with(ccAnalyst)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        try {
            mvc.perform(put("/api/v1/enterprises/{code}/declared-assessments/{year}", LadderDemo.YUANYU, 2025)
                            .contentType("application/json")
                            .content("{\"facts\": {\"techAdvancementPoints\": 8, \"coreSupportPoints\": 7}}")
                            .with(yuanyuUser)
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].fact", hasSize(2)))
                    .andExpect(jsonPath("$[0].declaredBy").value("ladder-yuanyu"));
            mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.YUANYU)
                            .param("year", "2025")
                            .with(ccAnalyst))
                    .andExpect(jsonPath("$.assessments[?(@.scheme == 'high-tech')].basis.facts[?(@.factId == "
                                    + "'techAdvancementPoints')].source")
                            .value(org.hamcrest.Matchers.hasItem("DECLARED")));
            mvc.perform(get("/api/v1/enterprises/{code}/declared-assessments/{year}", LadderDemo.YUANYU, 2025)
                            .with(czAnalyst))
                    .andExpect(status().isNotFound());
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM audit_event WHERE entity = 'declared_fact' AND entity_key = ?",
                            Integer.class,
                            LadderDemo.YUANYU + "/2025"))
                    .isPositive();
        } finally {
            jdbc.update("DELETE FROM declared_fact WHERE credit_code = ? AND report_year = 2025", LadderDemo.YUANYU);
            jdbc.update("UPDATE registry_version SET version = version + 1 WHERE id = 1");
        }
    }

    @Test
    void candidatesAreSortedByGapSizeWithTheirGapLines() throws Exception {
        String body = mvc.perform(get("/api/v1/parks/{code}/candidates", CCHTZ)
                        .param("scheme", "high-tech")
                        .param("year", "2025")
                        .param("limit", "10")
                        .with(ccAnalyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rung").value("HIGH_TECH"))
                .andExpect(jsonPath("$.candidates", hasSize(lessThanOrEqualTo(10))))
                .andExpect(jsonPath("$.candidates[0].rank").value(1))
                .andExpect(jsonPath("$.candidates[*].currentTop", not(hasItem("HIGH_TECH"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Double> sizes = new ArrayList<>();
        for (Object s : JsonPath.<List<Object>>read(body, "$.candidates[*].gapSize")) {
            sizes.add(((Number) s).doubleValue());
        }
        assertThat(sizes).isNotEmpty().isSorted();
        int total = JsonPath.read(body, "$.total");
        assertThat(total).isGreaterThanOrEqualTo(sizes.size());
        List<List<String>> gaps = JsonPath.read(body, "$.candidates[?(@.gapSize > 0)].gap");
        assertThat(gaps).allSatisfy(lines -> assertThat(lines).isNotEmpty());
        mvc.perform(get("/api/v1/parks/{code}/candidates", CCHTZ)
                        .param("scheme", "no-such-scheme")
                        .param("year", "2025")
                        .with(ccAnalyst))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theXlsxExportHasPerConditionColumnsWithChineseHeaders() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/parks/{code}/assessments.xlsx", CCHTZ)
                        .param("scheme", "tech-sme")
                        .param("year", "2025")
                        .with(ccAnalyst))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).startsWith("统一社会信用代码", "企业名称", "评价方案", "版本", "年度", "评价结论", "得分(下限)", "得分(上限)");
            assertThat(headers)
                    .contains(
                            "职工总数不超过500人 值",
                            "职工总数不超过500人 要求",
                            "职工总数不超过500人 结果",
                            "职工总数不超过500人 得分",
                            "综合评价得分 得分",
                            "科技人员指标 指标值",
                            "科技人员指标 档位",
                            "科技人员指标 指标得分");
            Integer enterprises = jdbc.queryForObject(
                    "SELECT COUNT(DISTINCT r.credit_code) FROM annual_report r JOIN enterprise e"
                            + " ON e.credit_code = r.credit_code WHERE e.park_code = 'CCHTZ'",
                    Integer.class);
            assertThat(sheet.getLastRowNum()).isEqualTo(enterprises);
            Row yuanyu = null;
            for (Row row : sheet) {
                if (LadderDemo.YUANYU.equals(row.getCell(0).getStringCellValue())) {
                    yuanyu = row;
                }
            }
            assertThat(yuanyu).isNotNull();
            assertThat(yuanyu.getCell(5).getStringCellValue()).isEqualTo("符合");
            assertThat(yuanyu.getCell(6).getNumericCellValue()).isEqualTo(72.0);
            int cap = headers.indexOf("职工总数不超过500人 值");
            assertThat(yuanyu.getCell(cap).getStringCellValue()).isEqualTo("8人");
            assertThat(yuanyu.getCell(cap + 1).getStringCellValue()).isEqualTo("≤ 500人");
            assertThat(yuanyu.getCell(cap + 2).getStringCellValue()).isEqualTo("符合");
        }
    }

    @Test
    void outsideTheScopeEverythingIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.YUANYU)
                        .with(czAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{code}/ladder", CCHTZ).with(czAnalyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{code}/ladder", CCHTZ)
                        .param("year", "2025")
                        .with(czAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{code}/candidates", CCHTZ)
                        .param("scheme", "high-tech")
                        .param("year", "2025")
                        .with(czAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{code}/assessments.xlsx", CCHTZ)
                        .param("scheme", "tech-sme")
                        .param("year", "2025")
                        .with(czAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.JIAXIN)
                        .with(czAnalyst))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/parks/{code}/ladder", "NO-SUCH-PARK").with(admin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.YUANYU))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anEnterpriseUserSeesOnlyItsOwnAssessments() throws Exception {
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.YUANYU)
                        .with(yuanyuUser))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025));
        mvc.perform(get("/api/v1/enterprises/{code}/assessments", LadderDemo.JUZHENG)
                        .with(yuanyuUser))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{code}/ladder", CCHTZ).with(yuanyuUser)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{code}/candidates", CCHTZ)
                        .param("scheme", "high-tech")
                        .with(yuanyuUser))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{code}/assessments.xlsx", CCHTZ)
                        .param("scheme", "tech-sme")
                        .with(yuanyuUser))
                .andExpect(status().isNotFound());
    }
}
