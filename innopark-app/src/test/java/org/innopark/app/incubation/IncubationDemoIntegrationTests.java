package org.innopark.app.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.innopark.engine.incubation.TenancyState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's tenancies on the demo registry, and the console's incubation pages over them. */
@H2IntegrationTest
class IncubationDemoIntegrationTests {

    static final String PARK = "CCHTZ";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoIncubation demo;

    @Autowired
    Incubation incubation;

    @Autowired
    TorchSurvey survey;

    @BeforeEach
    void demo() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        demo.load(PARK, TODAY);
    }

    @Test
    void everyCarrierHasTenantsAndGraduatesMeetTheirCriterionInTheRegistry() {
        IncubationViews.ParkView park = incubation.park(PARK, TODAY);
        assertThat(park.carriers())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.byState().stream()
                                .mapToLong(IncubationViews.FunnelStep::count)
                                .sum())
                        .isPositive());
        Set<String> criteria = incubation.tenancies(PARK).stream()
                .map(s -> s.tenancy().criterionId())
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        assertThat(criteria).contains("high_tech", "revenue");
        // every graduate by 高企 holds the qualification granted on or before its graduation day
        for (var s : incubation.tenancies(PARK)) {
            if ("high_tech".equals(s.tenancy().criterionId())) {
                Integer held = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM qualification WHERE credit_code = ? AND qualification_type = 'HIGH_TECH'"
                                + " AND granted_on <= ?",
                        Integer.class,
                        s.tenancy().creditCode().value(),
                        java.sql.Date.valueOf(s.tenancy().graduationDate()));
                assertThat(held).as(s.tenancy().creditCode().value()).isPositive();
            }
        }
        assertThat(incubation.tenancies(PARK))
                .extracting(s -> s.tenancy().state())
                .contains(TenancyState.INCUBATING, TenancyState.STAYED);
    }

    @Test
    void theSurveyListsTheMakerSpaceWhoseTotalDoesNotAddUp() {
        List<IncubationViews.SurveyTable> tables = survey.tables(PARK, 2025);
        List<String> broken = tables.stream()
                .flatMap(t -> t.rows().stream())
                .filter(r -> r.failures().stream().anyMatch(f -> f.checkId().equals("income_total")))
                .map(IncubationViews.SurveyRow::carrier)
                .toList();
        assertThat(broken).hasSize(1);
    }

    @Test
    void thePagesShowTheFunnelTheCarrierAndTheSurvey() throws Exception {
        String park = mvc.perform(get("/parks/" + PARK + "/incubation")
                        .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(park).contains("id=\"funnel\"").contains("孵化漏斗").contains("国家级孵化器条件");
        String carrier = incubation.park(PARK, TODAY).carriers().get(0).name();
        String page = mvc.perform(get("/parks/" + PARK + "/incubation/carriers/" + carrier)
                        .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"tenants\"").contains("id=\"overdue\"").contains("id=\"kpis\"");
        mvc.perform(get("/parks/" + PARK + "/incubation/survey?year=2025")
                        .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/parks/CZHTZ/incubation").with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
