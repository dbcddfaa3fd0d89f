package org.innopark.engine.registry;

/** 创新平台: the kinds of innovation platform. */
public enum PlatformType implements Labelled {
    KEY_LAB("重点实验室", "Key laboratory"),
    ENGINEERING_RESEARCH_CENTER("工程研究中心", "Engineering research centre"),
    ENGINEERING_TECH_CENTER("工程技术研究中心", "Engineering technology research centre"),
    TECH_INNOVATION_CENTER("技术创新中心", "Technology innovation centre"),
    ENTERPRISE_TECH_CENTER("企业技术中心", "Enterprise technology centre"),
    NEW_RD_INSTITUTE("新型研发机构", "New R&D institute"),
    ACADEMICIAN_WORKSTATION("院士工作站", "Academician workstation"),
    POSTDOC_WORKSTATION("博士后工作站", "Postdoctoral workstation"),
    PUBLIC_TECH_SERVICE("公共技术服务平台", "Public technology service platform"),
    PILOT_BASE("中试基地", "Pilot-scale base"),
    INDUSTRIAL_INNOVATION_CENTER("产业创新中心", "Industrial innovation centre"),
    MANUFACTURING_INNOVATION_CENTER("制造业创新中心", "Manufacturing innovation centre"),
    OTHER("其他平台", "Other platform");

    private final String zh;
    private final String en;

    PlatformType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static PlatformType parse(String text) {
        return Labelled.parse(PlatformType.class, text, "平台类型", "platform type");
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
