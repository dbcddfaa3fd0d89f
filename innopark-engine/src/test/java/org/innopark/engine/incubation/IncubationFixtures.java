package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;

/** Tenancies and facts built through the domain for the incubation tests. */
final class IncubationFixtures {

    static final IncubationRules RULES = IncubationRules.builtIn();
    static final CreditCode CODE = CreditCode.of("91350100M000100Y43");
    static final String PARK = "P1";
    static final String CARRIER = "火炬创业中心";

    private IncubationFixtures() {}

    static Tenancy incubating(LocalDate entry, String specialField) {
        return new Tenancy(
                PARK,
                CARRIER,
                CODE,
                TenancyState.INCUBATING,
                entry,
                null,
                entry,
                "FH-2020-001",
                new BigDecimal("120"),
                "A座301",
                null,
                null,
                null,
                null,
                specialField);
    }

    static Tenancy graduated(LocalDate entry, LocalDate graduation, TenancyState state) {
        return new Tenancy(
                PARK,
                CARRIER,
                CODE,
                state,
                graduation,
                null,
                entry,
                "FH-2020-002",
                new BigDecimal("200"),
                "B座",
                graduation,
                "high_tech",
                null,
                null,
                null);
    }

    static Qualification qualification(QualificationType type, LocalDate granted) {
        return new Qualification(
                CODE,
                type,
                Level.NATIONAL,
                "GR" + granted.getYear(),
                granted,
                granted.plusYears(3).minusDays(1));
    }

    static AnnualReport report(int year, ReportField field, String value) {
        Map<ReportField, BigDecimal> m = new EnumMap<>(ReportField.class);
        m.put(field, new BigDecimal(value));
        return AnnualReport.of(CODE, year, m);
    }

    static AnnualReport report(int year, Map<ReportField, BigDecimal> figures) {
        return AnnualReport.of(CODE, year, figures);
    }

    static IncubateeFacts facts(LocalDate founded, List<Qualification> qs, List<AnnualReport> reports) {
        return new IncubateeFacts(CODE, founded, qs, reports, false, null, HighTechField.ELECTRONIC_INFORMATION);
    }
}
