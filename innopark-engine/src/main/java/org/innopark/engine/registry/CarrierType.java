package org.innopark.engine.registry;

/** 孵化载体: the kinds of incubation carrier. */
public enum CarrierType implements Labelled {
    MAKER_SPACE("众创空间", "Maker space"),
    INCUBATOR("孵化器", "Incubator"),
    ACCELERATOR("加速器", "Accelerator"),
    UNIVERSITY_SCIENCE_PARK("大学科技园", "University science park");

    private final String zh;
    private final String en;

    CarrierType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static CarrierType parse(String text) {
        return Labelled.parse(CarrierType.class, text, "载体类型", "carrier type");
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
