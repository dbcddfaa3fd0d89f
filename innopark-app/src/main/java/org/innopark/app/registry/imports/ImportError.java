package org.innopark.app.registry.imports;

import java.util.Locale;

/**
 * One problem of an import file, where the user sees it: the sheet, the row number as shown by Excel (the header is
 * row 1; 0 for a problem of the whole file), the column's header, the cell's text, and the message in Chinese and
 * English.
 */
public record ImportError(String sheet, int row, String column, String value, String messageZh, String messageEn) {

    /** The message in the reader's language: English for {@code en}, Chinese otherwise. */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }

    /** {@code sheet row column value: message}, as the command line prints it. */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append(sheet == null ? "-" : sheet).append(' ');
        sb.append(row == 0 ? "-" : Integer.toString(row)).append(' ');
        sb.append(column == null || column.isEmpty() ? "-" : column).append(' ');
        sb.append(value == null || value.isEmpty() ? "''" : "'" + value + "'");
        return sb.append(": ").append(message(locale)).toString();
    }
}
