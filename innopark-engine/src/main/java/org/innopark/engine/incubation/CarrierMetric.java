package org.innopark.engine.incubation;

/**
 * A carrier's figure the 国家级 recognition thresholds are stated on. Shares are fractions (0.75 = 75 %); money in
 * yuan. Some come from the tenancies (incubatees, graduates, shares), the rest from the carrier's own survey figures.
 */
public enum CarrierMetric {
    YEARS_OPERATING("yearsOperating", "运营年限"),
    YEARS_REPORTED("yearsReported", "报送火炬统计年数"),
    AREA_M2("areaM2", "孵化场地面积"),
    INCUBATEE_AREA_SHARE("incubateeAreaShare", "在孵企业使用面积占比"),
    SEED_FUND("seedFund", "种子资金"),
    FUNDED_INCUBATEE_SHARE("fundedIncubateeShare", "获投资在孵企业占比"),
    FUNDED_CASES("fundedCases", "获投资案例数"),
    PROFESSIONAL_STAFF_SHARE("professionalStaffShare", "专业孵化服务人员占比"),
    MENTORS_PER_10("mentorsPer10", "每10家在孵企业创业导师数"),
    SERVICE_STAFF_PER_10("serviceStaffPer10", "每10家在孵企业服务人员数"),
    PATENT_APPLICANT_SHARE("patentApplicantShare", "申请专利的在孵企业占比"),
    IP_HOLDER_SHARE("ipHolderShare", "拥有有效知识产权的在孵企业占比"),
    INCUBATEES("incubatees", "在孵企业数"),
    INCUBATEES_PER_THOUSAND_M2("incubateesPerThousandM2", "每千平方米在孵企业数"),
    GRADUATES("graduates", "累计毕业企业数"),
    MAIN_FIELD_SHARE("mainFieldShare", "主导领域在孵企业占比");

    private final String key;
    private final String zh;

    CarrierMetric(String key, String zh) {
        this.key = key;
        this.zh = zh;
    }

    public String key() {
        return key;
    }

    public String zh() {
        return zh;
    }

    /** The metric with the key, or null. */
    static CarrierMetric ofKey(String key) {
        for (CarrierMetric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }

    static String keys() {
        StringBuilder sb = new StringBuilder();
        for (CarrierMetric m : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(m.key);
        }
        return sb.toString();
    }
}
