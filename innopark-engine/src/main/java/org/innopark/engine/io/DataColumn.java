package org.innopark.engine.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Labelled;
import org.innopark.engine.registry.MoneyUnit;

/**
 * One column of a {@code --data} file: the key by which the rules read it, its Chinese and English headers, the other
 * headers it is known by, what it holds, whether every row must fill it, and for a code list its codes. The application's spreadsheet reader
 * builds its templates and header checks from these, and the Spark jobs map a CSV's, Parquet file's or table's
 * columns with {@link #matches}.
 */
public record DataColumn(
        String key,
        String zh,
        String en,
        List<String> aliases,
        Kind kind,
        boolean required,
        Class<? extends Labelled> codes)
        implements Serializable {

    /** What a column holds and so how its cells are parsed. */
    public enum Kind {
        TEXT,
        CREDIT_CODE,
        YEAR,
        DATE,
        INDUSTRY_CODE,
        REGION_CODE,
        /** One entry of a code list (a {@link Labelled} enum: its Chinese name, English name or code). */
        CODE_LIST,
        COUNT,
        MONEY,
        SIGNED_MONEY;

        public boolean isMoney() {
            return this == MONEY || this == SIGNED_MONEY;
        }
    }

    public DataColumn {
        aliases = List.copyOf(aliases);
    }

    public static DataColumn of(String key, String zh, String en, Kind kind, boolean required, String... aliases) {
        List<String> all = new ArrayList<>(List.of(key));
        all.addAll(List.of(aliases));
        return new DataColumn(key, zh, en, all, kind, required, null);
    }

    /** A code-list column. */
    public static DataColumn codes(
            String key, String zh, String en, Class<? extends Labelled> codes, String... aliases) {
        List<String> all = new ArrayList<>(List.of(key));
        all.addAll(List.of(aliases));
        return new DataColumn(key, zh, en, all, Kind.CODE_LIST, false, codes);
    }

    /** How a header names this column: not at all (null), or with the money unit it declares (YUAN for others). */
    public record Match(MoneyUnit unit) {}

    /**
     * Whether {@code header} names this column, matched as the import matches headers: blanks, case and full-width
     * brackets ignored; a money column's header declares its unit in brackets ({@code 研发费用(万元)}), else takes
     * {@code defaultUnit}; another column's header may carry a bracketed unit ({@code 从业人员(人)}).
     *
     * @throws InvalidValueException for a money header that declares no unit when there is no default
     */
    public Match matches(String header, MoneyUnit defaultUnit) {
        String h = normalise(header);
        String base = withoutTrailingBracket(h);
        if (kind.isMoney()) {
            boolean bare = known(h);
            if (!bare && !known(base)) {
                return null;
            }
            MoneyUnit unit = bare ? defaultUnit : MoneyUnit.inHeader(header);
            if (unit == null) {
                throw new InvalidValueException(
                        "金额列'" + header + "'须在括号中注明单位:元、千元、万元或亿元,如'" + zh + "(万元)'",
                        "the money column '" + header + "' must declare its unit in brackets: 元, 千元, 万元 or 亿元,"
                                + " e.g. '" + zh + "(万元)'");
            }
            return new Match(unit);
        }
        return known(h) || known(base) ? new Match(MoneyUnit.YUAN) : null;
    }

    private boolean known(String normalised) {
        if (normalised.equals(normalise(zh)) || normalised.equals(normalise(en))) {
            return true;
        }
        for (String a : aliases) {
            if (normalise(a).equals(normalised)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, no blanks, half-width brackets. */
    public static String normalise(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\uFEFF') {
                continue;
            }
            sb.append(c == '（' ? '(' : c == '）' ? ')' : c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String withoutTrailingBracket(String h) {
        if (!h.endsWith(")")) {
            return h;
        }
        int open = h.lastIndexOf('(');
        return open > 0 ? h.substring(0, open) : h;
    }
}
