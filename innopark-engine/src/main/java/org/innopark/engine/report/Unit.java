package org.innopark.engine.report;

/**
 * What a figure counts, and how the bulletins write it: money in yuan is written in 万元 or 亿元, a ratio in percent
 * changes by 个百分点, a count has its measure word.
 */
public enum Unit {
    /** Money, held in yuan, written in 元, 万元 or 亿元. */
    YUAN("元", false),
    /** 家: enterprises, carriers. */
    ENTERPRISES("家", false),
    /** 人: employees, staff. */
    PERSONS("人", false),
    /** 件: patents. */
    ITEMS("件", false),
    /** 项: contracts, projects. */
    PROJECTS("项", false),
    /** 个: platforms, parks. */
    UNITS("个", false),
    /** 平方米: floor area. */
    SQUARE_METRES("平方米", false),
    /** 千瓦时: electricity used, written in 万千瓦时 or 亿千瓦时 when large. */
    KWH("千瓦时", false),
    /** A ratio in percent: its change is in 个百分点. */
    PERCENT("%", true),
    /** 分: innovation points, index scores. */
    POINTS("分", false),
    /** An index value against a base (基期 = 100), written without a unit. */
    INDEX("", false);

    private final String zh;
    private final boolean ratio;

    Unit(String zh, boolean ratio) {
        this.zh = zh;
        this.ratio = ratio;
    }

    /** The unit as written after the number (for money: 元, before scaling to 万元 or 亿元). */
    public String zh() {
        return zh;
    }

    /** Whether the figure is a ratio, whose change is a difference in 个百分点 rather than a growth rate. */
    public boolean ratio() {
        return ratio;
    }

    /** Whether the figure counts things (家, 人, 件, 项, 个): its change is also said as a difference (增加 N 家). */
    public boolean count() {
        return this == ENTERPRISES || this == PERSONS || this == ITEMS || this == PROJECTS || this == UNITS;
    }
}
