package org.innopark.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // interval | value | held
                "[30%,)     | 0.2999999 | false",
                "[30%,)     | 0.3       | true",
                "[30%,)     | 0.3000001 | true",
                "[25%,30%)  | 0.25      | true",
                "[25%,30%)  | 0.3       | false",
                "(,10%)     | 0.0999    | true",
                "(,10%)     | 0.1       | false",
                "(,10%)     | -Infinity | true",
                "[1亿,)     | Infinity  | true",
                "(0,1000万) | 0         | false",
                "(0,1000万) | 1         | true",
                "(0,1000万) | 9999999.99 | true",
                "(0,1000万) | 10000000  | false",
                "[1000万,1亿) | 10000000 | true",
                "[10,50]    | 50        | true",
                "(50,)      | 50        | false",
                "(,)        | NaN       | false",
            })
    void holdsAValueByItsBoundsAtBelowAndAbove(String text, double value, boolean held) {
        assertThat(Interval.parse(text).contains(value)).isEqualTo(held);
    }

    @Test
    void aToleranceCountsAComputedValueAtTheBoundAsAtIt() {
        Interval from30 = Interval.parse("[30%,)");
        double computed = 0.1 + 0.2 - 0.0000000000000001; // 0.29999999999999993
        assertThat(from30.contains(computed)).isFalse();
        assertThat(from30.contains(computed, 1e-12)).isTrue();
    }

    @Test
    void parsesOnlyIntervalNotation() {
        assertThat(Interval.parse("[1,2)")).isEqualTo(new Interval(1, true, 2, false));
        assertThat(Interval.parse("(,)")).isEqualTo(Interval.ALL);
        assertThat(Interval.parse("[,2)"))
                .as("an unbounded side cannot be closed")
                .isNull();
        assertThat(Interval.parse("(1,]")).isNull();
        assertThat(Interval.parse("1..2")).isNull();
        assertThat(Interval.parse("[a,2)")).isNull();
        assertThat(Interval.parse("[1,2,3)")).isNull();
    }

    @Test
    void ordersAndOverlaps() {
        Interval a = Interval.parse("[0,10)");
        Interval b = Interval.parse("[10,20)");
        Interval c = Interval.parse("[0,10]");
        assertThat(a.below(b)).isTrue();
        assertThat(a.overlaps(b)).isFalse();
        assertThat(c.overlaps(b)).isTrue();
        assertThat(Interval.parse("[2,1)").isEmpty()).isTrue();
        assertThat(Interval.parse("[1,1)").isEmpty()).isTrue();
        assertThat(Interval.parse("[1,1]").isEmpty()).isFalse();
    }

    @Test
    void formatsTheBoundsAsToldOrWithInfinity() {
        Interval i = Interval.parse("[1000万,)");
        assertThat(i.format(v -> v / 1e4 + "万")).isEqualTo("[1000.0万, )");
        assertThat(i.describe()).isEqualTo("[10000000, +∞)");
        assertThat(Interval.parse("(,2.5]").describe()).isEqualTo("(−∞, 2.5]");
    }

    @Test
    void aBadIntervalIsAnErrorAtItsPlaceInBothLanguages() {
        RuleNode n = RuleNode.parse("b.yaml", new StringReader("range: '[2,1)'\nother: '1-2'\n"));
        assertThatThrownBy(() -> Interval.read(n.require("range")))
                .hasMessageStartingWith("b.yaml:1:8: range: ")
                .hasMessageContaining("holds no value / 区间为空");
        assertThatThrownBy(() -> Interval.read(n.require("other")))
                .hasMessageStartingWith("b.yaml:2:8: other: ")
                .hasMessageContaining("'1-2' is not an interval")
                .hasMessageContaining("区间格式应如");
    }
}
