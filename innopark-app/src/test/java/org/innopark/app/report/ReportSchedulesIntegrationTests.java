package org.innopark.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.DemoRegistry;
import org.innopark.app.support.H2IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scheduled reports: a schedule made through the API (checked field by field), issued once per period when its day
 * has come (and caught up when the day was missed), its file kept and downloadable by the park's staff only, every
 * step audited.
 */
@H2IntegrationTest
class ReportSchedulesIntegrationTests {

    static final String PARK = "CCHTZ";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    ReportSchedules schedules;

    @Value("${innopark.data-dir}")
    Path dataDir;

    @BeforeEach
    void demo() {
        DemoRegistry.ensureLoaded(jdbc, loader, accounts);
        jdbc.update("DELETE FROM report_schedule");
    }

    @AfterEach
    void removeKeptFiles() throws IOException {
        jdbc.update("DELETE FROM report_schedule");
        List<String> kept =
                jdbc.queryForList("SELECT stored_file FROM issued_report WHERE stored_file IS NOT NULL", String.class);
        for (String f : kept) {
            Files.deleteIfExists(dataDir.resolve(f));
        }
        jdbc.update("UPDATE issued_report SET stored_file = NULL");
    }

    private long addMonthly(int day) throws Exception {
        String body = mvc.perform(post("/api/v1/parks/{c}/reports/schedules", PARK)
                        .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"templateId\":\"points-top100\",\"format\":\"xlsx\",\"cadence\":\"MONTHLY\",\"day\":"
                                        + day + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cadence").value("MONTHLY"))
                .andExpect(jsonPath("$.createdBy").value(DemoRegistry.CC_ANALYST))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    @Test
    void issuesEachPeriodOnceOnOrAfterItsDayAndKeepsTheFileForTheParksStaff() throws Exception {
        long id = addMonthly(5);
        assertThat(schedules.runDue(LocalDate.of(2026, 12, 4)))
                .as("before its day")
                .isEmpty();
        List<ParkReports.Issued> first = schedules.runDue(LocalDate.of(2026, 12, 9));
        assertThat(first).hasSize(1).allSatisfy(i -> {
            assertThat(i.scheduled()).isTrue();
            assertThat(i.stored()).isTrue();
            assertThat(i.issuedBy()).isEqualTo(ReportSchedules.ISSUER);
            assertThat(i.templateId()).isEqualTo("points-top100");
        });
        assertThat(schedules.runDue(LocalDate.of(2026, 12, 20)))
                .as("the same month again")
                .isEmpty();
        // The server was down on 5 January: the next run, on the 7th, issues January's.
        assertThat(schedules.runDue(LocalDate.of(2027, 1, 7))).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT last_period FROM report_schedule WHERE id = ?", String.class, id))
                .isEqualTo("2027-01");

        long issued = first.get(0).id();
        byte[] file = mvc.perform(get("/api/v1/parks/{c}/reports/issued/{id}", PARK, issued)
                        .with(httpBasic(DemoRegistry.CC_ADMIN, DemoRegistry.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", first.get(0).sha256()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ParkReports.sha256(file)).isEqualTo(first.get(0).sha256());
        assertThat(file).startsWith(0x50, 0x4B); // a zip: the XLSX
        // Another park's analyst, an enterprise user: not found / refused, the file is the park's.
        mvc.perform(get("/api/v1/parks/{c}/reports/issued/{id}", PARK, issued)
                        .with(httpBasic(DemoRegistry.CZ_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{c}/reports/issued/{id}", "CZHTZ", issued)
                        .with(httpBasic(DemoRegistry.CZ_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parks/{c}/reports/schedules", PARK)
                        .with(httpBasic(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
        // A bank user's scope is the park, but the park's reports (the monitoring's cases, the targets) are not a
        // bank's.
        for (String url : List.of(
                "/api/v1/parks/" + PARK + "/reports/monitoring-monthly?format=json", "/parks/" + PARK + "/reports")) {
            int status = mvc.perform(get(url).with(httpBasic(DemoRegistry.CC_BANK, DemoRegistry.PASSWORD)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(url).isIn(403, 404);
        }
        // A kept file changed on disk is not handed out as the issued report.
        String stored = jdbc.queryForObject("SELECT stored_file FROM issued_report WHERE id = ?", String.class, issued);
        Files.write(dataDir.resolve(stored), new byte[] {1, 2, 3});
        mvc.perform(get("/api/v1/parks/{c}/reports/issued/{id}", PARK, issued)
                        .with(httpBasic(DemoRegistry.CC_ADMIN, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = ? AND entity_key = ? AND action = 'CREATE'",
                        Integer.class,
                        ReportSchedules.ENTITY,
                        String.valueOf(id)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = ? AND username = ?",
                        Integer.class,
                        ParkReports.ISSUED_REPORT,
                        ReportSchedules.ISSUER))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAnnualScheduleWaitsForItsDayAndIsRemovedByTheParkOnly() throws Exception {
        ReportSchedules.Schedule s = schedules
                .add(
                        ParkScope.park(PARK),
                        DemoRegistry.CC_ADMIN,
                        PARK,
                        new ReportSchedules.Request("annual-bulletin", "docx", "annual", 3, 31))
                .orElseThrow();
        assertThat(s.due(LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(s.due(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(s.due(LocalDate.of(2026, 12, 1))).isTrue();
        mvc.perform(delete("/api/v1/parks/{c}/reports/schedules/{id}", "CZHTZ", s.id())
                        .with(httpBasic(DemoRegistry.CZ_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/parks/{c}/reports/schedules/{id}", PARK, s.id())
                        .with(httpBasic(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(schedules.list(ParkScope.park(PARK), PARK)).hasSize(1);
        mvc.perform(delete("/api/v1/parks/{c}/reports/schedules/{id}", PARK, s.id())
                        .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(schedules.list(ParkScope.park(PARK), PARK)).isEmpty();
    }

    @Test
    void theReportsPageAddsAndShowsASchedule() throws Exception {
        mvc.perform(post("/parks/{c}/reports/schedules", PARK)
                        .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD))
                        .with(csrf())
                        .param("templateId", "annual-bulletin")
                        .param("format", "pdf")
                        .param("cadence", "ANNUAL")
                        .param("month", "3")
                        .param("day", "31"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(
                        get("/parks/{c}/reports", PARK).with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"report-schedules\"").contains("每年3月31日").contains("schedule-form");
        mvc.perform(post("/parks/{c}/reports/schedules", PARK)
                        .with(httpBasic(DemoRegistry.YUANYU_USER, DemoRegistry.PASSWORD))
                        .with(csrf())
                        .param("templateId", "annual-bulletin")
                        .param("format", "pdf")
                        .param("cadence", "MONTHLY")
                        .param("day", "1"))
                .andExpect(status().isNotFound());
        assertThat(schedules.list(ParkScope.park(PARK), PARK)).hasSize(1);
    }

    @Test
    void aScheduleThatCannotRunIsRefusedSayingWhichFieldAndWhatIsValid() throws Exception {
        ParkScope scope = ParkScope.park(PARK);
        assertThatThrownBy(() -> schedules.add(
                        scope, "x", PARK, new ReportSchedules.Request("no-such", "pdf", "MONTHLY", null, 1)))
                .hasMessageContaining("no template 'no-such'")
                .hasMessageContaining("annual-bulletin");
        assertThatThrownBy(() -> schedules.add(
                        scope, "x", PARK, new ReportSchedules.Request("annual-bulletin", "png", "MONTHLY", null, 1)))
                .hasMessageContaining("pdf, docx, xlsx");
        assertThatThrownBy(() -> schedules.add(
                        scope, "x", PARK, new ReportSchedules.Request("annual-bulletin", "pdf", "WEEKLY", null, 1)))
                .hasMessageContaining("ANNUAL, MONTHLY");
        assertThatThrownBy(() -> schedules.add(
                        scope, "x", PARK, new ReportSchedules.Request("annual-bulletin", "pdf", "MONTHLY", null, 31)))
                .hasMessageContaining("1–28");
        assertThatThrownBy(() -> schedules.add(
                        scope, "x", PARK, new ReportSchedules.Request("annual-bulletin", "pdf", "ANNUAL", 13, 1)))
                .hasMessageContaining("month '13'");
        assertThatThrownBy(() -> schedules.add(
                        scope, "x", PARK, new ReportSchedules.Request("annual-bulletin", "pdf", "ANNUAL", 2, 30)))
                .hasMessageContaining("valid in month 2: 1–28");
        mvc.perform(
                        post("/api/v1/parks/{c}/reports/schedules", PARK)
                                .with(httpBasic(DemoRegistry.CC_ANALYST, DemoRegistry.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"templateId\":\"annual-bulletin\",\"format\":\"pdf\",\"cadence\":\"MONTHLY\",\"day\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason(org.hamcrest.Matchers.containsString("1–28")));
        assertThat(schedules.list(scope, PARK)).isEmpty();
    }
}
