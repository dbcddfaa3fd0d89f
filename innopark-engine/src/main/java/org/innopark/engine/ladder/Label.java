package org.innopark.engine.ladder;

import java.util.Locale;

/** A text in Chinese and English; Chinese is the default. */
public record Label(String zh, String en) {

    public Label {
        zh = zh == null ? "" : zh;
        en = en == null || en.isEmpty() ? zh : en;
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    @Override
    public String toString() {
        return zh;
    }
}
