package org.innopark.engine.registry;

/** 资质: the statuses of the cultivation ladder an enterprise can hold. */
public enum QualificationType implements Labelled {
    TECH_SME("科技型中小企业", "Technology-based SME"),
    HIGH_TECH("高新技术企业", "High-tech enterprise"),
    INNOVATIVE_SME("创新型中小企业", "Innovative SME"),
    SRDI_SME("专精特新中小企业", "SRDI SME"),
    LITTLE_GIANT("专精特新\"小巨人\"", "SRDI little giant"),
    GAZELLE("瞪羚企业", "Gazelle"),
    UNICORN("独角兽企业", "Unicorn"),
    LISTED("上市企业", "Listed company");

    private final String zh;
    private final String en;

    QualificationType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static QualificationType parse(String text) {
        return Labelled.parse(QualificationType.class, text, "资质类型", "qualification type");
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
