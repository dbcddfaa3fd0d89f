package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMappingTests {

    private static final TableSpec REPORTS = TableSpecs.ANNUAL_REPORT;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "营业收入(万元)|TEN_THOUSAND_YUAN",
                "营业收入（千元）|THOUSAND_YUAN",
                "营业收入 (亿元)|HUNDRED_MILLION_YUAN",
                "营业收入(元)|YUAN",
                "Operating revenue (10k yuan)|TEN_THOUSAND_YUAN",
                "operating revenue(yuan)|YUAN"
            })
    void readsTheMoneyUnitDeclaredInTheHeader(String header, MoneyUnit unit) {
        HeaderMapping m = HeaderMapping.map(REPORTS, new String[] {"统一社会信用代码", "年度", header});
        assertThat(m.problems).isEmpty();
        int c = 2 + ReportField.OPERATING_REVENUE.ordinal();
        assertThat(m.fileColumnOf[c]).isEqualTo(2);
        assertThat(m.units[c]).isEqualTo(unit);
    }

    @Test
    void rejectsAMoneyColumnWithoutItsUnit() {
        HeaderMapping m = HeaderMapping.map(REPORTS, new String[] {"统一社会信用代码", "年度", "营业收入"});
        assertThat(m.problems)
                .singleElement()
                .satisfies(p ->
                        assertThat(p.error().messageZh()).contains("须在括号中注明单位").contains("万元"));
    }

    @Test
    void rejectsAnUnknownColumnAndListsTheValidOnes() {
        HeaderMapping m = HeaderMapping.map(TableSpecs.ENTERPRISE, new String[] {"统一社会信用代码", "企业名称", "所属园区代码", "法人代表"});
        assertThat(m.problems).singleElement().satisfies(p -> {
            assertThat(p.header()).isEqualTo("法人代表");
            assertThat(p.fileColumn()).isEqualTo(3);
            assertThat(p.error().messageZh())
                    .contains("未知的列'法人代表'")
                    .contains("成立日期")
                    .contains("上市板块");
        });
    }

    @Test
    void reportsEveryMissingRequiredColumn() {
        HeaderMapping m = HeaderMapping.map(TableSpecs.ENTERPRISE, new String[] {"企业名称"});
        assertThat(m.problems).extracting(HeaderMapping.Problem::header).containsExactly("统一社会信用代码", "所属园区代码");
    }

    @Test
    void reportsAColumnGivenTwice() {
        HeaderMapping m = HeaderMapping.map(
                TableSpecs.ENTERPRISE, new String[] {"统一社会信用代码", "企业名称", "所属园区代码", "Enterprise name"});
        assertThat(m.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.error().messageEn()).contains("appears twice"));
    }

    @Test
    void acceptsEnglishAliasesAndAUnitAfterACount() {
        HeaderMapping m = HeaderMapping.map(
                REPORTS, new String[] {"Credit code", "Year", "研发人员(人)", "从业人员(职工总数)", "", "Employees"});
        assertThat(m.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.header()).isEqualTo("Employees"));
        assertThat(m.fileColumnOf[2 + ReportField.RD_STAFF.ordinal()]).isEqualTo(2);
        assertThat(m.specColumnOf[4]).isEqualTo(-1);
    }

    @Test
    void templateHeadersMapWithoutProblems() {
        for (TableSpec spec : TableSpecs.ALL) {
            String[] headers = spec.columns().stream().map(ImportColumn::header).toArray(String[]::new);
            assertThat(HeaderMapping.map(spec, headers).problems)
                    .as(spec.name())
                    .isEmpty();
            String[] english =
                    spec.columns().stream().map(ImportColumn::englishHeader).toArray(String[]::new);
            assertThat(HeaderMapping.map(spec, english).problems)
                    .as(spec.name())
                    .isEmpty();
        }
    }

    @Test
    void recognisesTheTableFromItsHeaders() {
        assertThat(TableRecognition.byHeaders(new String[] {"统一社会信用代码", "年度", "营业收入(万元)"}))
                .isSameAs(TableSpecs.ANNUAL_REPORT);
        assertThat(TableRecognition.byHeaders(new String[] {"统一社会信用代码", "资质类型", "认定日期"}))
                .isSameAs(TableSpecs.QUALIFICATION);
        assertThat(TableRecognition.byHeaders(new String[] {"统一社会信用代码", "企业名称", "所属园区代码"}))
                .isSameAs(TableSpecs.ENTERPRISE);
        assertThat(TableRecognition.byHeaders(new String[] {"甲", "乙"})).isNull();
    }
}
