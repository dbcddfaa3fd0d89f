package org.innopark.engine.registry;

/** The administrative level of a qualification, platform, carrier or talent programme. */
public enum Level implements Labelled {
    NATIONAL("国家级", "National"),
    PROVINCIAL("省级", "Provincial"),
    MUNICIPAL("市级", "Municipal"),
    DISTRICT("区县级", "District");

    private final String zh;
    private final String en;

    Level(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static Level parse(String text) {
        return Labelled.parse(Level.class, text, "级别", "level");
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
