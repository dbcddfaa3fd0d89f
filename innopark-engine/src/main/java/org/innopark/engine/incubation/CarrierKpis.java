package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;

/**
 * A carrier's KPIs as of a day, from its tenancies and what the registry holds of its firms. Each is a {@link Share}
 * with its parts.
 *
 * @param incubatees 在孵企业数 (entered or incubating on the day)
 * @param graduates 累计毕业企业数
 * @param entered tenancies that ever entered incubation
 * @param graduationRate 毕业率: graduates ÷ tenancies that entered
 * @param retention 毕业企业留区率: graduates still with the carrier or in the park (毕业, 加速, 留区) ÷ graduates
 * @param perThousandM2 每千m²在孵企业数: incubatees ÷ (area ÷ 1000)
 * @param patentApplicants incubatees that applied for an invention patent in their latest report year ÷ those reporting
 * @param ipHolders incubatees holding valid class-I or class-II IP in their latest report ÷ those reporting
 * @param funded incubatees that received venture capital in their latest report ÷ those reporting
 * @param graduatesHighTech graduates that became 高企 ÷ graduates
 * @param areaUsed area used by incubatees ÷ the carrier's area
 * @param mainField share of incubatees in the most common 技术领域 (of those with a field known), and that field
 */
public record CarrierKpis(
        long incubatees,
        long graduates,
        long entered,
        Share graduationRate,
        Share retention,
        Share perThousandM2,
        Share patentApplicants,
        Share ipHolders,
        Share funded,
        Share graduatesHighTech,
        Share areaUsed,
        Share mainField,
        HighTechField mainFieldName) {

    /** A tenancy with the registry's facts of its firm. */
    public record Member(Tenancy tenancy, IncubateeFacts facts) {}

    public static CarrierKpis of(List<Member> members, BigDecimal areaM2, LocalDate asOf) {
        long incubatees = 0;
        long graduates = 0;
        long entered = 0;
        long retained = 0;
        long highTech = 0;
        long reporting = 0;
        long applicants = 0;
        long holders = 0;
        long funded = 0;
        long withField = 0;
        BigDecimal usedArea = BigDecimal.ZERO;
        Map<HighTechField, Long> fields = new EnumMap<>(HighTechField.class);
        for (Member m : members) {
            Tenancy t = m.tenancy();
            if (t.entryDate() != null && !t.entryDate().isAfter(asOf)) {
                entered++;
            }
            if (t.graduated() && !t.graduationDate().isAfter(asOf)) {
                graduates++;
                if (t.state().graduatedAndHere()) {
                    retained++;
                }
                if (m.facts().qualifications().stream()
                        .anyMatch(q -> q.type() == QualificationType.HIGH_TECH
                                && !q.grantedOn().isAfter(asOf))) {
                    highTech++;
                }
            }
            if (!t.state().incubating()
                    || t.entryDate() == null
                    || t.entryDate().isAfter(asOf)) {
                continue;
            }
            incubatees++;
            if (t.areaM2() != null) {
                usedArea = usedArea.add(t.areaM2());
            }
            if (m.facts().field() != null) {
                withField++;
                fields.merge(m.facts().field(), 1L, Long::sum);
            }
            Optional<AnnualReport> latest = m.facts().reports().stream()
                    .filter(r -> r.year() <= asOf.getYear())
                    .max(Comparator.comparingInt(AnnualReport::year));
            if (latest.isPresent()) {
                AnnualReport r = latest.get();
                reporting++;
                if (positive(r.get(ReportField.INVENTION_APPLICATIONS))) {
                    applicants++;
                }
                if (positive(r.get(ReportField.IP_CLASS1)) || positive(r.get(ReportField.IP_CLASS2))) {
                    holders++;
                }
                if (positive(r.get(ReportField.VENTURE_CAPITAL))) {
                    funded++;
                }
            }
        }
        Map.Entry<HighTechField, Long> top = fields.entrySet().stream()
                .max(Map.Entry.<HighTechField, Long>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal()))
                .orElse(null);
        BigDecimal area = areaM2 == null ? BigDecimal.ZERO : areaM2;
        return new CarrierKpis(
                incubatees,
                graduates,
                entered,
                Share.of(graduates, entered),
                Share.of(retained, graduates),
                new Share(
                        BigDecimal.valueOf(incubatees), area.divide(BigDecimal.valueOf(1000), 6, RoundingMode.HALF_UP)),
                Share.of(applicants, reporting),
                Share.of(holders, reporting),
                Share.of(funded, reporting),
                Share.of(highTech, graduates),
                new Share(usedArea, area),
                Share.of(top == null ? 0 : top.getValue(), withField),
                top == null ? null : top.getKey());
    }

    /** The metrics of the recognition thresholds that the tenancies give (the rest are the carrier's own figures). */
    public Map<CarrierMetric, BigDecimal> metrics() {
        Map<CarrierMetric, BigDecimal> m = new EnumMap<>(CarrierMetric.class);
        m.put(CarrierMetric.INCUBATEES, BigDecimal.valueOf(incubatees));
        m.put(CarrierMetric.GRADUATES, BigDecimal.valueOf(graduates));
        put(m, CarrierMetric.INCUBATEES_PER_THOUSAND_M2, perThousandM2);
        put(m, CarrierMetric.PATENT_APPLICANT_SHARE, patentApplicants);
        put(m, CarrierMetric.IP_HOLDER_SHARE, ipHolders);
        put(m, CarrierMetric.FUNDED_INCUBATEE_SHARE, funded);
        put(m, CarrierMetric.INCUBATEE_AREA_SHARE, areaUsed);
        put(m, CarrierMetric.MAIN_FIELD_SHARE, mainField);
        return m;
    }

    private static void put(Map<CarrierMetric, BigDecimal> m, CarrierMetric k, Share s) {
        if (s.value() != null) {
            m.put(k, s.value());
        }
    }

    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }
}
