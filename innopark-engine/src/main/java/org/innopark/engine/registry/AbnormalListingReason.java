package org.innopark.engine.registry;

/**
 * The four statutory reasons for listing an enterprise in the 经营异常名录 (《企业经营异常名录管理暂行办法》第四条).
 */
public enum AbnormalListingReason implements Labelled {
    ANNUAL_REPORT_NOT_PUBLISHED("未按照规定的期限公示年度报告", "Annual report not published within the time limit"),
    INFORMATION_NOT_PUBLISHED("未在责令的期限内公示有关企业信息", "Information not published within the ordered time limit"),
    FALSE_INFORMATION("公示企业信息隐瞒真实情况、弄虚作假", "Published information concealed facts or was falsified"),
    UNREACHABLE("通过登记的住所或者经营场所无法联系", "Cannot be reached at the registered domicile or premises");

    private final String zh;
    private final String en;

    AbnormalListingReason(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static AbnormalListingReason parse(String text) {
        return Labelled.parse(AbnormalListingReason.class, text, "列入经营异常名录原因", "abnormal-listing reason");
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
