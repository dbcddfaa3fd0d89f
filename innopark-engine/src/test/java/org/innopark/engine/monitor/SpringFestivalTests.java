package org.innopark.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.time.LocalDate;
import org.innopark.engine.rules.RuleFileException;
import org.innopark.engine.rules.RuleNode;
import org.junit.jupiter.api.Test;

class SpringFestivalTests {

    private final SpringFestival festival = SpringFestival.official();

    @Test
    void knowsTheFestivalsDayPerYear() {
        assertThat(festival.date(2023)).isEqualTo(LocalDate.of(2023, 1, 22));
        assertThat(festival.date(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(festival.date(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(festival.date(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(festival.month(2025)).isEqualTo(1);
        assertThat(festival.month(2026)).isEqualTo(2);
    }

    @Test
    void splitsTheSlowdownBetweenJanuaryAndFebruary() {
        // 2023: 01-22, slowdown 01-15 … 02-06: 17 of January's 31 days, 6 of February's 28 (counted by hand).
        assertThat(festival.share(Period.of(2023, 1))).isCloseTo(17 / 31.0, within(1e-9));
        assertThat(festival.share(Period.of(2023, 2))).isCloseTo(6 / 28.0, within(1e-9));
        // 2024: 02-10, slowdown 02-03 … 02-25: 23 of February's 29 days, none of January's.
        assertThat(festival.share(Period.of(2024, 1))).isZero();
        assertThat(festival.share(Period.of(2024, 2))).isCloseTo(23 / 29.0, within(1e-9));
        // 2026: 02-17, slowdown 02-10 … 03-04: 4 days of March.
        assertThat(festival.share(Period.of(2026, 3))).isCloseTo(4 / 31.0, within(1e-9));
        assertThat(festival.share(Period.of(2026, 4))).isZero();
    }

    @Test
    void rejectsADateThatCannotBeTheFestivalNamingTheLine() {
        String yaml = "id: sf\nname: x\nslowdown: {before-days: 7, after-days: 15}\ndates:\n  2024: 2024-03-10\n";
        assertThatThrownBy(() -> SpringFestival.read(RuleNode.parse("sf.yaml", new StringReader(yaml))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("sf.yaml")
                .hasMessageContaining(":5");
    }
}
