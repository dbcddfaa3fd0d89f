package org.innopark.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.innopark.engine.registry.InvalidValueException;
import org.junit.jupiter.api.Test;

class DemoSpecTests {

    @Test
    void defaultsToThreeThousandEnterprisesOverFiveYearsTo2025() {
        DemoSpec spec = DemoSpec.defaults();

        assertThat(spec).isEqualTo(new DemoSpec(3000, 5, 2025, 20261123L));
        assertThat(spec.firstYear()).isEqualTo(2021);
    }

    @Test
    void rejectsANegativeOrHugeNumberOfEnterprises() {
        assertThatThrownBy(() -> new DemoSpec(-1, 5, 2025, 1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("enterprises must be between 0 and 10000000, got -1");
        assertThatThrownBy(() -> new DemoSpec(10_000_001, 5, 2025, 1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsYearsOutsideOneToTwenty() {
        assertThatThrownBy(() -> new DemoSpec(10, 0, 2025, 1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("years must be between 1 and 20, got 0");
        assertThatThrownBy(() -> new DemoSpec(10, 21, 2025, 1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsALastYearInTheFutureOrTooEarly() {
        int next = Year.now().getValue() + 1;
        assertThatThrownBy(() -> new DemoSpec(10, 5, next, 1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("lastYear must be between 2005 and " + (next - 1))
                .satisfies(
                        e -> assertThat(((InvalidValueException) e).messageZh()).contains("最后年报年度"));
        assertThatThrownBy(() -> new DemoSpec(10, 5, 2004, 1)).isInstanceOf(InvalidValueException.class);
    }
}
