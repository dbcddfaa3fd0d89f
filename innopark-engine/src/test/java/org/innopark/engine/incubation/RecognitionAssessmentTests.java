package org.innopark.engine.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.incubation.IncubationFixtures.RULES;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.innopark.engine.incubation.RecognitionAssessment.ThresholdResult;
import org.innopark.engine.ladder.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecognitionAssessmentTests {

    private final RecognitionAssessment assessment = new RecognitionAssessment(RULES);

    /** A carrier that meets every 综合 threshold with a margin. */
    private static Map<CarrierMetric, BigDecimal> passing() {
        Map<CarrierMetric, BigDecimal> m = new EnumMap<>(CarrierMetric.class);
        m.put(CarrierMetric.YEARS_OPERATING, new BigDecimal("5"));
        m.put(CarrierMetric.YEARS_REPORTED, new BigDecimal("4"));
        m.put(CarrierMetric.AREA_M2, new BigDecimal("20000"));
        m.put(CarrierMetric.INCUBATEE_AREA_SHARE, new BigDecimal("0.8"));
        m.put(CarrierMetric.SEED_FUND, new BigDecimal("8000000"));
        m.put(CarrierMetric.FUNDED_INCUBATEE_SHARE, new BigDecimal("0.2"));
        m.put(CarrierMetric.FUNDED_CASES, new BigDecimal("6"));
        m.put(CarrierMetric.PROFESSIONAL_STAFF_SHARE, new BigDecimal("0.9"));
        m.put(CarrierMetric.MENTORS_PER_10, new BigDecimal("2"));
        m.put(CarrierMetric.SERVICE_STAFF_PER_10, new BigDecimal("1.5"));
        m.put(CarrierMetric.PATENT_APPLICANT_SHARE, new BigDecimal("0.6"));
        m.put(CarrierMetric.IP_HOLDER_SHARE, new BigDecimal("0.1"));
        m.put(CarrierMetric.INCUBATEES, new BigDecimal("80"));
        m.put(CarrierMetric.INCUBATEES_PER_THOUSAND_M2, new BigDecimal("4"));
        m.put(CarrierMetric.GRADUATES, new BigDecimal("30"));
        m.put(CarrierMetric.MAIN_FIELD_SHARE, new BigDecimal("0.8"));
        return m;
    }

    private static ThresholdResult result(RecognitionAssessment.Verdict v, String id) {
        return v.thresholds().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCarrierWithMarginsPassesBothVariants() {
        assertThat(assessment.assess("comprehensive", false, passing()).status())
                .isEqualTo(Status.PASS);
        assertThat(assessment.assess("specialised", false, passing()).status()).isEqualTo(Status.PASS);
    }

    // ≥ 10,000 m² (inclusive): 9,999 misses by 1.
    @ParameterizedTest
    @CsvSource({"9999, FAIL, 1", "10000, PASS, 0", "10001, PASS, 0"})
    void areaThresholdWithItsGap(String area, Status expected, String gap) {
        Map<CarrierMetric, BigDecimal> m = passing();
        m.put(CarrierMetric.AREA_M2, new BigDecimal(area));
        ThresholdResult r = result(assessment.assess("comprehensive", false, m), "area");
        assertThat(r.status()).isEqualTo(expected);
        assertThat(r.gap()).isEqualByComparingTo(gap);
    }

    // Remote areas: 10,000 × 0.8 = 8,000 m²; 50 × 0.8 = 40 incubatees; 20 × 0.8 = 16 graduates.
    @ParameterizedTest
    @CsvSource({"7999, FAIL", "8000, PASS", "8001, PASS"})
    void remoteAreasLowerTheAreaByAFifth(String area, Status expected) {
        Map<CarrierMetric, BigDecimal> m = passing();
        m.put(CarrierMetric.AREA_M2, new BigDecimal(area));
        ThresholdResult r = result(assessment.assess("comprehensive", true, m), "area");
        assertThat(r.required()).isEqualByComparingTo("8000");
        assertThat(r.status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "comprehensive, false, 49, FAIL",
        "comprehensive, false, 50, PASS",
        "comprehensive, true, 39, FAIL",
        "comprehensive, true, 40, PASS",
        "specialised, false, 29, FAIL",
        "specialised, false, 30, PASS",
        "specialised, false, 31, PASS"
    })
    void incubateeCountsByVariant(String variant, boolean remote, String incubatees, Status expected) {
        Map<CarrierMetric, BigDecimal> m = passing();
        m.put(CarrierMetric.INCUBATEES, new BigDecimal(incubatees));
        assertThat(result(assessment.assess(variant, remote, m), "incubatees").status())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"comprehensive, 19, FAIL", "comprehensive, 20, PASS", "specialised, 14, FAIL", "specialised, 15, PASS"})
    void graduateCountsByVariant(String variant, String graduates, Status expected) {
        Map<CarrierMetric, BigDecimal> m = passing();
        m.put(CarrierMetric.GRADUATES, new BigDecimal(graduates));
        assertThat(result(assessment.assess(variant, false, m), "graduates").status())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.49, 0.29, FAIL", "0.50, 0.29, PASS", "0.49, 0.30, PASS", "0.49, 0.31, PASS"})
    void intellectualPropertyIsEitherShare(String applicants, String holders, Status expected) {
        Map<CarrierMetric, BigDecimal> m = passing();
        m.put(CarrierMetric.PATENT_APPLICANT_SHARE, new BigDecimal(applicants));
        m.put(CarrierMetric.IP_HOLDER_SHARE, new BigDecimal(holders));
        ThresholdResult r = result(assessment.assess("comprehensive", false, m), "ip");
        assertThat(r.status()).isEqualTo(expected);
        assertThat(r.alternatives()).hasSize(2);
    }

    @Test
    void theMainFieldShareOnlyCountsForSpecialisedIncubators() {
        Map<CarrierMetric, BigDecimal> m = passing();
        m.put(CarrierMetric.MAIN_FIELD_SHARE, new BigDecimal("0.74"));
        assertThat(assessment.assess("comprehensive", false, m).status()).isEqualTo(Status.PASS);
        RecognitionAssessment.Verdict v = assessment.assess("specialised", false, m);
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.unmet()).isEqualTo(1);
        assertThat(result(v, "main_field").gap()).isEqualByComparingTo("0.01");
    }

    @Test
    void anUnknownFigureLeavesTheThresholdUndecided() {
        Map<CarrierMetric, BigDecimal> m = passing();
        m.remove(CarrierMetric.SEED_FUND);
        RecognitionAssessment.Verdict v = assessment.assess("comprehensive", false, m);
        assertThat(result(v, "seed_fund").status()).isEqualTo(Status.UNKNOWN);
        assertThat(v.status()).isEqualTo(Status.UNKNOWN);
    }
}
