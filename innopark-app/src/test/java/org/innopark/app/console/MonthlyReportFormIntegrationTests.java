package org.innopark.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The console's 月度报表 form: an enterprise user enters a month; a bad figure is shown and nothing is written. */
@H2IntegrationTest
class MonthlyReportFormIntegrationTests {

    static final String URL = "/enterprises/" + DemoRegistry.YUANYU + "/monthly-reports/2030-03/edit";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void demo() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        jdbc.update("DELETE FROM monthly_report WHERE credit_code = ? AND period = '2030-03'", DemoRegistry.YUANYU);
    }

    private Integer stored() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM monthly_report WHERE credit_code = ? AND period = '2030-03'",
                Integer.class,
                DemoRegistry.YUANYU);
    }

    @Test
    void anEnterpriseEntersAMonthAndABadFigureIsShownWithNothingWritten() throws Exception {
        assertThat(mvc.perform(get(URL).with(httpBasic(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"monthly-form\"")
                .contains("社保缴纳人数");
        String page = mvc.perform(post(URL)
                        .with(httpBasic(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD))
                        .with(csrf())
                        .param("revenue", "1200000")
                        .param("insuredStaff", "-3"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("社保缴纳人数").contains("-3");
        assertThat(stored()).isZero();
        mvc.perform(post(URL)
                        .with(httpBasic(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD))
                        .with(csrf())
                        .param("revenue", "1200000.50")
                        .param("taxesPaid", "-800")
                        .param("insuredStaff", "87")
                        .param("electricityKwh", "15200"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "SELECT revenue FROM monthly_report WHERE credit_code = ? AND period = '2030-03'",
                        BigDecimal.class,
                        DemoRegistry.YUANYU))
                .isEqualByComparingTo("1200000.50");
        mvc.perform(get(URL).with(httpBasic(DemoRegistry.CZ_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + DemoRegistry.YUANYU + "/monthly-reports/2030-13/edit")
                        .with(httpBasic(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
