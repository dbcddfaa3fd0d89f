package org.innopark.app.monitor;

import java.util.Locale;

/** How a case was resolved: the label the park's officers give each alert, and so each rule's false-alarm rate. */
public enum CaseOutcome {
    /** 确认异常: the firm was in trouble. */
    CONFIRMED("确认异常", "confirmed"),
    /** 已帮扶: in trouble, and helped. */
    HELPED("已帮扶", "helped"),
    /** 误报: the firm was fine; the alert was false. */
    FALSE_ALARM("误报", "false alarm");

    private final String zh;
    private final String en;

    CaseOutcome(String zh, String en) {
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

    /** Reads an outcome by its name, its Chinese or its English name; null when it is none of them. */
    public static CaseOutcome parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (CaseOutcome o : values()) {
            if (o.name().equalsIgnoreCase(t) || o.zh.equals(t) || o.en.equalsIgnoreCase(t)) {
                return o;
            }
        }
        return null;
    }
}
