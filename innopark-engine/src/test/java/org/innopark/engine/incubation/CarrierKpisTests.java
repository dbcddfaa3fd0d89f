package org.innopark.engine.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.incubation.IncubationFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.Test;

class CarrierKpisTests {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private static CarrierKpis.Member member(Tenancy t, IncubateeFacts f) {
        return new CarrierKpis.Member(t, f);
    }

    @Test
    void kpisComputedFromTheTenancies() {
        LocalDate entry = LocalDate.of(2022, 1, 1);
        Map<ReportField, BigDecimal> withIp = new EnumMap<>(ReportField.class);
        withIp.put(ReportField.IP_CLASS1, BigDecimal.ONE);
        withIp.put(ReportField.INVENTION_APPLICATIONS, new BigDecimal("2"));
        Map<ReportField, BigDecimal> funded = new EnumMap<>(ReportField.class);
        funded.put(ReportField.VENTURE_CAPITAL, new BigDecimal("1000000"));
        funded.put(ReportField.IP_CLASS1, BigDecimal.ZERO);
        List<CarrierKpis.Member> members = List.of(
                // three incubatees (120 m² each): one with IP and patents, one funded, one without a report
                member(incubating(entry, null), facts(entry, List.of(), List.of(report(2025, withIp)))),
                member(incubating(entry, null), facts(entry, List.of(), List.of(report(2025, funded)))),
                member(
                        incubating(entry, null),
                        new IncubateeFacts(CODE, entry, List.of(), List.of(), false, null, HighTechField.BIO_MEDICINE)),
                // two graduates: one stayed and became 高企, one moved out
                member(
                        graduated(entry, LocalDate.of(2024, 6, 1), TenancyState.STAYED),
                        facts(
                                entry,
                                List.of(qualification(QualificationType.HIGH_TECH, LocalDate.of(2024, 5, 1))),
                                List.of())),
                member(
                        new Tenancy(
                                PARK,
                                CARRIER,
                                CODE,
                                TenancyState.MOVED_OUT,
                                LocalDate.of(2025, 1, 1),
                                null,
                                entry,
                                "A",
                                BigDecimal.TEN,
                                "X",
                                LocalDate.of(2024, 7, 1),
                                "revenue",
                                LocalDate.of(2025, 1, 1),
                                "迁往外地",
                                null),
                        facts(entry, List.of(), List.of())),
                // one still in the nursery: not entered
                member(
                        Tenancy.start(PARK, CARRIER, CODE, TenancyState.PRE_INCUBATION, entry),
                        facts(entry, List.of(), List.of())));
        CarrierKpis k = CarrierKpis.of(members, new BigDecimal("1500"), AS_OF);
        assertThat(k.incubatees()).isEqualTo(3);
        assertThat(k.graduates()).isEqualTo(2);
        assertThat(k.entered()).isEqualTo(5);
        assertThat(k.graduationRate().value()).isEqualByComparingTo("0.4"); // 2 / 5
        assertThat(k.retention().value()).isEqualByComparingTo("0.5"); // 1 of 2 stayed
        assertThat(k.perThousandM2().value()).isEqualByComparingTo("2"); // 3 / 1.5
        assertThat(k.patentApplicants().value()).isEqualByComparingTo("0.5"); // 1 of the 2 reporting
        assertThat(k.ipHolders().value()).isEqualByComparingTo("0.5");
        assertThat(k.funded().value()).isEqualByComparingTo("0.5");
        assertThat(k.graduatesHighTech().value()).isEqualByComparingTo("0.5");
        assertThat(k.areaUsed().value()).isEqualByComparingTo("0.24"); // 360 / 1500
        assertThat(k.mainField().value()).isEqualByComparingTo("0.6667"); // 2 of 3 in 电子信息
        assertThat(k.mainFieldName()).isEqualTo(HighTechField.ELECTRONIC_INFORMATION);
        assertThat(k.metrics()).containsEntry(CarrierMetric.INCUBATEES, BigDecimal.valueOf(3));
    }

    @Test
    void anEmptyCarrierHasNoRatios() {
        CarrierKpis k = CarrierKpis.of(List.of(), BigDecimal.ZERO, AS_OF);
        assertThat(k.graduationRate().value()).isNull();
        assertThat(k.graduationRate().percent()).isEqualTo("—");
        assertThat(k.metrics()).doesNotContainKey(CarrierMetric.INCUBATEES_PER_THOUSAND_M2);
    }
}
