package org.innopark.app.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.innopark.app.demo.DemoLoader;
import org.innopark.app.registry.CreditRegister;
import org.innopark.app.registry.imports.ImportError;
import org.innopark.app.registry.imports.ImportReport;
import org.innopark.app.registry.imports.RegistryImport;
import org.innopark.app.security.Accounts;
import org.innopark.app.security.ParkScope;
import org.innopark.app.security.Role;
import org.innopark.engine.ladder.ConditionResult;
import org.innopark.engine.ladder.Outcome;
import org.innopark.engine.ladder.Status;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.IncidentLevel;
import org.innopark.engine.registry.QualificationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The credit and compliance register over the database, written once and run on H2 and on PostgreSQL: importing
 * records (with commercial-export headers), rejecting a bad file whole, the register's audit and tenancy, and the
 * ladder's verdicts deciding on the records at the edges of each scheme's window, on the demo population (data year
 * 2025; the demo's parks declare their registers complete from 2021-01-01 through 2026-11-30, but 龙岩 declares none).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CreditRecordsContract {

    static final String YUANYU = LadderDemo.YUANYU;

    @Autowired
    ParkLadder ladder;

    @Autowired
    CreditRegister register;

    @Autowired
    RegistryImport imports;

    @Autowired
    DemoLoader loader;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    Accounts.Account ccAdmin;

    @BeforeAll
    void demoData() {
        LadderDemo.ensureLoaded(jdbc, loader, accounts);
        if (accounts.find("credit-cc-admin").isEmpty()) {
            accounts.create("credit-cc-admin", LadderDemo.PASSWORD, Role.PARK_ADMIN, "CCHTZ", null);
        }
        ccAdmin = accounts.find("credit-cc-admin").orElseThrow();
    }

    private ConditionResult condition(String scheme, String id) {
        return ladder.enterprise(ParkScope.ALL, YUANYU, LadderDemo.YEAR).orElseThrow().assessments().stream()
                .filter(a -> a.verdict().schemeId().equals(scheme))
                .findFirst()
                .orElseThrow()
                .verdict()
                .condition(id)
                .orElseThrow();
    }

    private CreditRecord accident(String day) {
        return new CreditRecord(
                CreditCode.of(YUANYU),
                CreditRecordType.SAFETY_INCIDENT,
                "测试事故-" + day,
                LocalDate.parse(day),
                null,
                null,
                null,
                null,
                IncidentLevel.MAJOR,
                "长春市应急管理局",
                "园区安全生产台账");
    }

    @Test
    void decidesMajorIncidentAtTheEdgesOfEachSchemesWindow() {
        assertThat(condition("tech-sme", "no-major-incident").status())
                .as("the demo gives 远宇 no major incident in the windows")
                .isEqualTo(Status.PASS);
        // day, tech-sme (2025-01-01..2026-12-31) fails, high-tech (2025-01-01..2025-12-31) fails
        Object[][] cases = {
            {"2024-12-31", false, false},
            {"2025-01-01", true, true},
            {"2025-12-31", true, true},
            {"2026-01-01", true, false},
            {"2026-12-31", true, false},
            {"2027-01-01", false, false},
        };
        for (Object[] c : cases) {
            CreditRecord r = accident((String) c[0]);
            register.save(ccAdmin, r).orElseThrow();
            try {
                assertThat(condition("tech-sme", "no-major-incident").status())
                        .as("科小 with a major accident on " + c[0])
                        .isEqualTo((Boolean) c[1] ? Status.FAIL : Status.PASS);
                assertThat(condition("high-tech", "no-major-incident").status())
                        .as("高企 with a major accident on " + c[0])
                        .isEqualTo((Boolean) c[2] ? Status.FAIL : Status.PASS);
            } finally {
                assertThat(register.delete(ccAdmin, YUANYU, r.type(), r.referenceNo()))
                        .isTrue();
            }
        }
    }

    @Test
    void aMajorAccidentInTheWindowMakesTechSmeNotQualifiedWithItsBasis() {
        CreditRecord r = accident("2025-08-08");
        register.save(ccAdmin, r).orElseThrow();
        try {
            ParkLadder.Assessed a =
                    ladder.enterprise(ParkScope.ALL, YUANYU, LadderDemo.YEAR).orElseThrow().assessments().stream()
                            .filter(x -> x.verdict().schemeId().equals("tech-sme"))
                            .findFirst()
                            .orElseThrow();
            assertThat(a.verdict().outcome()).isEqualTo(Outcome.NOT_QUALIFIED);
            assertThat(a.basis().kind()).isEqualTo(VerdictBasis.Kind.MEASURED);
            assertThat(a.basis().facts())
                    .filteredOn(f -> f.factId().equals("majorIncident"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.text().zh()).contains("安全生产事故(重大)", "测试事故-2025-08-08"));
        } finally {
            register.delete(ccAdmin, YUANYU, r.type(), r.referenceNo());
        }
        // Without the accident, 远宇 (score 72) qualifies from data, its compliance facts read from the register.
        ParkLadder.Assessed after =
                ladder.enterprise(ParkScope.ALL, YUANYU, LadderDemo.YEAR).orElseThrow().assessments().stream()
                        .filter(x -> x.verdict().schemeId().equals("tech-sme"))
                        .findFirst()
                        .orElseThrow();
        assertThat(after.verdict().outcome()).isEqualTo(Outcome.QUALIFIED);
        assertThat(after.basis().facts())
                .filteredOn(f -> f.factId().equals("creditListed"))
                .singleElement()
                .satisfies(f -> assertThat(f.text().zh()).contains("经营异常名录, 截至 2026-11-30 完整"));
    }

    @Test
    void decidesOnTheRegisterWhereCoverageIsDeclaredAndSaysWhatToCollectWhereItIsNot() {
        LocalDate today = LocalDate.of(2026, 1, 15);
        var cc =
                ladder.ladder(ParkScope.ALL, "CCHTZ", LadderDemo.YEAR, today, 6).orElseThrow();
        var ly =
                ladder.ladder(ParkScope.ALL, "LYHTZ", LadderDemo.YEAR, today, 6).orElseThrow();
        assertThat(count(cc, QualificationType.TECH_SME).qualified()).isPositive();
        assertThat(count(cc, QualificationType.HIGH_TECH).declared()).isPositive();
        assertThat(count(ly, QualificationType.TECH_SME).qualified()).isZero();
        assertThat(count(ly, QualificationType.TECH_SME).undecided()).isPositive();
        assertThat(ly.toCollect()).anySatisfy(t -> {
            assertThat(t.factId()).isEqualTo("creditListed");
            assertThat(t.byRung()).containsKey(QualificationType.TECH_SME);
            assertThat(t.howToCollect().zh()).contains("园区未声明", "经营异常名录");
        });
        assertThat(ly.toCollect().get(0).undecided())
                .isGreaterThanOrEqualTo(
                        ly.toCollect().get(ly.toCollect().size() - 1).undecided());
    }

    @Test
    void theDemosMajorAccidentsInTheWindowMakeTechSmeNotQualified() {
        List<String> firms = jdbc.queryForList(
                "SELECT DISTINCT c.credit_code FROM credit_record c JOIN enterprise e ON e.credit_code = c.credit_code"
                        + " WHERE e.park_code <> 'LYHTZ' AND c.record_type IN ('SAFETY_INCIDENT', 'QUALITY_INCIDENT',"
                        + " 'ENVIRONMENTAL_INCIDENT') AND c.incident_level IN ('MAJOR', 'EXTRAORDINARY')"
                        + " AND c.record_date BETWEEN DATE '2025-01-01' AND DATE '2026-12-31'",
                String.class);
        assertThat(firms).as("the demo has major accidents in 科小's window").isNotEmpty();
        for (String firm : firms) {
            ParkLadder.Assessed a =
                    ladder.enterprise(ParkScope.ALL, firm, LadderDemo.YEAR).orElseThrow().assessments().stream()
                            .filter(x -> x.verdict().schemeId().equals("tech-sme"))
                            .findFirst()
                            .orElseThrow();
            assertThat(a.verdict().outcome()).as(firm).isEqualTo(Outcome.NOT_QUALIFIED);
            assertThat(a.verdict().condition("no-major-incident").orElseThrow().status())
                    .as(firm)
                    .isEqualTo(Status.FAIL);
        }
    }

    private static ParkLadder.BasisCount count(ParkLadder.ParkLadderView v, QualificationType rung) {
        return v.bases().stream().filter(b -> b.rung() == rung).findFirst().orElseThrow();
    }

    @Test
    void declaringCoverageDecidesAndWithdrawingItUndecides() {
        String ly =
                jdbc.queryForObject("SELECT MIN(credit_code) FROM enterprise WHERE park_code = 'LYHTZ'", String.class);
        Accounts.Account admin = accounts.find("admin").orElseThrow();
        FactBasis before = basis(ly, "tech-sme", "majorIncident");
        assertThat(before.known()).isFalse();
        List<CreditRecordType> types = List.of(
                CreditRecordType.SAFETY_INCIDENT,
                CreditRecordType.QUALITY_INCIDENT,
                CreditRecordType.ENVIRONMENTAL_INCIDENT);
        for (CreditRecordType t : types) {
            register.declare(
                            admin,
                            new CoverageDeclaration(
                                    "LYHTZ", t, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30), "园区台账", "测试"))
                    .orElseThrow();
        }
        try {
            boolean hasAccident = register.records(ParkScope.ALL, ly).orElseThrow().stream()
                    .anyMatch(r -> types.contains(r.type()) && r.level().atLeast(IncidentLevel.MAJOR));
            FactBasis after = basis(ly, "tech-sme", "majorIncident");
            assertThat(after.known()).isTrue();
            assertThat(after.value()).isEqualTo(hasAccident);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM audit_event WHERE entity = 'credit_coverage' AND entity_key = ?",
                            Long.class,
                            "LYHTZ/SAFETY_INCIDENT"))
                    .isPositive();
        } finally {
            types.forEach(t -> assertThat(register.withdraw(admin, "LYHTZ", t)).isTrue());
        }
        assertThat(basis(ly, "tech-sme", "majorIncident").known()).isFalse();
    }

    private FactBasis basis(String creditCode, String scheme, String fact) {
        return ladder.enterprise(ParkScope.ALL, creditCode, LadderDemo.YEAR).orElseThrow().assessments().stream()
                .filter(a -> a.verdict().schemeId().equals(scheme))
                .findFirst()
                .orElseThrow()
                .basis()
                .facts()
                .stream()
                .filter(f -> f.factId().equals(fact))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void importsRecordsUnderTheColumnNamesOfCommercialExports() throws IOException {
        Path file = Files.writeString(
                dir.resolve("penalties.csv"),
                "统一社会信用代码,记录类型,决定文书号,处罚决定日期,处罚类别,处罚金额(万元),处罚机关,来源\n" + YUANYU
                        + ",行政处罚,长市监罚〔2025〕9001号,2025-03-04,罚款,2.5,长春市市场监督管理局,企查查导出\n",
                StandardCharsets.UTF_8);
        try {
            ImportReport report = importFile(file);
            assertThat(report.errors()).isEmpty();
            assertThat(report.accepted()).isTrue();
            assertThat(jdbc.queryForObject(
                            "SELECT amount FROM credit_record WHERE credit_code = ? AND reference_no = ?",
                            BigDecimal.class,
                            YUANYU,
                            "长市监罚〔2025〕9001号"))
                    .isEqualByComparingTo("25000");
            assertThat(importFile(file).unchanged()).isEqualTo(1);
        } finally {
            jdbc.update("DELETE FROM credit_record WHERE reference_no = ?", "长市监罚〔2025〕9001号");
        }
    }

    @Test
    void rejectsAFileWithAnUnknownEnterpriseABadDateOrAnUnknownTypeWritingNothing() throws IOException {
        String unknown = "91220101723654321" + CreditCode.checkCharacter("91220101723654321");
        Path file = Files.writeString(
                dir.resolve("bad.csv"),
                "统一社会信用代码,记录类型,文书编号,日期,事故等级,数据来源\n"
                        + YUANYU + ",安全生产事故,坏文件-1,2025-05-05,重大,台账\n"
                        + unknown + ",安全生产事故,坏文件-2,2025-05-05,重大,台账\n"
                        + YUANYU + ",安全生产事故,坏文件-3,2025-13-45,重大,台账\n"
                        + YUANYU + ",火灾,坏文件-4,2025-05-05,重大,台账\n",
                StandardCharsets.UTF_8);
        ImportReport report = importFile(file);
        assertThat(report.accepted()).isFalse();
        assertThat(report.errors())
                .extracting(ImportError::row, ImportError::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "统一社会信用代码"),
                        org.assertj.core.groups.Tuple.tuple(4, "日期"),
                        org.assertj.core.groups.Tuple.tuple(5, "记录类型"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM credit_record WHERE reference_no LIKE '坏文件-%'", Long.class))
                .isZero();
    }

    @Test
    void recordsAreAuditedAndSeenOnlyInTheirPark() {
        CreditRecord r = accident("2023-03-03");
        register.save(ccAdmin, r).orElseThrow();
        try {
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM audit_event WHERE entity = 'credit_record' AND entity_key = ?"
                                    + " AND action = 'CREATE' AND username = 'credit-cc-admin'",
                            Long.class,
                            YUANYU + "/SAFETY_INCIDENT/测试事故-2023-03-03"))
                    .isEqualTo(1);
            assertThat(register.records(ParkScope.park("CCHTZ"), YUANYU).orElseThrow())
                    .contains(r);
            assertThat(register.records(ParkScope.park("CZHTZ"), YUANYU)).isEmpty();
            assertThat(register.records(new ParkScope("CCHTZ", LadderDemo.JUZHENG), YUANYU))
                    .isEmpty();
            Accounts.Account czAnalyst = accounts.find("ladder-cz-analyst").orElseThrow();
            assertThat(register.save(czAnalyst, accident("2023-04-04"))).isEmpty();
        } finally {
            register.delete(ccAdmin, YUANYU, r.type(), r.referenceNo());
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE entity = 'credit_record' AND entity_key = ?"
                                + " AND action = 'DELETE'",
                        Long.class,
                        YUANYU + "/SAFETY_INCIDENT/测试事故-2023-03-03"))
                .isEqualTo(1);
    }

    private ImportReport importFile(Path file) throws IOException {
        return imports.importFile(new RegistryImport.Request(
                file, file.getFileName().toString(), "credit_record", "tester", ParkScope.ALL, null));
    }
}
