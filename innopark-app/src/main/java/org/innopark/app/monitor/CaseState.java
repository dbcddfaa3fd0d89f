package org.innopark.app.monitor;

import java.util.Locale;

/** The states of a monitoring case: 待分派 → 已分派 → 走访中 → 已办结 → 回访 (and reopened back to work). */
public enum CaseState {
    /** 待分派: raised by the scan, no officer yet. */
    NEW("待分派", "unassigned"),
    /** 已分派: an officer has it. */
    ASSIGNED("已分派", "assigned"),
    /** 走访中: the officer is visiting the firm. */
    VISITING("走访中", "visiting"),
    /** 已办结: resolved with an outcome. */
    RESOLVED("已办结", "resolved"),
    /** 回访: a follow-up visit after the resolution. */
    FOLLOW_UP("回访", "follow-up");

    private final String zh;
    private final String en;

    CaseState(String zh, String en) {
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

    /** Open: every state but 已办结 (a case under follow-up still collects the firm's new alerts of its rule). */
    public boolean open() {
        return this != RESOLVED;
    }

    /** Reads a state by its name or its Chinese name; null when it is neither. */
    public static CaseState parse(String text) {
        for (CaseState s : values()) {
            if (s.name().equalsIgnoreCase(text.strip()) || s.zh.equals(text.strip())) {
                return s;
            }
        }
        return null;
    }
}
