package org.innopark.engine.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innopark.engine.incubation.IncubationFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.innopark.engine.registry.InvalidValueException;
import org.junit.jupiter.api.Test;

class LifecycleTests {

    private final Lifecycle lifecycle = new Lifecycle(RULES);
    private static final LocalDate DAY = LocalDate.of(2022, 4, 1);

    @Test
    void entryNeedsTheAgreementAndTheArea() {
        Tenancy nursery = Tenancy.start(PARK, CARRIER, CODE, TenancyState.PRE_INCUBATION, DAY);
        assertThatThrownBy(() -> lifecycle.apply(nursery, Lifecycle.Move.to(TenancyState.ENTERED, DAY.plusMonths(3))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("agreement_no")
                .hasMessageContaining("area");
        Tenancy entered = lifecycle.apply(
                nursery,
                new Lifecycle.Move(
                        TenancyState.ENTERED, DAY.plusMonths(3), "FH-001", new BigDecimal("80"), "C座", null, null));
        assertThat(entered.state()).isEqualTo(TenancyState.ENTERED);
        assertThat(entered.entryDate()).isEqualTo(DAY.plusMonths(3));
    }

    @Test
    void graduationNeedsAKnownCriterion() {
        Tenancy t = incubating(DAY, null);
        assertThatThrownBy(() -> lifecycle.apply(t, Lifecycle.Move.to(TenancyState.GRADUATED, DAY.plusYears(2))))
                .hasMessageContaining("criterion");
        assertThatThrownBy(() -> lifecycle.apply(
                        t,
                        new Lifecycle.Move(TenancyState.GRADUATED, DAY.plusYears(2), null, null, null, "luck", null)))
                .hasMessageContaining("unknown graduation criterion 'luck'");
        Tenancy g = lifecycle.apply(
                t, new Lifecycle.Move(TenancyState.GRADUATED, DAY.plusYears(2), null, null, null, "revenue", null));
        assertThat(g.graduationDate()).isEqualTo(DAY.plusYears(2));
        assertThat(g.criterionId()).isEqualTo("revenue");
    }

    @Test
    void aMoveNotInTheFileIsRefusedNamingTheAllowedOnes() {
        Tenancy t = incubating(DAY, null);
        assertThatThrownBy(() -> lifecycle.apply(t, Lifecycle.Move.to(TenancyState.STAYED, DAY.plusYears(1))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageZh()).contains("不能从「在孵」转为「留区」").contains("毕业"));
    }

    @Test
    void aMoveCannotBeDatedBeforeTheCurrentState() {
        Tenancy t = incubating(DAY, null);
        assertThatThrownBy(() -> lifecycle.apply(
                        t,
                        new Lifecycle.Move(TenancyState.MOVED_OUT, DAY.minusDays(1), null, null, null, null, "迁往外地")))
                .hasMessageContaining("before the current state's date");
    }

    @Test
    void anEndedTenancyIsFinal() {
        Tenancy t = lifecycle.apply(
                incubating(DAY, null),
                new Lifecycle.Move(TenancyState.MOVED_OUT, DAY.plusDays(10), null, null, null, null, "迁往外地"));
        assertThat(t.exitDate()).isEqualTo(DAY.plusDays(10));
        assertThatThrownBy(() -> lifecycle.apply(t, Lifecycle.Move.to(TenancyState.ENTERED, DAY.plusDays(20))))
                .hasMessageContaining("(final state)");
    }

    @Test
    void aWholeRowStatesWhatItsStateLacks() {
        Tenancy noAgreement = new Tenancy(
                PARK,
                CARRIER,
                CODE,
                TenancyState.INCUBATING,
                DAY,
                null,
                DAY,
                null,
                new BigDecimal("50"),
                null,
                null,
                null,
                null,
                null,
                "航天");
        assertThat(lifecycle.problems(noAgreement))
                .extracting(p -> p[0])
                .containsExactly("agreement_no", "special_field");
        assertThat(lifecycle.problems(incubating(DAY, "集成电路设计"))).isEmpty();
    }

    @Test
    void datesOutOfOrderAreRejected() {
        assertThatThrownBy(() -> new Tenancy(
                        PARK,
                        CARRIER,
                        CODE,
                        TenancyState.GRADUATED,
                        DAY,
                        null,
                        DAY,
                        "A",
                        BigDecimal.ONE,
                        null,
                        DAY.minusDays(1),
                        "high_tech",
                        null,
                        null,
                        null))
                .hasMessageContaining("graduation date");
    }
}
