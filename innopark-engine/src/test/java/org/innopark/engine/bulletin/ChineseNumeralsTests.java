package org.innopark.engine.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "一百九十万零三千九百七十一, 1903971",
        "两千, 2000",
        "两千两百二十五, 2225",
        "壹仟贰佰叁拾肆, 1234",
        "伍仟, 5000",
        "四千五, 4500",
        "三万五, 35000",
        "一百二, 120",
        "十一, 11",
        "二十, 20",
        "百, 100",
        "千, 1000",
        "一百零五, 105",
        "一千零五十, 1050",
        "三万亿, 3000000000000",
        "三千万亿, 3000000000000000",
        "十万亿, 10000000000000",
        "一亿两千万, 120000000",
        "一万亿五千万, 1000050000000",
        "16.4亿, 1640000000",
        "1.6亿, 160000000",
        "14.69亿, 1469000000",
        "2万, 20000",
        "3千万, 30000000",
        "0.1亿, 10000000",
        "二〇二三, 2023",
        "两点五, 2.5",
        "零点五, 0.5",
        "三点五亿, 350000000",
        "'1,403', 1403",
        "4423.34, 4423.34",
        "百分之三十, 30",
        "百分之十五点五, 15.5",
        "1/4, 0.25",
        "三分之二, 0.6666666666666667",
        "1/3, 0.3333333333333333"
    })
    void readsExactly(String numeral, String expected) {
        BigDecimal value = ChineseNumerals.parse(numeral);
        assertThat(value).isEqualByComparingTo(expected);
        assertThat(ChineseNumerals.read(numeral).vague()).isFalse();
    }

    @Test
    void sixteenPointFourHundredMillionIsNotRoundedThroughADouble() {
        // A double gives 1639999999.9999998 for 16.4 × 10^8.
        assertThat(ChineseNumerals.parse("16.4亿").toPlainString()).isEqualTo("1640000000");
        assertThat(ChineseNumerals.parse("0.07亿").toPlainString()).isEqualTo("7000000");
    }

    @ParameterizedTest(name = "{0} is vague, at least {1}")
    @CsvSource({"数千, 1000", "几十, 10", "十几, 10", "两三, 2", "一两, 1", "数万, 10000", "二十几, 20"})
    void roughMagnitudesAreVagueLowerBounds(String numeral, String lowerBound) {
        ChineseNumerals.Numeral n = ChineseNumerals.read(numeral);
        assertThat(n.vague()).isTrue();
        assertThat(n.value()).isEqualByComparingTo(lowerBound);
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource({"两点半", "统一", "一零售", "''", "5/0"})
    void rejectsWhatIsNotANumeral(String text) {
        assertThatThrownBy(() -> ChineseNumerals.parse(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("/");
    }
}
