package org.innopark.engine.patent;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPC symbol (国际专利分类号) down to its group: subclass {@code H01M}, main group {@code 10}, subgroup
 * {@code 0525}. Read from the forms people and data files write ({@code H01M 10/0525}, {@code H01M10/0525},
 * full-width characters, a trailing version such as {@code (2010.01)}, and WIPO's 14-character form
 * {@code H01M0010052500}); written back as {@code H01M 10/0525} ({@link #toString()}) or in the 14-character
 * canonical form ({@link #canonical()}).
 *
 * @param subclass section letter A–H, two-digit class, subclass letter
 * @param mainGroup 1 to 9999
 * @param subgroup two to six digits, as written ({@code 00} for the main group itself)
 */
public record IpcSymbol(String subclass, int mainGroup, String subgroup) implements Comparable<IpcSymbol> {

    static final String VALID = "valid forms: H01M 10/0525, H01M10/0525 or H01M0010052500 (section A–H, two-digit"
            + " class, subclass letter, main group of 1–4 digits, '/', subgroup of 2–6 digits) / 有效格式: H01M 10/0525、"
            + "H01M10/0525 或 H01M0010052500";

    private static final Pattern SUBCLASS = Pattern.compile("[A-H]\\d{2}[A-Z]");
    private static final Pattern WRITTEN = Pattern.compile("([A-H]\\d{2}[A-Z])(\\d{1,4})/(\\d{2,6})");
    private static final Pattern FOURTEEN = Pattern.compile("([A-H]\\d{2}[A-Z])(\\d{4})(\\d{6})");
    private static final Pattern VERSION = Pattern.compile("\\(\\d{4}\\.\\d{2}\\)$");

    public IpcSymbol {
        if (subclass == null || !SUBCLASS.matcher(subclass).matches()) {
            throw new IllegalArgumentException("'" + subclass + "' is not an IPC subclass; " + VALID);
        }
        if (mainGroup < 1 || mainGroup > 9999) {
            throw new IllegalArgumentException("IPC main group " + mainGroup + " is not 1–9999; " + VALID);
        }
        if (subgroup == null || !subgroup.matches("\\d{2,6}")) {
            throw new IllegalArgumentException("IPC subgroup '" + subgroup + "' is not 2–6 digits; " + VALID);
        }
    }

    /** Reads a symbol in any of the written forms; anything else is an error saying what is valid. */
    public static IpcSymbol parse(String text) {
        String s = compact(text);
        s = VERSION.matcher(s).replaceFirst("");
        Matcher m = WRITTEN.matcher(s);
        if (m.matches()) {
            return new IpcSymbol(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = FOURTEEN.matcher(s);
        if (m.matches() && Integer.parseInt(m.group(2)) > 0) {
            String digits = m.group(3).replaceFirst("0+$", "");
            String subgroup = digits.length() < 2 ? (digits + "00").substring(0, 2) : digits;
            return new IpcSymbol(m.group(1), Integer.parseInt(m.group(2)), subgroup);
        }
        throw new IllegalArgumentException(
                "'" + (text == null ? "" : text.strip()) + "' is not an IPC symbol / 不是" + "有效的IPC分类号; " + VALID);
    }

    /** The text upper-cased, full-width characters folded to half width, and spaces removed. */
    static String compact(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = TextFold.fold(text.charAt(i));
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** WIPO's 14-character form: subclass, main group in 4 digits, subgroup padded to 6 ({@code H01M0010052500}). */
    public String canonical() {
        StringBuilder b = new StringBuilder(14).append(subclass);
        String main = Integer.toString(mainGroup);
        for (int i = main.length(); i < 4; i++) {
            b.append('0');
        }
        b.append(main).append(subgroup);
        while (b.length() < 14) {
            b.append('0');
        }
        return b.toString();
    }

    /** The main group it belongs to, e.g. {@code H01M 10/00}. */
    public IpcSymbol mainGroupSymbol() {
        return new IpcSymbol(subclass, mainGroup, "00");
    }

    public boolean isMainGroup() {
        return subgroup.equals("00");
    }

    @Override
    public int compareTo(IpcSymbol o) {
        return canonical().compareTo(o.canonical());
    }

    @Override
    public String toString() {
        return subclass + " " + mainGroup + "/" + subgroup;
    }
}
