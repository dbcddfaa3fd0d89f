package org.innopark.engine.registry;

import java.util.Locale;

/** A code-list entry with a Chinese and an English name; Chinese is the default. */
public interface Labelled {

    /** The stable code stored in the database and written in files. */
    String code();

    String zh();

    String en();

    default String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en() : zh();
    }

    /**
     * Finds the entry of an enum whose code, Chinese name or English name equals the text (ignoring case and
     * surrounding blanks), as people type them in spreadsheets.
     *
     * @throws InvalidValueException listing the valid Chinese names when nothing matches
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String raw, String whatZh, String whatEn) {
        String text = raw == null ? "" : raw.strip();
        for (E e : type.getEnumConstants()) {
            if (e.code().equalsIgnoreCase(text) || e.zh().equals(text) || e.en().equalsIgnoreCase(text)) {
                return e;
            }
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (zh.length() > 0) {
                zh.append('、');
                en.append(", ");
            }
            zh.append(e.zh());
            en.append(e.code());
        }
        throw new InvalidValueException(
                whatZh + "'" + text + "'无效,可选值:" + zh, whatEn + " '" + text + "' is not valid; valid values: " + en);
    }
}
