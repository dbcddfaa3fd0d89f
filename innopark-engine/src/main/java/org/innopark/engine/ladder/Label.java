package org.innopark.engine.ladder;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A text in Chinese and English; Chinese is the default. An explanation may be {@linkplain #lazy(Supplier, Supplier)
 * lazy}: its texts are written only when read, so that assessing a whole park does not format every explanation of
 * every verdict (most are never shown). Immutable and thread-safe; equal when the texts are.
 */
public final class Label {

    private volatile String zh;
    private volatile String en;
    private Supplier<String> zhText;
    private Supplier<String> enText;

    public Label(String zh, String en) {
        this.zh = zh == null ? "" : zh;
        this.en = en == null || en.isEmpty() ? this.zh : en;
    }

    private Label(Supplier<String> zh, Supplier<String> en) {
        this.zhText = zh;
        this.enText = en;
    }

    /** A label whose texts are written when first read; the suppliers must read only immutable values. */
    public static Label lazy(Supplier<String> zh, Supplier<String> en) {
        return new Label(Objects.requireNonNull(zh), Objects.requireNonNull(en));
    }

    public String zh() {
        String z = zh;
        if (z == null) {
            synchronized (this) {
                if (zh == null) {
                    String text = zhText.get();
                    zh = text == null ? "" : text;
                    zhText = null;
                }
                z = zh;
            }
        }
        return z;
    }

    public String en() {
        String e = en;
        if (e == null) {
            synchronized (this) {
                if (en == null) {
                    String text = enText.get();
                    en = text == null || text.isEmpty() ? zh() : text;
                    enText = null;
                }
                e = en;
            }
        }
        return e;
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en() : zh();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Label l && l.zh().equals(zh()) && l.en().equals(en());
    }

    @Override
    public int hashCode() {
        return 31 * zh().hashCode() + en().hashCode();
    }

    @Override
    public String toString() {
        return zh();
    }
}
