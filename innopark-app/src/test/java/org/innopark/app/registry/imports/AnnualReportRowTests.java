package org.innopark.app.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;

/** The bulk paths of annual reports give what the engine's record and exact decimal arithmetic give. */
class AnnualReportRowTests {

    @Test
    void theBulkRowEqualsTheRowOfTheEnginesRecord() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 2_000; n++) {
            Object[] values = new Object[2 + ReportField.values().length];
            values[0] = CreditCode.of(Codes.credit(n));
            values[1] = 1980 + random.nextInt(121);
            for (ReportField f : ReportField.values()) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                values[2 + f.ordinal()] = f.isMoney()
                        ? BigDecimal.valueOf(
                                (f.mayBeNegative() ? -1 : 0) * random.nextLong(1_000_000)
                                        + random.nextLong(1_000_000_000_000L),
                                2)
                        : (Object) (long) random.nextInt(1_000);
            }
            boolean[] broken = {false};
            TableSpecs.ANNUAL_REPORT.check().check(values, (c, e) -> broken[0] = true);
            TableSpecs.Values v = new TableSpecs.Values(values);
            if (broken[0]) {
                try {
                    TableSpecs.annualReportRowViaRecord(v);
                    throw new AssertionError(
                            "the engine accepts what the check rejects: " + java.util.Arrays.toString(values));
                } catch (InvalidValueException expected) {
                    continue;
                }
            }
            assertThat(TableSpecs.annualReportRow(v)).containsExactly(TableSpecs.annualReportRowViaRecord(v));
        }
    }

    @Test
    void fastMoneyParsingEqualsExactDecimalArithmetic() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(5) == 0) {
                text.append('-');
            }
            int digits = 1 + random.nextInt(19);
            int point = random.nextInt(digits + 1);
            for (int i = 0; i < digits; i++) {
                if (i == point && i > 0) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            MoneyUnit unit = MoneyUnit.values()[random.nextInt(4)];
            boolean signed = random.nextBoolean();
            String expected;
            try {
                BigDecimal amount = new BigDecimal(text.toString());
                BigDecimal yuan = amount.multiply(unit.toYuan(BigDecimal.ONE)).setScale(2, RoundingMode.UNNECESSARY);
                expected = !signed && amount.signum() < 0 || yuan.abs().compareTo(CellParser.MAX_MONEY) >= 0
                        ? "error"
                        : yuan.toPlainString();
            } catch (ArithmeticException e) {
                expected = "error";
            }
            String actual;
            try {
                actual = CellParser.money(text.toString(), unit, signed).toPlainString();
            } catch (InvalidValueException e) {
                actual = "error";
            }
            assertThat(actual).as(text + " " + unit + (signed ? " signed" : "")).isEqualTo(expected);
        }
    }
}
