package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.innopark.app.registry.RegistryStore;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.Park;
import org.innopark.engine.registry.ParkLevel;
import org.innopark.engine.registry.RegionCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import writes chunk n while it reads chunk n+1, on another thread but in the same transaction: a file of many
 * chunks commits together, and a failure on either side, after chunks were written, leaves nothing written. Written
 * once, run on H2 and on PostgreSQL (one subclass each). Credit codes 7,000,001 onwards are this class's own.
 */
abstract class ImportPipelineContract {

    static final long BASE = 7_000_000;
    static final int ENTERPRISES = 20;
    static final int CHUNK = 7;

    @Autowired
    RegistryImport imports;

    @Autowired
    RegistryStore store;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    int previousChunk;

    @BeforeEach
    void registry() {
        store.saveParks(
                List.of(new Park("PIPE", "流水线测试高新区", ParkLevel.NATIONAL, RegionCode.of("220101"), "吉林省", "长春市", 1991)));
        List<Enterprise> enterprises = new java.util.ArrayList<>();
        for (int i = 1; i <= ENTERPRISES; i++) {
            enterprises.add(new Enterprise(
                    CreditCode.of(Codes.credit(BASE + i)), "流水线企业" + i, null, null, null, null, "PIPE", null, null));
        }
        store.saveEnterprises(enterprises);
        jdbc.update(
                "DELETE FROM annual_report WHERE credit_code LIKE ?",
                Codes.credit(BASE).substring(0, 12) + "%");
        previousChunk = imports.chunkRows(CHUNK);
    }

    @AfterEach
    void restore() {
        imports.chunkRows(previousChunk);
    }

    @Test
    void aFileOfManyChunksCommitsTogetherAndImportingItAgainChangesNothing() throws IOException {
        Path file = reports(null, -1);
        ImportReport first = importFile(file);
        assertThat(first.errors()).isEmpty();
        assertThat(first.inserted()).isEqualTo(ENTERPRISES * 5L);
        assertThat(stored()).isEqualTo(ENTERPRISES * 5L);
        assertThat(jdbc.queryForObject(
                        "SELECT net_profit FROM annual_report WHERE credit_code = ? AND report_year = 2021",
                        java.math.BigDecimal.class,
                        Codes.credit(BASE + 3)))
                .isEqualByComparingTo("-1230.50");
        ImportReport again = importFile(file);
        assertThat(again.unchanged()).isEqualTo(ENTERPRISES * 5L);
        assertThat(again.inserted() + again.updated()).isZero();
    }

