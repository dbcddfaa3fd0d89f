package org.innopark.app.ladder;

import java.util.Locale;

/**
 * Bad input in an analyst's spreadsheet, with where it is: the file, the row (as numbered in the file, the header
 * being row 1) and the column (its header and its spreadsheet letter), in Chinese and English.
 */
public class SpreadsheetException extends RuntimeException {

    private final String file;
    private final int row;
    private final String column;
    private final String messageZh;
    private final String messageEn;

    public SpreadsheetException(String file, int row, String column, String messageZh, String messageEn) {
        super(where(file, row, column, false) + messageEn);
        this.file = file;
        this.row = row;
        this.column = column;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String file() {
        return file;
    }

    /** The row in the file (header = 1), 0 when the problem is not in one row. */
    public int row() {
        return row;
    }

    /** The column, e.g. {@code D (营业收入(万元))}, null when the problem is not in one column. */
    public String column() {
        return column;
    }

    public String message(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return where(file, row, column, !en) + (en ? messageEn : messageZh);
    }

    private static String where(String file, int row, String column, boolean zh) {
        StringBuilder b = new StringBuilder(file);
        if (row > 0) {
            b.append(zh ? " 第" + row + "行" : " row " + row);
        }
        if (column != null) {
            b.append(zh ? " 列 " : " column ").append(column);
        }
        return b.append(zh ? ":" : ": ").toString();
    }
}
