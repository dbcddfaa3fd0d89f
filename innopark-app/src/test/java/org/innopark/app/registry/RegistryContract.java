package org.innopark.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innopark.app.support.RegistryFixtures.changchun;
import static org.innopark.app.support.RegistryFixtures.changzhou;
import static org.innopark.app.support.RegistryFixtures.enterprise;
import static org.innopark.app.support.RegistryFixtures.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.innopark.app.security.ParkScope;
import org.innopark.app.support.EmptyRegistry;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's persistence contract, written once and run on every database the platform supports (one
 * subclass per database).
 */
abstract class RegistryContract {

    @Autowired
    RegistryStore store;

    @Autowired
    RegistryQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistryReads reads;

    @Autowired
    TransactionTemplate transactions;

    final Park cc = changchun();
    final Park cz = changzhou();
    final Enterprise guanghua = enterprise(cc, 1, "长春光华微电子设备工程中心有限公司");
    final Enterprise jinlin = enterprise(cc, 2, "长春金麟生物科技有限公司");
    final Enterprise tianhe = enterprise(cz, 3, "常州天合智能装备股份有限公司");

    @BeforeEach
    void emptyRegistry() {
        EmptyRegistry.empty(jdbc);
        store.saveParks(List.of(cc, cz));
        store.saveEnterprises(List.of(guanghua, jinlin, tianhe));
    }

