package org.innopark.engine.registry;

/** 国家级 or 省级 high-tech zone. */
public enum ParkLevel implements Labelled {
    NATIONAL("国家高新区", "National high-tech zone"),
    PROVINCIAL("省级高新区", "Provincial high-tech zone");

    private final String zh;
    private final String en;

    ParkLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static ParkLevel parse(String text) {
        return Labelled.parse(ParkLevel.class, text, "园区级别", "park level");
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
