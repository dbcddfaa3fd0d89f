package org.innopark.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseFiguresTests {

    private static Figure f(int year, String v) {
        return Figure.of("x", year, new BigDecimal(v), "q");
    }

    private static Figure gap(int year) {
        return Figure.missing("x", year, year + "年无企业报送年报", "q");
    }

    @ParameterizedTest
    @CsvSource({
        "76200000000, 762亿元",
        "212430000000, 2124.3亿元",
        "1640000000, 16.4亿元",
        "1234567890, 12.3亿元",
        "100000000, 1亿元",
        "99999999, 1亿元",
        "34567000, 3456.7万元",
        "56789, 5.68万元",
        "10000, 1万元",
        "9999, 9999元",
        "8500.4, 8500元",
        "-320000000, -3.2亿元",
        "0, 0元"
    })
    void writesAmountsIn万元Or亿元WithSensiblePrecision(String yuan, String expected) {
        assertThat(ChineseFigures.amount(new BigDecimal(yuan))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "1030, PERSONS, 1030人",
        "125300, PERSONS, 12.5万人",
        "52, PERCENT, 52%",
        "3.456, PERCENT, 3.46%",
        "12.34, PERCENT, 12.3%",
        "112.345, INDEX, 112.3",
        "87.25, POINTS, 87.3分",
        "15000, SQUARE_METRES, 1.5万平方米",
        "28, ENTERPRISES, 28家"
    })
    void writesValuesWithTheirUnit(String v, Unit unit, String expected) {
        assertThat(ChineseFigures.value(new BigDecimal(v), unit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1012 | 1000 | YUAN | 同比增长1.2%",
                "912 | 1000 | YUAN | 同比下降8.8%",
                "1000.4 | 1000 | YUAN | 与上年持平",
                "2300 | 1000 | YUAN | 同比增长1.3倍",
                "2000 | 1000 | YUAN | 同比增长1倍",
                "1999 | 1000 | YUAN | 同比增长99.9%",
                "50000 | 0 | YUAN | 比上年增加5万元",
                "50000 | -20000 | YUAN | 比上年增加7万元",
                "3.45 | 3.10 | PERCENT | 比上年提高0.35个百分点",
                "2.1 | 3.6 | PERCENT | 比上年降低1.5个百分点",
                "3.1 | 3.1 | PERCENT | 与上年持平",
                "112 | 100 | ENTERPRISES | 比上年增加12家，增长12.0%",
                "88 | 100 | ENTERPRISES | 比上年减少12家，下降12.0%",
                "5 | 0 | ENTERPRISES | 比上年增加5家",
                "100 | 100 | PERSONS | 与上年持平",
                "115.3 | 112.1 | INDEX | 比上年提高3.2点"
            })
    void saysTheChangeOnTheYearBeforeAsBulletinsDo(String cur, String prev, Unit unit, String expected) {
        assertThat(ChineseFigures.change(f(2025, cur), f(2024, prev), unit)).isEqualTo(expected);
    }

    @Test
    void countChangeRateHasOneDecimal() {
        assertThat(ChineseFigures.change(f(2025, "107"), f(2024, "100"), Unit.ENTERPRISES))
                .isEqualTo("比上年增加7家，增长7.0%");
    }

    @Test
    void aMissingYearBeforeIsSaidWithItsReasonNeverComparedWithZero() {
        assertThat(ChineseFigures.change(f(2025, "100"), gap(2024), Unit.YUAN)).isEqualTo("上年数据缺失（2024年无企业报送年报），无法比较");
        assertThat(ChineseFigures.change(gap(2025), f(2024, "100"), Unit.YUAN)).isEmpty();
        assertThat(ChineseFigures.missing("未填报")).isEqualTo("数据缺失（未填报）");
    }

    @Test
    void ranksAmongPeersOnlyWhenThereAreSome() {
        assertThat(ChineseFigures.rank(f(2025, "1").ranked(3, 12), "园区")).isEqualTo("在12个园区中位居第3位");
        assertThat(ChineseFigures.rank(f(2025, "1").ranked(1, 1), "园区")).isEmpty();
        assertThat(ChineseFigures.rank(f(2025, "1"), "园区")).isEmpty();
    }

    @Test
    void countsTheRunOfRisesOrFallsEndingWithTheYear() {
        assertThat(ChineseFigures.streak(List.of(f(2021, "5"), f(2022, "6"), f(2023, "7"), f(2024, "8")), Unit.YUAN))
                .isEqualTo("连续3年增长");
        assertThat(ChineseFigures.streak(List.of(f(2021, "9"), f(2022, "6"), f(2023, "7"), f(2024, "8")), Unit.YUAN))
                .isEqualTo("连续2年增长");
        assertThat(ChineseFigures.streak(List.of(f(2022, "3"), f(2023, "2"), f(2024, "1")), Unit.PERCENT))
                .isEqualTo("连续2年下降");
        assertThat(ChineseFigures.streak(List.of(f(2022, "2"), f(2023, "3"), f(2024, "4")), Unit.PERCENT))
                .isEqualTo("连续2年提高");
        // one rise is not a run; a missing year breaks it
        assertThat(ChineseFigures.streak(List.of(f(2022, "5"), f(2023, "4"), f(2024, "5")), Unit.YUAN))
                .isEmpty();
        assertThat(ChineseFigures.streak(List.of(f(2021, "1"), gap(2022), f(2023, "3"), f(2024, "4")), Unit.YUAN))
                .isEmpty();
    }

    @Test
    void saysFirstCrossingOfARoundThreshold() {
        assertThat(ChineseFigures.milestone(
                        List.of(f(2023, "86000000000"), f(2024, "95000000000"), f(2025, "103000000000")), Unit.YUAN))
                .isEqualTo("首次突破1000亿元");
        assertThat(ChineseFigures.milestone(List.of(f(2024, "180"), f(2025, "212")), Unit.ENTERPRISES))
                .isEqualTo("首次突破200家");
        // reached before: not a first
        assertThat(ChineseFigures.milestone(List.of(f(2023, "520"), f(2024, "480"), f(2025, "530")), Unit.ENTERPRISES))
                .isEmpty();
        // nothing before to compare with
        assertThat(ChineseFigures.milestone(List.of(gap(2024), f(2025, "530")), Unit.ENTERPRISES))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, 一", "9, 九", "10, 十", "12, 十二", "20, 二十", "35, 三十五"})
    void numbersChaptersInChinese(int n, String expected) {
        assertThat(ChineseFigures.numeral(n)).isEqualTo(expected);
    }

    @Test
    void tableChangeIsSignedOrADashWhenItCannotBeComputed() {
        assertThat(ChineseFigures.tableChange(f(2025, "1088"), f(2024, "1000"), Unit.YUAN))
                .isEqualTo("+8.8%");
        assertThat(ChineseFigures.tableChange(f(2025, "3.1"), f(2024, "3.45"), Unit.PERCENT))
                .isEqualTo("-0.35个百分点");
        assertThat(ChineseFigures.tableChange(f(2025, "3"), gap(2024), Unit.YUAN))
                .isEqualTo("—");
    }
}
