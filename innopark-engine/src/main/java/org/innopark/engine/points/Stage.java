package org.innopark.engine.points;

import org.innopark.engine.registry.Labelled;

/** 企业发展阶段: the stage of an enterprise, which selects the weights of a points scheme. */
public enum Stage implements Labelled {
    START_UP("初创期", "Start-up"),
    GROWTH("成长期", "Growth"),
    MATURE("稳定期", "Mature");

    private static final Stage[] VALUES = values();

    private final String zh;
    private final String en;

    Stage(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The stage with the given ordinal, as stored in a {@link PointsInput} stage column. */
    public static Stage ofOrdinal(int ordinal) {
        return VALUES[ordinal];
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
