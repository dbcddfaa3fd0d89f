package org.innopark.engine.monitor;

/** The four figures of a monthly report that the monitoring reads, with their Chinese names and units. */
public enum Measure {
    REVENUE("营业收入", "万元"),
    TAX("纳税总额", "万元"),
    HEADCOUNT("社保缴纳人数", "人"),
    ELECTRICITY("用电量", "千瓦时");

    private final String zh;
    private final String unit;

    Measure(String zh, String unit) {
        this.zh = zh;
        this.unit = unit;
    }

    public String zh() {
        return zh;
    }

    public String unit() {
        return unit;
    }

    /** The column header of a monthly report file: {@code 营业收入(万元)}, {@code 社保缴纳人数} (a count of people). */
    public String header() {
        return this == HEADCOUNT ? zh : zh + "(" + unit + ")";
    }

    /** The measure of a rule file's key ({@code revenue}, {@code headcount}, …). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
