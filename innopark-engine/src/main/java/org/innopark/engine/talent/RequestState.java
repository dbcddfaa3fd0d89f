package org.innopark.engine.talent;

import java.util.Locale;

/** The states of a talent service request: 已提交 → 已分派 → 办理中 → 已办结, or 已退回 with a reason. */
public enum RequestState {
    /** 已提交: written by the talent or the firm, nobody has it yet. */
    SUBMITTED("已提交", "submitted"),
    /** 已分派: an officer (人才服务专员) has it. */
    ASSIGNED("已分派", "assigned"),
    /** 办理中: the officer is working on it. */
    IN_PROGRESS("办理中", "in progress"),
    /** 已办结: settled, with what was done. */
    DONE("已办结", "done"),
    /** 已退回: not taken up, with the reason. */
    REJECTED("已退回", "rejected");

    private final String zh;
    private final String en;

    RequestState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    public boolean open() {
        return this != DONE && this != REJECTED;
    }

    /** Reads a state by its name or Chinese name; null when it is neither. */
    public static RequestState parse(String text) {
        if (text == null) {
            return null;
        }
        for (RequestState s : values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || s.zh.equals(text.strip())) {
                return s;
            }
        }
        return null;
    }
}
