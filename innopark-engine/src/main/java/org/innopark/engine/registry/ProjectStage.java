package org.innopark.engine.registry;

/** 招商项目阶段: the stages of an attraction project from lead to production. */
public enum ProjectStage implements Labelled {
    LEAD("线索", "Lead"),
    NEGOTIATING("洽谈", "Negotiating"),
    SIGNED("签约", "Signed"),
    UNDER_CONSTRUCTION("在建", "Under construction"),
    IN_PRODUCTION("投产", "In production"),
    DROPPED("终止", "Dropped");

    private final String zh;
    private final String en;

    ProjectStage(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Parses a code, Chinese name or English name. */
    public static ProjectStage parse(String text) {
        return Labelled.parse(ProjectStage.class, text, "项目阶段", "project stage");
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
