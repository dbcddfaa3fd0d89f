package org.innopark.engine.registry;

/**
 * 事故等级 of a safety, quality or environmental incident, in increasing severity (《生产安全事故报告和调查处理条例》
 * 第三条: 一般、较大、重大、特别重大).
 */
public enum IncidentLevel implements Labelled {
    ORDINARY("一般", "Ordinary"),
    LARGER("较大", "Larger"),
    MAJOR("重大", "Major"),
    EXTRAORDINARY("特别重大", "Extraordinarily serious");

    private final String zh;
    private final String en;

    IncidentLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name; "一般事故" and "重大事故" are read as their level. */
    public static IncidentLevel parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith("事故") && t.length() > 2) {
            t = t.substring(0, t.length() - 2);
        }
        return Labelled.parse(IncidentLevel.class, t, "事故等级", "incident level");
    }

    /** Whether this level is at least the other. */
    public boolean atLeast(IncidentLevel other) {
        return ordinal() >= other.ordinal();
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
