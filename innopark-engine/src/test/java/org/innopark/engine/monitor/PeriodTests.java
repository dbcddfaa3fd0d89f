package org.innopark.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.innopark.engine.registry.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @Test
    void readsTheWaysAMonthIsWritten() {
        int march = Period.of(2025, 3);
        assertThat(Period.parse("2025-03")).isEqualTo(march);
        assertThat(Period.parse("2025/3")).isEqualTo(march);
        assertThat(Period.parse("202503")).isEqualTo(march);
        assertThat(Period.parse("2025年3月")).isEqualTo(march);
        assertThat(Period.format(march)).isEqualTo("2025-03");
        assertThat(Period.format(Period.of(2025, 12) + 1)).isEqualTo("2026-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "25-03", "2025-03-01", "1979-12", "三月", ""})
    void rejectsWhatIsNotAMonth(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("YYYY-MM");
    }
}
