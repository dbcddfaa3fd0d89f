package org.innopark.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.postgresql.util.ByteConverter;

/**
 * PostgreSQL's binary COPY encoding of one tuple, against byte layouts worked out by hand from the format's
 * documentation (numeric: ndigits, weight, sign, dscale, then base-10000 digits), and against the driver's own
 * numeric encoder for amounts the fast path does not take. No database.
 */
class BinaryCopyTests {

    private static byte[] numeric(String value) {
        byte[] tuple = BinaryCopy.tuple(new int[] {Types.NUMERIC}, new Object[] {new BigDecimal(value)});
        // skip the field count (2 bytes) and the length (4 bytes)
        return java.util.Arrays.copyOfRange(tuple, 6, tuple.length);
    }

    private static byte[] shorts(int... values) {
        byte[] b = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            b[2 * i] = (byte) (values[i] >>> 8);
            b[2 * i + 1] = (byte) values[i];
        }
        return b;
    }

    @Test
    void encodesAnAmountAsBase10000DigitsAlignedOnThePoint() {
        // 1,234,567.89 = 123 | 4567 . 8900: 3 digits, weight 1, positive, scale 2
        assertThat(numeric("1234567.89")).isEqualTo(shorts(3, 1, 0, 2, 123, 4567, 8900));
    }

    @Test
    void dropsTrailingZeroDigitsAndKeepsTheScale() {
        // 10,000.00 = 1 | 0000: the zero digit is not sent, weight 1
        assertThat(numeric("10000.00")).isEqualTo(shorts(1, 1, 0, 2, 1));
    }

    @Test
    void encodesAFractionBelowOneWithANegativeWeight() {
        assertThat(numeric("0.05")).isEqualTo(shorts(1, -1, 0, 2, 500));
    }

    @Test
    void encodesZeroWithNoDigits() {
        assertThat(numeric("0.00")).isEqualTo(shorts(0, 0, 0, 2));
    }

    @Test
    void encodesANegativeAmountWithTheSignFlag() {
        assertThat(numeric("-1230.50")).isEqualTo(shorts(2, 0, 0x4000, 2, 1230, 5000));
    }

    @Test
    void largeAmountsMatchTheDriversEncoder() {
        for (String v : new String[] {"123456789012345678.91", "99999999999999999999.99", "-0.01", "1E+3"}) {
            BigDecimal d = new BigDecimal(v);
            BigDecimal expected = d.scale() < 0 ? d.setScale(0) : d;
            assertThat(numeric(v)).as(v).isEqualTo(ByteConverter.numeric(expected));
        }
    }

    @Test
    void encodesIntegersDatesAndTextInTheirColumnsTypes() {
        byte[] tuple = BinaryCopy.tuple(
                new int[] {Types.CHAR, Types.INTEGER, Types.BIGINT, Types.DATE, Types.VARCHAR},
                new Object[] {"AB", 2023, 5L, LocalDate.of(2000, 1, 2), null});
        assertThat(tuple).isEqualTo(new byte[] {
            0,
            5, // five fields
            0,
            0,
            0,
            2,
            'A',
            'B', // text
            0,
            0,
            0,
            4,
            0,
            0,
            0x07,
            (byte) 0xE7, // int4 2023
            0,
            0,
            0,
            8,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            5, // int8 5
            0,
            0,
            0,
            4,
            0,
            0,
            0,
            1, // one day after 2000-01-01
            (byte) 0xFF,
            (byte) 0xFF,
            (byte) 0xFF,
            (byte) 0xFF // NULL
        });
    }

    @Test
    void encodesChineseTextAsUtf8() {
        byte[] tuple = BinaryCopy.tuple(new int[] {Types.VARCHAR}, new Object[] {"长春"});
        assertThat(java.util.Arrays.copyOfRange(tuple, 2, tuple.length)).isEqualTo(new byte[] {
            0, 0, 0, 6, (byte) 0xE9, (byte) 0x95, (byte) 0xBF, (byte) 0xE6, (byte) 0x98, (byte) 0xA5
        });
    }
}
