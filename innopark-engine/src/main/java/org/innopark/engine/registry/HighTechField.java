package org.innopark.engine.registry;

/** 国家重点支持的高新技术领域: the 8 fields of technology supported for high-tech enterprises. */
public enum HighTechField implements Labelled {
    ELECTRONIC_INFORMATION("电子信息", "Electronic information"),
    BIO_MEDICINE("生物与新医药", "Biotechnology and new medicine"),
    AEROSPACE("航空航天", "Aerospace"),
    NEW_MATERIALS("新材料", "New materials"),
    HIGH_TECH_SERVICES("高技术服务", "High-tech services"),
    NEW_ENERGY("新能源与节能", "New energy and energy saving"),
    RESOURCES_ENVIRONMENT("资源与环境", "Resources and environment"),
    ADVANCED_MANUFACTURING("先进制造与自动化", "Advanced manufacturing and automation");

    private final String zh;
    private final String en;

    HighTechField(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static HighTechField parse(String text) {
        return Labelled.parse(HighTechField.class, text, "高新技术领域", "high-tech field");
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