    @Test
    void aBadCellAfterSeveralWrittenChunksLeavesNothingWritten() throws IOException {
        // the last row's year is not a number: chunks 1 to 14 were written before the reader found it
        ImportReport report = importFile(reports("abc", ENTERPRISES * 5 - 1));
        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(ENTERPRISES * 5 + 1);
            assertThat(e.column()).isEqualTo("年度");
            assertThat(e.value()).isEqualTo("abc");
        });
        assertThat(stored()).isZero();
    }

    @Test
    void aWriteThatFailsAfterSeveralWrittenChunksLeavesNothingWritten() throws IOException {
        // a constraint only the database knows: the row with 777,777 employees passes validation, its chunk fails
        jdbc.execute("ALTER TABLE annual_report ADD CONSTRAINT pipeline_test_guard CHECK (employees <> 777777)");
        try {
            Path file = reports("777777", 60);
            assertThatThrownBy(() -> importFile(file)).isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.execute("ALTER TABLE annual_report DROP CONSTRAINT pipeline_test_guard");
        }
        assertThat(stored()).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM import_record WHERE file_name = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                        String.class,
                        "pipeline.csv"))
                .isEqualTo("FAILED");
    }

    @Test
    void aFileWithFewerColumnsKeepsTheValuesOfTheColumnsItLacks() throws IOException {
        assertThat(importFile(reports(null, -1)).errors()).isEmpty();
        // A later file of employees only: revenue and net profit stay as they were, over every chunk and both paths.
        StringBuilder csv = new StringBuilder("统一社会信用代码,年度,从业人员(职工总数)\n");
        for (int i = 1; i <= ENTERPRISES; i++) {
            csv.append(Codes.credit(BASE + i)).append(",2021,").append(500 + i).append('\n');
        }
        csv.append(Codes.credit(BASE + 1)).append(",2024,77\n");
        ImportReport partial = importFile(Files.writeString(dir.resolve("employees.csv"), csv));
        assertThat(partial.errors()).isEmpty();
        assertThat(partial.updated()).isEqualTo(ENTERPRISES);
        assertThat(partial.inserted()).isEqualTo(1);
        var row = jdbc.queryForMap(
                "SELECT employees, operating_revenue, net_profit FROM annual_report WHERE credit_code = ?"
                        + " AND report_year = 2021",
                Codes.credit(BASE + 3));
        assertThat(((Number) row.get("employees")).longValue()).isEqualTo(503);
        assertThat((java.math.BigDecimal) row.get("operating_revenue")).isEqualByComparingTo("1032500");
        assertThat((java.math.BigDecimal) row.get("net_profit")).isEqualByComparingTo("-1230.5");
        // A new row gets only what the file has; the rest is not reported (NULL), never 0.
        assertThat(jdbc.queryForObject(
                        "SELECT operating_revenue FROM annual_report WHERE credit_code = ? AND report_year = 2024",
                        java.math.BigDecimal.class,
                        Codes.credit(BASE + 1)))
                .isNull();
        // The same file again changes nothing.
        assertThat(importFile(dir.resolve("employees.csv")).unchanged()).isEqualTo(ENTERPRISES + 1L);
    }

    @Test
    void aFileOfSomeColumnsThatBreaksARuleWithTheStoredValuesIsRejected() throws IOException {
        assertThat(importFile(reports(null, -1)).errors()).isEmpty();
        jdbc.update(
                "UPDATE annual_report SET operating_revenue = 40000000, high_tech_revenue = 36358725.77"
                        + " WHERE credit_code = ? AND report_year = 2022",
                Codes.credit(BASE + 2));
        // one chunk of good rows is written before the chunk holding the bad one is checked
        StringBuilder csv = new StringBuilder("统一社会信用代码,年度,营业收入(万元)\n");
        for (int i = 1; i <= ENTERPRISES; i++) {
            csv.append(Codes.credit(BASE + i))
                    .append(",2022,")
                    .append(i == 2 ? "1" : "9999")
                    .append('\n');
        }
        ImportReport report = importFile(Files.writeString(dir.resolve("revenue.csv"), csv));
        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("营业收入(万元)");
            assertThat(e.messageZh()).contains("高新技术产品(服务)收入(36358725.77)不能大于营业收入(10000.00)");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT operating_revenue FROM annual_report WHERE credit_code = ? AND report_year = 2022",
                        java.math.BigDecimal.class,
                        Codes.credit(BASE + 2)))
                .isEqualByComparingTo("40000000");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM annual_report WHERE credit_code LIKE ? AND operating_revenue = 99990000",
                        Long.class,
                        Codes.credit(BASE).substring(0, 12) + "%"))
                .isZero();
    }

    /** Five years per enterprise; the row at {@code badIndex} (0-based) gets {@code bad} as year or employees. */
    private Path reports(String bad, int badIndex) throws IOException {
        StringBuilder csv = new StringBuilder("统一社会信用代码,年度,从业人员(职工总数),营业收入(万元),净利润(元)\n");
        int index = 0;
        for (int i = 1; i <= ENTERPRISES; i++) {
            for (int year = 2019; year <= 2023; year++) {
                String yearCell = index == badIndex && "abc".equals(bad) ? bad : Integer.toString(year);
                String employees = index == badIndex && !"abc".equals(bad) ? bad : Integer.toString(10 + i);
                csv.append(Codes.credit(BASE + i))
                        .append(',')
                        .append(yearCell)
                        .append(',')
                        .append(employees)
                        .append(',')
                        .append(100 + i)
                        .append(".25,")
                        .append(year == 2021 ? "-1230.5" : "0")
                        .append('\n');
                index++;
            }
        }
        return Files.writeString(dir.resolve("pipeline.csv"), csv);
    }

    private ImportReport importFile(Path file) throws IOException {
        return imports.importFile(new RegistryImport.Request(
                file, file.getFileName().toString(), "annual_report", "tester", ParkScope.ALL, null));
    }

    private long stored() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM annual_report WHERE credit_code LIKE ?",
                Long.class,
                Codes.credit(BASE).substring(0, 12) + "%");
    }
}
