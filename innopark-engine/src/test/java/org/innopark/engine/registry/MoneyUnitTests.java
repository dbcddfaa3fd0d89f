package org.innopark.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyUnitTests {

    @ParameterizedTest
    @CsvSource({
        "营业收入(万元), TEN_THOUSAND_YUAN",
        "营业收入（千元）, THOUSAND_YUAN",
        "技术合同成交额(亿元), HUNDRED_MILLION_YUAN",
        "净利润(元), YUAN",
        "Operating revenue (10k yuan), TEN_THOUSAND_YUAN",
    })
    void findsTheUnitAHeaderDeclares(String header, MoneyUnit unit) {
        assertThat(MoneyUnit.inHeader(header)).isEqualTo(unit);
    }

    @Test
    void findsNoUnitWhenTheHeaderDeclaresNone() {
        assertThat(MoneyUnit.inHeader("营业收入")).isNull();
        assertThat(MoneyUnit.inHeader("面积(平方米)")).isNull();
    }

    @Test
    void convertsToYuanExactly() {
        assertThat(MoneyUnit.HUNDRED_MILLION_YUAN.toYuan(new BigDecimal("14.69")))
                .isEqualByComparingTo("1469000000.00");
        assertThat(MoneyUnit.TEN_THOUSAND_YUAN.toYuan(new BigDecimal("0.0001"))).isEqualByComparingTo("1.00");
        assertThat(MoneyUnit.THOUSAND_YUAN.toYuan(new BigDecimal("123.456"))).isEqualByComparingTo("123456.00");
        assertThat(MoneyUnit.TEN_THOUSAND_YUAN
                        .toYuan(new BigDecimal("1.234567"))
                        .toPlainString())
                .isEqualTo("12345.67");
    }

    @Test
    void roundsBelowTheFenHalfUp() {
        assertThat(MoneyUnit.YUAN.toYuan(new BigDecimal("0.005")).toPlainString())
                .isEqualTo("0.01");
        assertThat(MoneyUnit.YUAN.toYuan(new BigDecimal("0.004")).toPlainString())
                .isEqualTo("0.00");
    }

    @Test
    void convertsBackFromYuanWithoutLoss() {
        BigDecimal yuan = new BigDecimal("12345.67");
        assertThat(MoneyUnit.TEN_THOUSAND_YUAN.toYuan(MoneyUnit.TEN_THOUSAND_YUAN.fromYuan(yuan)))
                .isEqualByComparingTo(yuan);
    }
}