    @Test
    void aStoredReportThatBreaksARuleIsLeftOutAndTheRestIsRead() {
        store.saveReports(List.of(
                report(guanghua, 2023, 120, "85000000.00", "5100000.00"),
                report(guanghua, 2024, 130, "93000000.50", "6000000.00"),
                report(jinlin, 2024, 40, "12000000.00", "900000.00")));
        // written behind the import's back: high-tech revenue above operating revenue
        jdbc.update(
                "UPDATE annual_report SET operating_revenue = 1, high_tech_revenue = 36358725.77"
                        + " WHERE credit_code = ? AND report_year = 2024",
                guanghua.creditCode().value());
        assertThat(reads.reports(cc.code(), null, 2023, 2024))
                .extracting(r -> r.creditCode().value() + "/" + r.year())
                .containsExactlyInAnyOrder(
                        guanghua.creditCode().value() + "/2023",
                        jinlin.creditCode().value() + "/2024");
        assertThat(reads.enterpriseRecords(cc.code(), guanghua.creditCode().value(), 2023, 2024))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.reports()).extracting(AnnualReport::year).containsExactly(2023));
        assertThat(reads.reportsByPark(
                                java.util.Set.of(ReportField.OPERATING_REVENUE, ReportField.HIGH_TECH_REVENUE),
                                2024,
                                2024,
                                null)
                        .get(cc.code()))
                .extracting(r -> r.creditCode().value())
                .containsExactly(jinlin.creditCode().value());
    }

    @Test
    void aParksEnterprisesStreamInChunksEachWithItsOwnReportsOnce() {
        List<Enterprise> more = new java.util.ArrayList<>();
        for (int n = 10; n < 17; n++) {
            more.add(enterprise(cc, n, "长春分块读取测试" + n + "有限公司"));
        }
        store.saveEnterprises(more);
        List<AnnualReport> reports = new java.util.ArrayList<>();
        for (Enterprise e : more) {
            reports.add(report(e, 2024, 10, "1000000.00", "50000.00"));
        }
        reports.add(report(guanghua, 2024, 130, "93000000.50", "6000000.00"));
        reports.add(report(tianhe, 2024, 99, "5000000.00", "100000.00"));
        store.saveReports(reports);

        List<RegistryReads.EnterpriseRecord> read = new java.util.ArrayList<>();
        // 9 enterprises of 长春 read 2 at a time: five chunks, the last one short
        reads.forEachEnterprise(cc.code(), null, 2024, 2024, 2, read::add);
        List<String> codes =
                read.stream().map(r -> r.enterprise().creditCode().value()).toList();
        assertThat(codes).hasSize(9).doesNotHaveDuplicates().isSorted();
        assertThat(codes).doesNotContain(tianhe.creditCode().value());
        assertThat(read)
                .allSatisfy(r -> assertThat(r.reports())
                        .allSatisfy(x -> assertThat(x.creditCode())
                                .isEqualTo(r.enterprise().creditCode())));
        assertThat(read.stream().mapToInt(r -> r.reports().size()).sum()).isEqualTo(8);
        // the same with the default chunk, and one enterprise alone
        assertThat(reads.enterpriseRecords(cc.code(), null, 2024, 2024)).hasSize(9);
        assertThat(reads.enterpriseRecords(cc.code(), more.get(3).creditCode().value(), 2024, 2024))
                .singleElement()
                .satisfies(r -> assertThat(r.reports()).hasSize(1));
    }

    @Test
    void upsertInsertsThenLeavesIdenticalRowsUnchanged() {
        List<AnnualReport> reports = List.of(
                report(guanghua, 2023, 120, "85000000.00", "5100000.00"),
                report(guanghua, 2024, 130, "93000000.50", "6000000.00"),
                report(jinlin, 2024, 40, "12000000.00", "900000.00"));
        assertThat(store.saveReports(reports)).isEqualTo(new MergeCounts(3, 0, 0));
        assertThat(store.saveReports(reports)).isEqualTo(new MergeCounts(0, 0, 3));
    }

    @Test
    void upsertUpdatesOnlyRowsWhoseValuesChanged() {
        store.saveReports(List.of(
                report(guanghua, 2024, 130, "93000000.00", "6000000.00"),
                report(jinlin, 2024, 40, "12000000.00", "900000.00")));
        MergeCounts counts = store.saveReports(List.of(
                report(guanghua, 2024, 131, "93000000.00", "6000000.00"),
                report(jinlin, 2024, 40, "12000000.00", "900000.00"),
                report(jinlin, 2023, 35, "9000000", "700000")));
        assertThat(counts).isEqualTo(new MergeCounts(1, 1, 1));
        assertThat(queries.reports(ParkScope.ALL, guanghua.creditCode().value()))
                .singleElement()
                .satisfies(r -> assertThat(r.figures().get("employees")).isEqualByComparingTo("131"));
    }

    @Test
    void aFigureThatBecomesMissingIsAnUpdate() {
        store.saveReports(List.of(report(guanghua, 2024, 130, "93000000.00", "6000000.00")));
        var figures = new java.util.EnumMap<ReportField, BigDecimal>(ReportField.class);
        figures.put(ReportField.EMPLOYEES, BigDecimal.valueOf(130));
        figures.put(ReportField.OPERATING_REVENUE, new BigDecimal("93000000.00"));
        MergeCounts counts = store.saveReports(List.of(AnnualReport.of(guanghua.creditCode(), 2024, figures)));
        assertThat(counts.updated()).isEqualTo(1);
        assertThat(queries.reports(ParkScope.ALL, guanghua.creditCode().value())
                        .get(0)
                        .figures())
                .doesNotContainKey("rdExpense");
    }

    @Test
    void storesMoneyExactlyAtFullPrecision() {
        store.saveReports(List.of(report(guanghua, 2024, 1, "123456789012345678.91", "0.01")));
        var figures = queries.reports(ParkScope.ALL, guanghua.creditCode().value())
                .get(0)
                .figures();
        assertThat(figures.get("operatingRevenue").toPlainString()).isEqualTo("123456789012345678.91");
        assertThat(figures.get("rdExpense").toPlainString()).isEqualTo("0.01");
    }

    @Test
    void aFailureInsideATransactionLeavesNothingWritten() {
        Enterprise stranger = enterprise(cz, 99, "未登记企业有限公司");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    store.saveReports(List.of(report(guanghua, 2024, 10, "100", "1")));
                    store.saveReports(List.of(report(stranger, 2024, 10, "100", "1")));
                }))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM annual_report", Long.class))
                .isZero();
    }

    @Test
    void severalTablesInOneTransactionCommitTogether() {
        transactions.executeWithoutResult(status -> {
            store.saveReports(List.of(report(guanghua, 2024, 10, "100", "1")));
            store.saveQualifications(List.of(new Qualification(
                    guanghua.creditCode(),
                    QualificationType.HIGH_TECH,
                    Level.NATIONAL,
                    "GR202422000123",
                    LocalDate.of(2024, 12, 1),
                    LocalDate.of(2027, 11, 30))));
            store.saveReports(List.of(report(jinlin, 2024, 10, "100", "1")));
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM annual_report", Long.class))
                .isEqualTo(2);
        assertThat(queries.qualifications(ParkScope.ALL, guanghua.creditCode().value()))
                .singleElement()
                .satisfies(q -> assertThat(q.expiresOn()).isEqualTo(LocalDate.of(2027, 11, 30)));
    }

    @Test
    void keepsChineseTextIntact() {
        assertThat(queries.enterprise(ParkScope.ALL, guanghua.creditCode().value()))
                .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("长春光华微电子设备工程中心有限公司"));
    }

    @Test
    void aParkUserSeesOnlyTheirParkByListSearchAndCode() {
        ParkScope changchunOnly = ParkScope.park("CCHTZ");
        assertThat(queries.parks(changchunOnly))
                .extracting(RegistryQueries.ParkView::code)
                .containsExactly("CCHTZ");
        assertThat(queries.enterprises(changchunOnly, null, null, 0, 50).items())
                .extracting(RegistryQueries.EnterpriseView::name)
                .containsExactlyInAnyOrder(guanghua.name(), jinlin.name());
        assertThat(queries.enterprises(changchunOnly, "CZHTZ", null, 0, 50).total())
                .isZero();
        assertThat(queries.enterprises(changchunOnly, null, "天合", 0, 50).total())
                .isZero();
        assertThat(queries.enterprise(changchunOnly, tianhe.creditCode().value()))
                .isEmpty();
        assertThat(queries.park(changchunOnly, "CZHTZ")).isEmpty();
        assertThat(queries.reports(changchunOnly, tianhe.creditCode().value())).isEmpty();
    }

    @Test
    void anEnterpriseUserSeesOnlyItself() {
        ParkScope own = new ParkScope("CCHTZ", guanghua.creditCode().value());
        assertThat(queries.enterprises(own, null, null, 0, 50).items())
                .extracting(RegistryQueries.EnterpriseView::creditCode)
                .containsExactly(guanghua.creditCode().value());
        assertThat(queries.enterprise(own, jinlin.creditCode().value())).isEmpty();
        assertThat(queries.parks(own))
                .singleElement()
                .satisfies(p -> assertThat(p.counts()).isEmpty());
        assertThat(queries.park(own, "CCHTZ"))
                .hasValueSatisfying(p -> assertThat(p.counts()).isEmpty());
    }

    @Test
    void searchesByNameOrCreditCodeAndPages() {
        assertThat(queries.enterprises(ParkScope.ALL, null, "光华", 0, 10).items())
                .hasSize(1);
        assertThat(queries.enterprises(
                                ParkScope.ALL,
                                null,
                                guanghua.creditCode().value().toLowerCase(),
                                0,
                                10)
                        .items())
                .extracting(RegistryQueries.EnterpriseView::name)
                .containsExactly(guanghua.name());
        assertThat(queries.enterprises(ParkScope.ALL, null, "9122010000", 0, 10).total())
                .isEqualTo(2);
        var first = queries.enterprises(ParkScope.ALL, null, null, 0, 2);
        var second = queries.enterprises(ParkScope.ALL, null, null, 1, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void countsEachParksRecords() {
        store.saveReports(List.of(report(guanghua, 2024, 10, "100", "1"), report(tianhe, 2024, 10, "100", "1")));
        assertThat(queries.counts("CCHTZ")).containsEntry("enterprises", 2L).containsEntry("annualReports", 1L);
        assertThat(queries.counts("CZHTZ")).containsEntry("enterprises", 1L).containsEntry("annualReports", 1L);
    }
}
