package org.innopark.engine.monitor;

import java.util.Locale;

/** 严重程度 of an alert, in rising order: 关注 (watch), 预警 (warning), 严重 (severe). */
public enum Severity {
    /** 关注: look at the firm at the next routine contact. */
    ATTENTION("关注", "attention"),
    /** 预警: contact the firm this month. */
    WARNING("预警", "warning"),
    /** 严重: visit the firm now. */
    SEVERE("严重", "severe");

    private final String zh;
    private final String en;

    Severity(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Reads 关注/预警/严重 or attention/warning/severe; null when the text is none of them. */
    public static Severity parse(String text) {
        String t = text.strip();
        for (Severity s : values()) {
            if (s.zh.equals(t) || s.en.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
