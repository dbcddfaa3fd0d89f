package org.innopark.app.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Values of the CSV files the platform hands out, written so that a spreadsheet program opening the file never runs
 * one as a formula. CSV has no cell types, so the guard is in the text: a value that a program could take for a
 * formula ({@link TextCells#couldBeFormula}) is written with a leading apostrophe, which Excel, LibreOffice and
 * Google Sheets show as a text marker. A plain number ({@code -3.5}, {@code +12}, {@code -1.2E3}) is left as it is: a
 * number is never a formula, and negative changes and growth rates must stay numbers.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {}

    /** The value as written into a CSV: text that could become a formula gets an apostrophe in front. */
    public static Object guard(Object value) {
        if (!(value instanceof CharSequence cs)) {
            return value;
        }
        String text = cs.toString();
        if (TextCells.couldBeFormula(text) && !PLAIN_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }

    /** A record's values guarded one by one, for {@code CSVPrinter.printRecord(Iterable)}. */
    public static List<Object> guardAll(Iterable<?> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(guard(v));
        }
        return out;
    }

    /** A record's values guarded one by one, for {@code CSVPrinter.printRecord(Object...)}. */
    public static Object[] guardAll(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = guard(values[i]);
        }
        return out;
    }
}
