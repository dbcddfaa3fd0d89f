package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import org.innopark.engine.rules.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value written beside its bracket never reads as a contradiction: the number as written lies in the bracket shown
 * (issue 11 part 5). Expected texts worked out by hand: 200,000,100 yuan = 2.000001亿 needs six decimals to stay
 * above 2亿; 199,999,999 yuan = 1.99999999亿 needs eight to stay below it.
 */
class BracketLabelTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // unit | value | bracket | zh | en
                "YUAN    | 200000100 | (2亿,)       | 2.000001亿元   | ¥200.0001M",
                "YUAN    | 200000000 | (,2亿]       | 2亿元          | ¥200M",
                "YUAN    | 200000001 | (2亿,)       | 2.00000001亿元 | ¥200.000001M",
                "YUAN    | 199999999 | (5000万,2亿) | 1.99999999亿元 | ¥199.999999M",
                "YUAN    | 199999999 | (,2亿]       | 2亿元          | ¥200M",
                "YUAN    | 50000001  | (5000万,2亿] | 5,000.0001万元 | ¥50.000001M",
                "YUAN    | 50000000  | (,5000万]    | 5,000万元      | ¥50M",
                "PERCENT | 0.0999999 | (,10%)       | 9.99999%       | 9.99999%",
                "PERCENT | 0.1       | [10%,15%)    | 10.0%          | 10.0%",
                "PERCENT | 0.3       | [30%,)       | 30.0%          | 30.0%",
                "PERSONS | 9.9999    | (,10)        | 9.9999人       | 9.9999 people",
            })
    void writesTheValueSoThatItLiesInItsBracket(Unit unit, double value, String bracket, String zh, String en) {
        Interval range = Interval.parse(bracket);
        assertThat(range.contains(value))
                .as("the test's value is in its bracket")
                .isTrue();
        assertThat(unit.zh(value, range)).isEqualTo(zh);
        assertThat(unit.en(value, range)).isEqualTo(en);
        assertThat(range.contains(Unit.readBack(unit.zh(value, range)), 1e-12)).isTrue();
        assertThat(range.contains(Unit.readBack(unit.en(value, range)), 1e-12)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2亿元, 200000000", "2.5亿元, 250000000", "'5,000万元', 50000000", "¥1.2M, 1200000", "3.5%, 0.035", "12人, 12"
    })
    void readsAWrittenValueBackAsItsReaderWould(String text, double value) {
        assertThat(Unit.readBack(text)).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
    }
}
