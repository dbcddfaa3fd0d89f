package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.MoneyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader of analyst input files: the import's formats, header matching, cell checks and error report. */
class AnalystSheetTests {

    static final String CODE = TableSpecs.EXAMPLE_CREDIT_CODE;

    static final AnalystSheet.Spec SPEC = new AnalystSheet.Spec(
            "test-input",
            "测试数据",
            "Test input",
            List.of(
                    AnalystSheet.creditCode("credit_code", "统一社会信用代码", "Credit code", true, CODE),
                    AnalystSheet.year("year", "年度", "Year", true, "2025"),
                    AnalystSheet.date("since", "成立日期", "Registration date", false, "2015-03-18"),
                    AnalystSheet.text("note", "备注", "Note", false, "")
                            .alias("remark")
                            .mustBePresent()),
            null,
            List.of("测试 / test"));

    static final AnalystSheet.Spec WITH_REPORT = new AnalystSheet.Spec(
            "report-input", "年报", "Reports", concat(SPEC.columns(), AnalystSheet.reportFields()), null, List.of());

    static List<AnalystSheet.Column> concat(List<AnalystSheet.Column> a, List<AnalystSheet.Column> b) {
        List<AnalystSheet.Column> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @TempDir
    Path dir;

    /** The rows read, each as key → value of the given keys. */
    List<Map<String, Object>> read(Path file, AnalystSheet.Spec spec, String... keys) {
        List<Map<String, Object>> rows = new ArrayList<>();
        AnalystSheet.read(file, spec, row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("#", row.number());
            for (String k : keys) {
                values.put(k, row.value(k));
            }
            rows.add(values);
        });
        return rows;
    }

    AnalystInputException rejected(Path file, AnalystSheet.Spec spec) {
        try {
            read(file, spec);
        } catch (AnalystInputException e) {
            return e;
        }
        throw new AssertionError("not rejected: " + file);
    }

    Path csv(String text, Charset charset) throws Exception {
        Path f = dir.resolve("in.csv");
        Files.writeString(f, text, charset);
        return f;
    }

    @Test
    void readsGbkCsvWithAliasesSkippingBlankRowsAndCountingRowsAsASpreadsheetDoes() throws Exception {
        Path f = csv("统一社会信用代码,年度,remark\n\n" + CODE + ",2025年,中文备注\n,,\n" + CODE + ",2024,\n", Charset.forName("GBK"));
        assertThat(read(f, SPEC, "credit_code", "year", "note"))
                .extracting(m -> m.get("#"), m -> m.get("year"), m -> m.get("note"))
                .containsExactly(tuple(3, 2025, "中文备注"), tuple(5, 2024, null));
        assertThat(read(f, SPEC, "credit_code").get(0).get("credit_code")).isEqualTo(CreditCode.of(CODE));
    }

    @Test
    void readsTheOneDataSheetOfAWorkbookSkippingATemplatesInstructionsAndExample() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("填写说明", List.of(List.of("说明")));
        sheets.put(
                "数据", List.of(List.of("统一社会信用代码", "年度", "成立日期", "备注"), List.of(CODE, 2025, LocalDate.of(2015, 3, 18))));
        sheets.put("示例", List.of(List.of("统一社会信用代码", "年度", "备注"), List.of("bad", "bad")));
        sheets.put("Sheet3", List.of());
        Path f = Workbooks.write(dir.resolve("in.xlsx"), sheets);
        assertThat(read(f, SPEC, "year", "since"))
                .singleElement()
                .satisfies(m ->
                        assertThat(m).containsEntry("year", 2025).containsEntry("since", LocalDate.of(2015, 3, 18)));
    }

    @Test
    void aWorkbookWithTwoDataSheetsIsRejectedNamingThem() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("一", List.of(List.of("统一社会信用代码", "年度", "备注")));
        sheets.put("二", List.of(List.of("统一社会信用代码", "年度", "备注")));
        AnalystInputException e = rejected(Workbooks.write(dir.resolve("two.xlsx"), sheets), SPEC);
        assertThat(e.errors())
                .singleElement()
                .satisfies(err -> assertThat(err.messageZh()).contains("一、二"));
    }

    @Test
    void reportsEveryProblemWithSheetRowColumnAndValueAndCallsBackNoInvalidRow() throws Exception {
        Path f = csv("统一社会信用代码,年度,成立日期,备注,其他\n" + CODE + ",2025,2015-02-30,\n", StandardCharsets.UTF_8);
        AnalystInputException header = rejected(f, SPEC);
        assertThat(header.errors())
                .extracting(ImportError::sheet, ImportError::row, ImportError::column, ImportError::value)
                .containsExactly(tuple("in.csv", 1, "其他", "其他"));
        Files.writeString(f, "统一社会信用代码,年度,成立日期,备注\n" + CODE + ",2025,2015-02-30\n,1979,\n", StandardCharsets.UTF_8);
        List<Integer> called = new ArrayList<>();
        assertThatThrownBy(() -> AnalystSheet.read(f, SPEC, row -> called.add(row.number())))
                .isInstanceOfSatisfying(AnalystInputException.class, e -> {
                    assertThat(e.errors())
                            .extracting(ImportError::row, ImportError::column, ImportError::value)
                            .containsExactly(
                                    tuple(2, "成立日期", "2015-02-30"), tuple(3, "年度", "1979"), tuple(3, "统一社会信用代码", ""));
                    assertThat(e.report(java.util.Locale.ENGLISH).get(0))
                            .isEqualTo("in.csv rejected: 3 errors; nothing was computed");
                });
        assertThat(called).isEmpty();
    }

    @Test
    void moneyHeadersDeclareTheirUnitOrTakeTheDefault() throws Exception {
        Path f = csv("统一社会信用代码,年度,备注,研发费用(万元),rdExpense\n" + CODE + ",2025,,1.5,\n", StandardCharsets.UTF_8);
        assertThat(rejected(f, WITH_REPORT).errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("rdExpense");
            assertThat(e.messageEn()).contains("appears twice");
        });
        Files.writeString(f, "统一社会信用代码,年度,备注,研发费用(万元),operatingRevenue\n" + CODE + ",2025,,1.5,7\n");
        assertThat(rejected(f, WITH_REPORT).errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("operatingRevenue");
            assertThat(e.messageZh()).contains("须在括号中注明单位");
        });
        assertThat(read(f, WITH_REPORT.withDefaultUnit(MoneyUnit.TEN_THOUSAND_YUAN), "rdExpense", "operatingRevenue"))
                .singleElement()
                .satisfies(m -> {
                    assertThat((BigDecimal) m.get("rdExpense")).isEqualByComparingTo("15000");
                    assertThat((BigDecimal) m.get("operatingRevenue")).isEqualByComparingTo("70000");
                });
    }

    @Test
    void theOldExcelFormatAndAnEmptyFileAreRejected() throws Exception {
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThat(rejected(xls, SPEC).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.messageEn()).contains(".xls"));
        assertThat(rejected(csv("", StandardCharsets.UTF_8), SPEC).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.messageEn()).contains("empty", "template test-input"));
    }
}
