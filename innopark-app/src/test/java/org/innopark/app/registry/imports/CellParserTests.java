package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.QualificationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellParserTests {

    private static final ImportColumn COUNT = ImportColumn.of("x", "研发人员", "R&D staff", ColumnKind.COUNT, false, "");
    private static final ImportColumn YEAR = ImportColumn.of("x", "年度", "Year", ColumnKind.YEAR, false, "");
    private static final ImportColumn PERCENT = ImportColumn.of("x", "比例", "Share", ColumnKind.PERCENT, false, "");
    private static final ImportColumn TYPE =
            ImportColumn.codes("x", "资质类型", "Qualification type", QualificationType.class, true, "");
    private static final ImportColumn NAME = ImportColumn.text("x", "姓名", "Name", true, 4, "");

    @ParameterizedTest
    @CsvSource({
        "-1, false",
        "0, true",
        "1, true",
        "2147483647, true",
        "2147483648, false",
        "1.5, false",
        "12.0, true",
        "'1,200', true",
        "abc, false"
    })
    void countsAreWholeAndNotNegative(String text, boolean valid) {
        check(() -> CellParser.parse(COUNT, null, text), valid);
    }

    @ParameterizedTest
    @CsvSource({
        "1979, false",
        "1980, true",
        "2100, true",
        "2101, false",
        "2023.5, false",
        "2023年, true",
        "2101年, false",
        "年, false"
    })
    void yearsAreWithinTheRegistryRange(String text, boolean valid) {
        check(() -> CellParser.parse(YEAR, null, text), valid);
    }

    @ParameterizedTest
    @CsvSource({"-0.01, false", "0, true", "100, true", "100.01, false", "12.5%, true", "100.5%, false", "-1%, false"})
    void percentagesAreWithinZeroAndHundred(String text, boolean valid) {
        check(() -> CellParser.parse(PERCENT, null, text), valid);
    }

    @ParameterizedTest
    @CsvSource({
        "1234.5678, TEN_THOUSAND_YUAN, 12345678.00",
        "0.000001, TEN_THOUSAND_YUAN, 0.01",
        "1.5, HUNDRED_MILLION_YUAN, 150000000.00",
        "12.34567, THOUSAND_YUAN, 12345.67",
        "'1,234.5', YUAN, 1234.50",
        "0, TEN_THOUSAND_YUAN, 0.00"
    })
    void moneyIsConvertedExactlyToYuan(String text, MoneyUnit unit, String yuan) {
        BigDecimal value = CellParser.money(text, unit, false);
        assertThat(value).isEqualTo(new BigDecimal(yuan));
        assertThat(value.scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
        "0.0000001, TEN_THOUSAND_YUAN",
        "0.001, YUAN",
        "0.000001, THOUSAND_YUAN",
        "0.00000000001, HUNDRED_MILLION_YUAN"
    })
    void rejectsMoneyBelowTheFen(String text, MoneyUnit unit) {
        assertThatThrownBy(() -> CellParser.money(text, unit, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("fen");
    }

    @Test
    void negativeMoneyOnlyWhereTheFieldMayBeNegative() {
        assertThatThrownBy(() -> CellParser.money("-1", MoneyUnit.YUAN, false))
                .isInstanceOf(InvalidValueException.class);
        assertThat(CellParser.money("-1", MoneyUnit.TEN_THOUSAND_YUAN, true)).isEqualTo(new BigDecimal("-10000.00"));
    }

    @Test
    void rejectsMoneyTooLargeForTheDatabase() {
        assertThatThrownBy(() -> CellParser.money("100000000000", MoneyUnit.HUNDRED_MILLION_YUAN, false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("too large");
        assertThat(CellParser.money("9999999999.99", MoneyUnit.HUNDRED_MILLION_YUAN, false))
                .isEqualTo(new BigDecimal("999999999999000000.00"));
    }

    @ParameterizedTest
    @CsvSource({
        "2023-06-30, 2023-06-30",
        "2023/6/3, 2023-06-03",
        "2023.6.3, 2023-06-03",
        "20230630, 2023-06-30",
        "2023年6月30日, 2023-06-30",
        "2024-02-29, 2024-02-29",
        "45107, 2023-06-30",
        "45107.0, 2023-06-30",
        "10000, 1927-05-18",
        "99999, 2173-10-13"
    })
    void readsTheDateFormatsPeopleType(String text, LocalDate expected) {
        assertThat(CellParser.date(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2023-02-30", "2023-13-01", "30/06/2023", "abc", "2023-6", "23-6-30", "9999", "100000", "45107.5"})
    void rejectsDatesThatAreNotDates(String text) {
        assertThatThrownBy(() -> CellParser.date(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theDateMessageShowsTheExcelFormsItAccepts() {
        assertThatThrownBy(() -> CellParser.date("abc"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("an Excel date cell or an Excel date serial (e.g. 45107)");
    }

    @Test
    void creditCodesAreCheckedByTheirCheckCharacter() {
        assertThat(CellParser.parse(
                        ImportColumn.of("x", "统一社会信用代码", "Credit code", ColumnKind.CREDIT_CODE, true, ""),
                        null,
                        Codes.credit(7)))
                .isEqualTo(CreditCode.of(Codes.credit(7)));
        assertThatThrownBy(() -> CellParser.parse(
                        ImportColumn.of("x", "统一社会信用代码", "Credit code", ColumnKind.CREDIT_CODE, true, ""),
                        null,
                        Codes.badCheck(7)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(
                        e -> assertThat(((InvalidValueException) e).messageZh()).contains("校验位"));
    }

    @Test
    void codeListsTakeTheChineseNameOrTheCodeAndListTheValidNames() {
        assertThat(CellParser.parse(TYPE, null, "高新技术企业")).isEqualTo(QualificationType.HIGH_TECH);
        assertThat(CellParser.parse(TYPE, null, "HIGH_TECH")).isEqualTo(QualificationType.HIGH_TECH);
        assertThatThrownBy(() -> CellParser.parse(TYPE, null, "高企"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(
                        e -> assertThat(((InvalidValueException) e).messageZh()).contains("科技型中小企业"));
    }

    @Test
    void textLongerThanTheColumnIsRejected() {
        assertThat(CellParser.parse(NAME, null, "张三丰")).isEqualTo("张三丰");
        assertThat(CellParser.parse(NAME, null, "欧阳修远")).isEqualTo("欧阳修远");
        assertThatThrownBy(() -> CellParser.parse(NAME, null, "欧阳修远航")).isInstanceOf(InvalidValueException.class);
    }

    private static void check(Runnable parse, boolean valid) {
        if (valid) {
            parse.run();
        } else {
            assertThatThrownBy(parse::run).isInstanceOf(InvalidValueException.class);
        }
    }
}
