package org.innopark.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.app.support.TestAccounts;
import org.innopark.app.support.TwoParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Enterprises and park staff enter a year's annual report: checked field by field, all or nothing, audited. */
@H2IntegrationTest
class ReportSubmissionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    TwoParks parks;

    final RequestPostProcessor firm = httpBasic("a-firm", TwoParks.PASSWORD);

    @BeforeEach
    void setUp() {
        parks = new TwoParks(jdbc, store, accounts);
    }

    private String url(String code, int year) {
        return "/api/v1/enterprises/" + code + "/reports/" + year;
    }

    private BigDecimal stored(String code, int year, String column) {
        List<BigDecimal> v = jdbc.queryForList(
                "SELECT " + column + " FROM annual_report WHERE credit_code = ? AND report_year = ?",
                BigDecimal.class,
                code,
                year);
        return v.isEmpty() ? null : v.get(0);
    }

    @Test
    void anEnterpriseUserSubmitsItsOwnReportExactlyInYuan() throws Exception {
        mvc.perform(put(url(parks.aFirmCode(), 2025))
                        .with(firm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\": {\"employees\": 120, \"rdStaff\": 30,"
                                + " \"operatingRevenue\": 12345678901234.57, \"rdExpense\": \"1,000,000.10\","
                                + " \"netProfit\": -2500.5, \"inventionGrants\": null}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.employees").value(120))
                .andExpect(jsonPath("$.figures.inventionGrants").doesNotExist());
        assertThat(stored(parks.aFirmCode(), 2025, "operating_revenue")).isEqualByComparingTo("12345678901234.57");
        assertThat(stored(parks.aFirmCode(), 2025, "rd_expense")).isEqualByComparingTo("1000000.10");
        assertThat(stored(parks.aFirmCode(), 2025, "net_profit")).isEqualByComparingTo("-2500.50");
        mvc.perform(get(url(parks.aFirmCode(), 2025)).with(firm))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.rdStaff").value(30));
    }

    @Test
    void rejectsEveryBadFigureWithFieldValueAndBothLanguagesAndWritesNothing() throws Exception {
        BigDecimal before = stored(parks.aFirmCode(), 2024, "employees");
        mvc.perform(put(url(parks.aFirmCode(), 2024))
                        .with(firm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\": {\"employees\": 10, \"rdStaff\": 12, \"stStaff\": 2.5,"
                                + " \"exports\": -1, \"taxesPaid\": \"abc\", \"rdExpense\": 1.234, \"bogus\": 1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.messageZh").value("年报有误,未写入任何数据"))
                .andExpect(jsonPath("$.errors", hasSize(6)))
                .andExpect(jsonPath("$.errors[?(@.field == 'rdStaff')].value").value("12"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'rdStaff')].messageZh").value("研发人员(12)不能大于从业人员(职工总数)(10)"))
                .andExpect(jsonPath("$.errors[?(@.field == 'stStaff')].messageEn")
                        .value("S&T staff must be a whole number, got 2.5"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'exports')].messageZh").value("出口总额不能为负数,实际为-1"))
                .andExpect(jsonPath("$.errors[?(@.field == 'taxesPaid')].messageEn")
                        .value("Taxes paid must be a number, got \"abc\""))
                .andExpect(jsonPath("$.errors[?(@.field == 'rdExpense')].value").value("1.234"))
                .andExpect(jsonPath("$.errors[?(@.field == 'bogus')].messageEn").value("There is no field \"bogus\""));
        assertThat(stored(parks.aFirmCode(), 2024, "employees")).isEqualByComparingTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class))
                .isZero();
    }

    @Test
    void aSubmissionReplacesTheYearAndIsAuditedWithBeforeAndAfter() throws Exception {
        mvc.perform(put(url(parks.aFirmCode(), 2024))
                        .with(httpBasic("a-analyst", TwoParks.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"figures\": {\"employees\": 200}}"))
                .andExpect(status().isOk());
        assertThat(stored(parks.aFirmCode(), 2024, "employees")).isEqualByComparingTo("200");
        assertThat(stored(parks.aFirmCode(), 2024, "operating_revenue")).isNull();
        Map<String, Object> e = jdbc.queryForMap(
                "SELECT username, action, entity, entity_key, park_code, before_json, after_json FROM audit_event");
        assertThat(e)
                .containsEntry("username", "a-analyst")
                .containsEntry("action", "SUBMIT")
                .containsEntry("entity", "annual_report")
                .containsEntry("entity_key", parks.aFirmCode() + "/2024")
                .containsEntry("park_code", "CCHTZ");
        assertThat(String.valueOf(e.get("before_json")))
                .contains("\"employees\":91")
                .contains("operatingRevenue");
        assertThat(String.valueOf(e.get("after_json"))).isEqualTo("{\"employees\":200}");
    }

    @Test
    void nobodyOutsideTheEnterpriseOrItsParkReadsOrWritesItsReport() throws Exception {
        String body = "{\"figures\": {\"employees\": 1}}";
        for (String user : List.of("a-analyst", "a-admin", "a-firm")) {
            var who = httpBasic(user, TwoParks.PASSWORD);
            mvc.perform(get(url(parks.bFirmCode(), 2024)).with(who)).andExpect(status().isNotFound());
            mvc.perform(put(url(parks.bFirmCode(), 2024))
                            .with(who)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(parks.bFirm.name()))));
        }
        // An enterprise user of the same park but another enterprise: not found either.
        mvc.perform(get(url(parks.aFirm2.creditCode().value(), 2024)).with(firm))
                .andExpect(status().isNotFound());
        mvc.perform(put(url(parks.aFirmCode(), 2024))
                        .with(httpBasic("a-bank", TwoParks.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        assertThat(stored(parks.bFirmCode(), 2024, "employees")).isEqualByComparingTo("93");
        mvc.perform(put(url(parks.bFirmCode(), 2024))
                        .with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
    }

    @Test
    void theFormShowsEveryFieldGroupedWithUnitsAndErrorsInline() throws Exception {
        String page = "/enterprises/" + parks.aFirmCode() + "/reports/2024/edit";
        mvc.perform(get(page).with(firm))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("人员")))
                .andExpect(content().string(containsString("财务")))
                .andExpect(content().string(containsString("知识产权与成果")))
                .andExpect(content().string(containsString("研发费用加计扣除减免税额")))
                .andExpect(content().string(containsString("value=\"91\"")));
        mvc.perform(post(page)
                        .with(firm)
                        .with(csrf())
                        .param("employees", "10")
                        .param("rdStaff", "11")
                        .param("operatingRevenue", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("研发人员(11)不能大于从业人员(职工总数)(10)")))
                .andExpect(content().string(containsString("营业收入应为数字,实际为“abc”")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        assertThat(stored(parks.aFirmCode(), 2024, "employees")).isEqualByComparingTo("91");
        mvc.perform(post(page).with(firm).with(csrf()).param("employees", "95").param("rdStaff", "11"))
                .andExpect(redirectedUrl(page));
        assertThat(stored(parks.aFirmCode(), 2024, "rd_staff")).isEqualByComparingTo("11");
        mvc.perform(get("/enterprises/" + parks.bFirmCode() + "/reports/2024/edit")
                        .with(firm))
                .andExpect(status().isNotFound());
        mvc.perform(get(page).param("lang", "en").with(firm))
                .andExpect(content().string(containsString("IP and results")));
    }
}
