package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innopark.app.registry.MergeCounts;
import org.innopark.app.security.ParkScope;
import org.junit.jupiter.api.Test;

/** The validation rules of an import, on an in-memory registry: no database, no Spring. */
class TableImportTests {

    /** A registry holding parks A and B, sub-park A-1 of A, and enterprise 1 of park A, 2 of park B. */
    static final class Registry implements RegistryLookup {

        final Map<String, String> enterprises = new HashMap<>(Map.of(Codes.credit(1), "PA", Codes.credit(2), "PB"));

        @Override
        public Set<String> parkCodes() {
            return Set.of("PA", "PB");
        }

        @Override
        public Map<String, String> subParks() {
            return Map.of("PA-1", "PA");
        }

        @Override
        public Map<String, String> owners(TableSpec table, Collection<String> keys) {
            Map<String, String> found = new HashMap<>();
            if (table == TableSpecs.ENTERPRISE) {
                keys.stream().filter(enterprises::containsKey).forEach(k -> found.put(k, enterprises.get(k)));
            }
            return found;
        }

        /** Stored annual reports: key (credit code, year) → text by import column. */
        final Map<String, String[]> reports = new HashMap<>();

        @Override
        public Map<String, String[]> storedValues(TableSpec table, Collection<Object[]> keys) {
            Map<String, String[]> found = new HashMap<>();
            if (table == TableSpecs.ANNUAL_REPORT) {
                int keyCount = table.target().keyColumns().size();
                for (Object[] key : keys) {
                    String k = RegistryLookup.key(key, keyCount);
                    if (reports.containsKey(k)) {
                        found.put(k, reports.get(k));
                    }
                }
            }
            return found;
        }
    }

    final List<List<Object[]>> written = new ArrayList<>();

    final Registry registry = new Registry();

    ImportRun run(ParkScope scope, int chunk) {
        return new ImportRun(
                scope,
                registry,
                (table, rows) -> {
                    written.add(new ArrayList<>(rows));
                    return new MergeCounts(rows.size(), 0, 0);
                },
                null,
                100,
                1000,
                chunk);
    }

    static final String[] REPORT_HEADER = {
        "统一社会信用代码", "年度", "从业人员(职工总数)", "研发人员", "营业收入(万元)", "高新技术产品(服务)收入(万元)", "主营业务收入(万元)"
    };

    ImportReport reports(ParkScope scope, String[]... rows) {
        ImportRun run = run(scope, 1000);
        TableImport t = run.table(TableSpecs.ANNUAL_REPORT, "企业年报");
        t.header(1, REPORT_HEADER);
        for (int i = 0; i < rows.length; i++) {
            t.row(i + 2, rows[i]);
        }
        t.finish();
        return run.report("f.xlsx", "0");
    }

    @Test
    void acceptsRdStaffEqualToEmployees() {
        ImportReport r = reports(ParkScope.ALL, new String[] {Codes.credit(1), "2023", "100", "100", "10", "", ""});
        assertThat(r.errors()).isEmpty();
        assertThat(r.accepted()).isTrue();
        assertThat(written).hasSize(1);
    }

