package org.innopark.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.registry.imports.ImportError;
import org.innopark.app.registry.imports.ImportReport;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.TwoParks;
import org.innopark.engine.registry.MonthlyReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitoring over the database, written once and run on H2 and on PostgreSQL: 月度报表 imported through the
 * registry's import (exact decimals; a bad period, a negative headcount or an unknown enterprise rejected with its row
 * and column, nothing written), the scan of the registry storing each alert once and one open case per firm and
 * rule, the scheduled scan, and a case's workflow with its steps, audit and outcomes.
 */
abstract class MonitorContract {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistryImport imports;

    @Autowired
    RegistryReads reads;

    @Autowired
    MonitorScans scans;

    @Autowired
    MonitorCases cases;

    @Autowired
    MonitorSchedule schedule;

    @TempDir
    Path dir;

    TwoParks parks;

    @BeforeEach
    void setUp() throws Exception {
        parks = MonitorData.reset(jdbc, store, accounts);
        ImportReport report = MonitorData.load(imports, dir, "月度报表.csv", MonitorData.panel(parks), ParkScope.ALL);
        assertThat(report.errors()).isEmpty();
        assertThat(report.inserted()).isEqualTo(56);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void importsTheTemplatesColumnsWithExactDecimals() throws Exception {
        ImportReport r = MonitorData.load(
                imports,
                dir,
                "exact.csv",
                List.of(
                        MonitorData.HEADER + ",工业总产值(万元),出口额(万元),研发费用(万元)",
                        parks.aFirmCode() + ",2025-05,1250.55,-0.35,86,152000.25,1300.123456,,18.5"),
                ParkScope.park(TwoParks.A));
        assertThat(r.errors()).isEmpty();
        MonthlyReport m = reads.monthlyReports(parks.aFirmCode()).stream()
                .filter(x -> x.period().toString().equals("2025-05"))
                .findFirst()
                .orElseThrow();
        assertThat(m.revenue()).isEqualByComparingTo("12505500.00");
        assertThat(m.taxesPaid()).isEqualByComparingTo("-3500.00");
        assertThat(m.insuredStaff()).isEqualTo(86L);
        assertThat(m.electricityKwh()).isEqualByComparingTo("152000.25");
        assertThat(m.industrialOutput()).isEqualByComparingTo("13001234.56");
        assertThat(m.exports()).isNull();
        assertThat(m.rdExpense()).isEqualByComparingTo(new BigDecimal("185000"));
    }

    @Test
    void rejectsABadPeriodANegativeHeadcountAndAnUnknownEnterpriseWithRowAndColumnWritingNothing() throws Exception {
        int before = count("monthly_report");
        String unknown =
                org.innopark.app.support.RegistryFixtures.code("220100", 77).value();
        ImportReport r = MonitorData.load(
                imports,
                dir,
                "bad.csv",
                List.of(
                        MonitorData.HEADER,
                        parks.aFirmCode() + ",2025-05,100,5,20,3000",
                        parks.aFirmCode() + ",2025-13,100,5,20,3000",
                        parks.aFirmCode() + ",2025-06,100,5,-3,3000",
                        unknown + ",2025-06,100,5,3,3000"),
                ParkScope.ALL);
        assertThat(r.status()).isEqualTo(ImportReport.Status.REJECTED);
        List<String> where = new ArrayList<>();
        for (ImportError e : r.errors()) {
            where.add(e.row() + " " + e.column() + " " + e.value());
        }
        assertThat(where).containsExactlyInAnyOrder("3 期间 2025-13", "4 社保缴纳人数 -3", "5 统一社会信用代码 " + unknown);
        assertThat(count("monthly_report")).isEqualTo(before);
    }

    @Test
    void aParkUserCannotImportAnotherParksMonthlyReports() throws Exception {
        int before = count("monthly_report");
        ImportReport r = MonitorData.load(
                imports,
                dir,
                "b.csv",
                List.of(MonitorData.HEADER, parks.bFirmCode() + ",2025-05,100,5,20,3000"),
                ParkScope.park(TwoParks.A));
        assertThat(r.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(r.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(2));
        assertThat(count("monthly_report")).isEqualTo(before);
    }

    @Test
    void scanStoresEachAlertOnceAndOneOpenCasePerFirmAndRule() {
        MonitorScans.Result first = scans.scanAndStore(TwoParks.A, "tester");
        assertThat(first.latest()).hasToString("2025-04");
        assertThat(first.newAlerts()).isPositive().isEqualTo(first.alerts());
        assertThat(first.newCases()).isPositive();
        assertThat(jdbc.queryForList("SELECT DISTINCT credit_code FROM monitor_alert", String.class))
                .extracting(String::strip)
                .containsExactly(parks.aFirmCode());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT credit_code, rule_id FROM monitor_case WHERE state <> 'RESOLVED'"
                                + " GROUP BY credit_code, rule_id HAVING COUNT(*) > 1) x",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM monitor_alert WHERE case_id IS NULL AND period >= '2025-02'",
                        Integer.class))
                .as("every alert of the case window is in a case")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'monitor_case' AND action = 'CREATE'",
                        Integer.class))
                .isEqualTo(first.newCases());

        MonitorScans.Result again = scans.scanAndStore(TwoParks.A, "tester");
        assertThat(again.alerts()).isEqualTo(first.alerts());
        assertThat(again.newAlerts()).isZero();
        assertThat(again.newCases()).isZero();
        assertThat(count("monitor_case")).isEqualTo(first.newCases());

        assertThat(scans.scanAndStore(TwoParks.B, "tester").newAlerts())
                .as("park B has no reports")
                .isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT park_code FROM monitor_case", String.class))
                .containsExactly(TwoParks.A);
    }

    @Test
    void theRegistryScanRaisesWhatTheFileScanRaises() throws Exception {
        Path panel = dir.resolve("panel.csv");
        java.nio.file.Files.write(panel, MonitorData.panel(parks), java.nio.charset.StandardCharsets.UTF_8);
        Path firms = dir.resolve("firms.csv");
        java.nio.file.Files.write(
                firms,
                List.of(
                        "统一社会信用代码,企业名称,行业代码,成立日期",
                        parks.aFirmCode() + "," + parks.aFirm.name() + ",3911,2015-03-01",
                        parks.aFirm2.creditCode().value() + "," + parks.aFirm2.name() + ",3911,2015-03-01"),
                java.nio.charset.StandardCharsets.UTF_8);
        MonitorFiles.Input input = MonitorFiles.read(panel, firms, null);
        List<String> fromFile =
                org.innopark.engine.monitor.EarlyWarning.official().scan(input.panel(), input.events()).stream()
                        .map(a -> a.creditCode() + " " + a.period() + " " + a.ruleId() + " " + a.explanation())
                        .toList();
        List<String> fromRegistry = scans.scan(TwoParks.A).stream()
                .map(a -> a.creditCode() + " " + a.period() + " " + a.ruleId() + " " + a.explanation())
                .toList();
        assertThat(fromRegistry).isNotEmpty().isEqualTo(fromFile);
        assertThat(fromRegistry).allSatisfy(a -> assertThat(a).startsWith(parks.aFirmCode()));
    }

    @Test
    void theScheduledScanScansEveryParkAndRaisesNothingTwice() {
        List<MonitorScans.Result> results = schedule.runAll();
        assertThat(results).extracting(MonitorScans.Result::park).contains(TwoParks.A, TwoParks.B);
        int alerts = count("monitor_alert");
        assertThat(alerts).isPositive();
        assertThat(jdbc.queryForList("SELECT DISTINCT actor FROM monitor_case_step", String.class))
                .containsExactly(MonitorScans.SCHEDULER);
        schedule.runAll();
        assertThat(count("monitor_alert")).isEqualTo(alerts);
    }

    @Test
    void aCaseGoesThroughTheWorkflowWithEveryStepStoredAndAudited() {
        scans.scanAndStore(TwoParks.A, "tester");
        Accounts.Account admin = accounts.find("a-admin").orElseThrow();
        MonitorCases.CaseView c =
                cases.cases(admin, TwoParks.A, true).orElseThrow().get(0);
        assertThat(c.state()).isEqualTo(CaseState.NEW);
        assertThat(c.standing().status()).isEqualTo(CaseSla.Status.OK);
        assertThat(c.latestExplanation()).isNotBlank();
        long id = c.id();

        assertThatThrownBy(() -> cases.act(admin, TwoParks.A, id, CaseAction.ASSIGN, "b-analyst", null, null))
                .isInstanceOf(MonitorCases.Invalid.class);
        assertThatThrownBy(() -> cases.act(admin, TwoParks.A, id, CaseAction.VISIT, null, null, null))
                .isInstanceOf(MonitorCases.Conflict.class)
                .hasMessageContaining("分派");
        c = cases.act(admin, TwoParks.A, id, CaseAction.ASSIGN, "a-analyst", null, null)
                .orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(c.officer()).isEqualTo("a-analyst");
        c = cases.act(admin, TwoParks.A, id, CaseAction.VISIT, null, null, "电话联系企业财务,约定周三走访")
                .orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.VISITING);
        assertThatThrownBy(
                        () -> cases.act(admin, TwoParks.A, id, CaseAction.RESOLVE, null, CaseOutcome.FALSE_ALARM, ""))
                .isInstanceOf(MonitorCases.Invalid.class);
        c = cases.act(admin, TwoParks.A, id, CaseAction.RESOLVE, null, CaseOutcome.FALSE_ALARM, "项目制结算,订单正常")
                .orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.outcome()).isEqualTo(CaseOutcome.FALSE_ALARM);
        assertThat(c.resolvedAt()).isNotNull();

        MonitorCases.RuleOutcome rule = cases.outcomes(admin, TwoParks.A).orElseThrow().stream()
                .filter(r -> r.ruleId()
                        .equals(cases.detail(admin, TwoParks.A, id)
                                .orElseThrow()
                                .view()
                                .ruleId()))
                .findFirst()
                .orElseThrow();
        assertThat(rule.falseAlarms()).isEqualTo(1);
        assertThat(rule.falseAlarmRate()).isEqualTo(1.0);

        c = cases.act(admin, TwoParks.A, id, CaseAction.FOLLOW_UP, null, null, "三个月后回访")
                .orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.FOLLOW_UP);
        c = cases.act(admin, TwoParks.A, id, CaseAction.REOPEN, null, null, "回访发现已停产")
                .orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.ASSIGNED);
        assertThat(c.outcome()).isNull();
        assertThat(c.resolvedAt()).isNull();

        MonitorCases.CaseDetail d = cases.detail(admin, TwoParks.A, id).orElseThrow();
        assertThat(d.steps())
                .extracting(MonitorCases.Step::action)
                .containsExactly(
                        CaseAction.OPEN,
                        CaseAction.ASSIGN,
                        CaseAction.VISIT,
                        CaseAction.RESOLVE,
                        CaseAction.FOLLOW_UP,
                        CaseAction.REOPEN);
        assertThat(d.alerts()).isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'monitor_case' AND action = 'UPDATE'"
                                + " AND entity_key = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(5);
        assertThat(cases.outcomes(admin, TwoParks.A).orElseThrow().stream()
                        .filter(r -> r.ruleId().equals(d.view().ruleId()))
                        .findFirst()
                        .orElseThrow()
                        .falseAlarmRate())
                .as("a reopened case is no longer an outcome")
                .isNull();
    }

    @Test
    void anotherParksStaffAndTheEnterpriseSeeNothing() {
        scans.scanAndStore(TwoParks.A, "tester");
        long id = cases.cases(accounts.find("a-admin").orElseThrow(), TwoParks.A, true)
                .orElseThrow()
                .get(0)
                .id();
        for (String user : List.of("b-admin", "a-firm", "a-bank")) {
            Accounts.Account a = accounts.find(user).orElseThrow();
            assertThat(cases.cases(a, TwoParks.A, false)).as(user).isEmpty();
            assertThat(cases.detail(a, TwoParks.A, id)).as(user).isEmpty();
            assertThat(cases.alerts(a, TwoParks.A, null, 100)).as(user).isEmpty();
            assertThat(cases.enterprise(a, parks.aFirmCode())).as(user).isEmpty();
            assertThat(cases.act(a, TwoParks.A, id, CaseAction.ASSIGN, "a-analyst", null, null))
                    .as(user)
                    .isEmpty();
        }
        Accounts.Account bAdmin = accounts.find("b-admin").orElseThrow();
        assertThat(cases.detail(bAdmin, TwoParks.B, id))
                .as("a case of park A asked for as park B's")
                .isEmpty();
        assertThat(jdbc.queryForObject("SELECT state FROM monitor_case WHERE id = ?", String.class, id))
                .isEqualTo("NEW");
    }
}