    @Test
    void rejectsRdStaffAboveEmployeesNamingTheRdStaffCell() {
        ImportReport r = reports(ParkScope.ALL, new String[] {Codes.credit(1), "2023", "100", "101", "10", "", ""});
        assertThat(r.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("企业年报");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("研发人员");
            assertThat(e.value()).isEqualTo("101");
            assertThat(e.messageZh()).contains("研发人员").contains("不能大于");
            assertThat(e.messageEn()).contains("cannot exceed");
        });
        assertThat(written).isEmpty();
    }

    @Test
    void highTechAndMainBusinessRevenueMayEqualButNotExceedRevenue() {
        ImportReport ok = reports(ParkScope.ALL, new String[] {Codes.credit(1), "2023", "", "", "10", "10", "10"});
        assertThat(ok.errors()).isEmpty();
        ImportReport bad =
                reports(ParkScope.ALL, new String[] {Codes.credit(1), "2023", "", "", "10", "10.0001", "10.0001"});
        assertThat(bad.errors())
                .extracting(ImportError::column)
                .containsExactlyInAnyOrder("高新技术产品(服务)收入(万元)", "主营业务收入(万元)");
    }

    /** Stores enterprise 1's 2023 report with the given figures (yuan) by report field column. */
    void storeReport(Map<String, String> figures) {
        String[] stored = new String[TableSpecs.ANNUAL_REPORT.columns().size()];
        stored[0] = Codes.credit(1);
        stored[1] = "2023";
        figures.forEach((column, value) -> stored[TableSpecs.ANNUAL_REPORT.indexOf(column)] = value);
        registry.reports.put(Codes.credit(1) + "\u00002023", stored);
    }

    ImportReport revenueOnly(String revenue, int chunk) {
        ImportRun run = run(ParkScope.ALL, chunk);
        TableImport t = run.table(TableSpecs.ANNUAL_REPORT, "企业年报");
        t.header(1, new String[] {"统一社会信用代码", "年度", "营业收入(万元)"});
        t.row(2, new String[] {Codes.credit(1), "2023", revenue});
        t.finish();
        return run.report("f.csv", "0");
    }

    @Test
    void aFileOfSomeColumnsIsCheckedWithTheStoredValuesOfTheOthers() {
        storeReport(Map.of("operating_revenue", "40000000.00", "high_tech_revenue", "36358725.77"));
        ImportReport r = revenueOnly("1", 1000);
        assertThat(r.accepted()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("营业收入(万元)");
            assertThat(e.value()).isEqualTo("1");
            assertThat(e.messageZh()).contains("已登记").contains("高新技术产品(服务)收入(36358725.77)不能大于营业收入(10000.00)");
            assertThat(e.messageEn()).contains("already stored").contains("cannot exceed");
        });
        assertThat(written).isEmpty();
    }

    @Test
    void aFileOfSomeColumnsThatKeepsTheStoredRowValidIsWritten() {
        storeReport(Map.of("operating_revenue", "40000000.00", "high_tech_revenue", "36358725.77"));
        ImportReport r = revenueOnly("3635.88", 1);
        assertThat(r.errors()).isEmpty();
        assertThat(written).singleElement().satisfies(rows -> assertThat(rows).hasSize(1));
    }

    @Test
    void aFileOfSomeColumnsForAKeyNotStoredIsCheckedAsItIs() {
        ImportReport r = revenueOnly("1", 1000);
        assertThat(r.errors()).isEmpty();
        assertThat(written).hasSize(1);
    }

    @Test
    void collectsEveryErrorOfTheFileNotOnlyTheFirst() {
        ImportReport r = reports(
                ParkScope.ALL,
                new String[] {Codes.badCheck(1), "2023", "", "", "", "", ""},
                new String[] {Codes.credit(1), "1979", "-1", "", "x", "", ""},
                new String[] {Codes.credit(1), "", "", "", "", "", ""});
        assertThat(r.errorCount()).isEqualTo(5);
        assertThat(r.errors()).extracting(ImportError::row).containsExactly(2, 3, 3, 3, 4);
        assertThat(r.errors())
                .extracting(ImportError::column)
                .containsExactly("统一社会信用代码", "年度", "从业人员(职工总数)", "营业收入(万元)", "年度");
        assertThat(r.errors().get(4).messageZh()).contains("不能为空");
    }

    @Test
    void reportsBothRowsOfADuplicateKey() {
        ImportReport r = reports(
                ParkScope.ALL,
                new String[] {Codes.credit(1), "2023", "10", "", "", "", ""},
                new String[] {Codes.credit(1), "2022", "10", "", "", "", ""},
                new String[] {Codes.credit(1), "2023", "11", "", "", "", ""});
        assertThat(r.errors()).extracting(ImportError::row).containsExactly(2, 4);
        assertThat(r.errors().get(0).messageZh()).contains("与第4行重复");
        assertThat(r.errors().get(1).messageZh()).contains("与第2行重复");
    }

    @Test
    void aReportNeedsItsEnterpriseInTheRegistryOrTheSameFile() {
        ImportRun run = run(ParkScope.ALL, 1000);
        TableImport enterprises = run.table(TableSpecs.ENTERPRISE, "企业");
        enterprises.header(1, new String[] {"统一社会信用代码", "企业名称", "所属园区代码"});
        enterprises.row(2, new String[] {Codes.credit(3), "新企业", "PA"});
        enterprises.finish();
        TableImport reports = run.table(TableSpecs.ANNUAL_REPORT, "企业年报");
        reports.header(1, new String[] {"统一社会信用代码", "年度"});
        reports.row(2, new String[] {Codes.credit(3), "2023"});
        reports.row(3, new String[] {Codes.credit(1), "2023"});
        reports.row(4, new String[] {Codes.credit(9), "2023"});
        reports.finish();
        ImportReport r = run.report("f.xlsx", "0");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.value()).isEqualTo(Codes.credit(9));
            assertThat(e.messageZh()).contains("不在您可访问的登记库中");
        });
    }

    @Test
    void anEnterpriseNeedsAnExistingParkAndASubParkOfThatPark() {
        ImportRun run = run(ParkScope.ALL, 1000);
        TableImport t = run.table(TableSpecs.ENTERPRISE, "企业");
        t.header(1, new String[] {"统一社会信用代码", "企业名称", "所属园区代码", "所属分园代码"});
        t.row(2, new String[] {Codes.credit(3), "甲", "PA", "PA-1"});
        t.row(3, new String[] {Codes.credit(4), "乙", "PX", ""});
        t.row(4, new String[] {Codes.credit(5), "丙", "PB", "PA-1"});
        t.row(5, new String[] {Codes.credit(6), "丁", "PA", "PA-9"});
        t.finish();
        assertThat(run.report("f", "0").errors())
                .extracting(ImportError::row, ImportError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "所属园区代码"),
                        org.assertj.core.groups.Tuple.tuple(4, "所属分园代码"),
                        org.assertj.core.groups.Tuple.tuple(5, "所属分园代码"));
    }

    @Test
    void aParkUserMayOnlyImportRowsOfTheirPark() {
        ImportRun run = run(ParkScope.park("PA"), 1000);
        TableImport t = run.table(TableSpecs.ENTERPRISE, "企业");
        t.header(1, new String[] {"统一社会信用代码", "企业名称", "所属园区代码"});
        t.row(2, new String[] {Codes.credit(3), "本园企业", "PA"});
        t.row(3, new String[] {Codes.credit(4), "他园企业", "PB"});
        t.finish();
        TableImport reports = run.table(TableSpecs.ANNUAL_REPORT, "企业年报");
        reports.header(1, new String[] {"统一社会信用代码", "年度"});
        reports.row(2, new String[] {Codes.credit(1), "2023"});
        reports.row(3, new String[] {Codes.credit(2), "2023"});
        reports.finish();
        ImportReport r = run.report("f", "0");
        assertThat(r.errors())
                .extracting(ImportError::sheet, ImportError::row)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("企业", 3), org.assertj.core.groups.Tuple.tuple("企业年报", 3));
        assertThat(r.errors().get(0).messageZh()).contains("只能导入园区PA");
        // an enterprise of another park reads like an absent one: the report does not confirm it exists
        assertThat(r.errors().get(1).messageZh()).contains("不在您可访问的登记库中").doesNotContain("PB");
        assertThat(written).isEmpty();
    }

    @Test
    void aParkUserCannotMoveAnotherParksEnterpriseIntoTheirPark() {
        ImportRun run = run(ParkScope.park("PA"), 1000);
        TableImport t = run.table(TableSpecs.ENTERPRISE, "企业");
        t.header(1, new String[] {"统一社会信用代码", "企业名称", "所属园区代码"});
        t.row(2, new String[] {Codes.credit(2), "他园已有企业", "PA"});
        t.finish();
        assertThat(run.report("f", "0").errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("统一社会信用代码");
            assertThat(e.messageZh()).contains("无法由您的账户导入或修改").doesNotContain("其他园区");
        });
        ImportRun admin = run(ParkScope.ALL, 1000);
        TableImport moved = admin.table(TableSpecs.ENTERPRISE, "企业");
        moved.header(1, new String[] {"统一社会信用代码", "企业名称", "所属园区代码"});
        moved.row(2, new String[] {Codes.credit(2), "迁入本园", "PA"});
        moved.finish();
        assertThat(admin.report("f", "0").errors()).isEmpty();
    }

    @Test
    void writingStopsAtTheFirstErrorAndAllErrorsAreStillCounted() {
        ImportRun run = run(ParkScope.ALL, 2);
        TableImport t = run.table(TableSpecs.ANNUAL_REPORT, "企业年报");
        t.header(1, new String[] {"统一社会信用代码", "年度"});
        for (int row = 2; row <= 11; row++) {
            t.row(row, new String[] {Codes.credit(1), row == 6 || row == 10 ? "abc" : Integer.toString(1990 + row)});
        }
        t.finish();
        ImportReport r = run.report("f", "0");
        assertThat(r.errorCount()).isEqualTo(2);
        assertThat(written).hasSize(2);
        assertThat(r.inserted()).isZero();
    }

    @Test
    void aWriteThatFailsMidPipelineStopsTheImportAndNoLaterChunkIsWritten() {
        ImportRun run = new ImportRun(
                ParkScope.ALL,
                new Registry(),
                (table, rows) -> {
                    if (written.size() == 1) {
                        throw new IllegalStateException("duplicate key value violates unique constraint");
                    }
                    written.add(new ArrayList<>(rows));
                    return new MergeCounts(rows.size(), 0, 0);
                },
                null,
                100,
                1000,
                2);
        TableImport t = run.table(TableSpecs.ANNUAL_REPORT, "企业年报");
        t.header(1, new String[] {"统一社会信用代码", "年度"});
        try {
            assertThatThrownBy(() -> {
                        for (int row = 2; row <= 41; row++) {
                            t.row(row, new String[] {Codes.credit(1), Integer.toString(1980 + row)});
                        }
                        t.finish();
                    })
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("unique constraint");
        } finally {
            run.close();
        }
        // chunk 1 written, chunk 2 failed, none of the 18 chunks after it reached the sink
        assertThat(written).hasSize(1);
    }

    @Test
    void aReferenceErrorFoundByTheWriterStopsTheWritingOfLaterChunks() {
        ImportRun run = run(ParkScope.ALL, 2);
        TableImport t = run.table(TableSpecs.ANNUAL_REPORT, "企业年报");
        t.header(1, new String[] {"统一社会信用代码", "年度"});
        for (int row = 2; row <= 11; row++) {
            // enterprise 3 is not registered: rows 4 and 5 form the second chunk
            t.row(row, new String[] {Codes.credit(row == 4 ? 3 : 1), Integer.toString(1990 + row)});
        }
        t.finish();
        ImportReport r = run.report("f", "0");
        assertThat(r.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(4));
        assertThat(written).hasSize(1);
        assertThat(r.accepted()).isFalse();
    }

    @Test
    void capsTheListedErrorsButCountsThemAll() {
        ImportRun run =
                new ImportRun(ParkScope.ALL, new Registry(), (table, rows) -> MergeCounts.NONE, null, 100, 3, 1000);
        TableImport t = run.table(TableSpecs.ANNUAL_REPORT, "企业年报");
        t.header(1, new String[] {"统一社会信用代码", "年度"});
        for (int row = 2; row <= 11; row++) {
            t.row(row, new String[] {"bad", "2023"});
        }
        t.finish();
        ImportReport r = run.report("f", "0");
        assertThat(r.errorCount()).isEqualTo(10);
        assertThat(r.errors()).hasSize(3);
        assertThat(r.errorsTruncated()).isTrue();
    }
}
