package org.innopark.app.registry.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.MoneyUnit;

/**
 * Which column of a file is which column of a table. Headers are matched by their Chinese name or English alias,
 * ignoring blanks, case and full-width brackets; money columns must declare their unit in brackets (元, 千元, 万元,
 * 亿元); a trailing bracket on other columns (a unit such as 人 or 平方米) is allowed.
 */
final class HeaderMapping {

    /** A problem of the header row: the column it concerns and the message. */
    record Problem(int fileColumn, String header, InvalidValueException error) {}

    final TableSpec spec;
    /** For each file column, the table column it holds, or -1 (blank header). */
    final int[] specColumnOf;
    /** For each table column, the file column holding it, or -1. */
    final int[] fileColumnOf;
    /** For each table column, the money unit its header declares. */
    final MoneyUnit[] units;

    final String[] headers;
    final List<Problem> problems = new ArrayList<>();
    int matched;

    private HeaderMapping(TableSpec spec, String[] headers) {
        this.spec = spec;
        this.headers = headers;
        this.specColumnOf = new int[headers.length];
        this.fileColumnOf = new int[spec.columns().size()];
        this.units = new MoneyUnit[spec.columns().size()];
        Arrays.fill(fileColumnOf, -1);
    }

    static HeaderMapping map(TableSpec spec, String[] headers) {
        return map(spec, headers, null, null);
    }

    /**
     * Maps the headers, also accepting each column's aliases (e.g. an annual-report field's English key
     * {@code rdExpense}) and, when {@code defaultUnit} is given, money headers that declare no unit.
     *
     * @param aliases for each table column, the further headers it is known by (null: none)
     * @param defaultUnit the unit of a money header that declares none, or null to require one
     */
    static HeaderMapping map(TableSpec spec, String[] headers, List<List<String>> aliases, MoneyUnit defaultUnit) {
        HeaderMapping m = new HeaderMapping(spec, headers);
        for (int j = 0; j < headers.length; j++) {
            String header = headers[j] == null ? "" : headers[j].strip();
            if (header.isEmpty()) {
                m.specColumnOf[j] = -1;
                continue;
            }
            int c = -1;
            MoneyUnit unit = null;
            InvalidValueException problem = null;
            for (int i = 0; i < spec.columns().size() && c < 0; i++) {
                ImportColumn col = spec.columns().get(i);
                List<String> known = aliases == null ? col.aliases() : aliases.get(i);
                if (aliases != null && !col.aliases().isEmpty()) {
                    known = new ArrayList<>(known);
                    known.addAll(col.aliases());
                }
                Match match = match(col, known, defaultUnit, header);
                if (match != null) {
                    c = i;
                    unit = match.unit;
                    problem = match.problem;
                }
            }
            if (c < 0) {
                m.specColumnOf[j] = -1;
                m.problems.add(new Problem(
                        j,
                        header,
                        new InvalidValueException(
                                "未知的列'" + header + "'。'" + spec.sheet() + "'表的有效列:" + validZh(spec),
                                "unknown column '" + header + "'. Valid columns of " + spec.name() + ": "
                                        + validEn(spec))));
                continue;
            }
            m.matched++;
            if (m.fileColumnOf[c] >= 0) {
                m.specColumnOf[j] = -1;
                m.problems.add(new Problem(
                        j,
                        header,
                        new InvalidValueException(
                                "列'" + header + "'重复(与第" + (m.fileColumnOf[c] + 1) + "列'" + headers[m.fileColumnOf[c]]
                                        + "'是同一列)",
                                "column '" + header + "' appears twice (column " + (m.fileColumnOf[c] + 1) + " '"
                                        + headers[m.fileColumnOf[c]] + "' is the same)")));
                continue;
            }
            m.specColumnOf[j] = c;
            m.fileColumnOf[c] = j;
            m.units[c] = unit;
            if (problem != null) {
                m.problems.add(new Problem(j, header, problem));
            }
        }
        for (int i = 0; i < spec.columns().size(); i++) {
            ImportColumn col = spec.columns().get(i);
            if (col.required() && m.fileColumnOf[i] < 0) {
                m.problems.add(new Problem(
                        -1,
                        col.header(),
                        new InvalidValueException(
                                "缺少必填列'" + col.header() + "'",
                                "the required column '" + col.englishHeader() + "' (" + col.header()
                                        + ") is missing")));
            }
        }
        return m;
    }

    /** The file's header text of a table column, or the template's when the file lacks it. */
    String header(int specColumn) {
        int j = fileColumnOf[specColumn];
        return j >= 0 ? headers[j].strip() : spec.columns().get(specColumn).header();
    }

    private record Match(MoneyUnit unit, InvalidValueException problem) {}

    private static Match match(ImportColumn col, List<String> aliases, MoneyUnit defaultUnit, String header) {
        String h = normalise(header);
        if (col.kind().isMoney()) {
            String base = withoutTrailingBracket(h);
            if (!base.equals(normalise(col.zh())) && !base.equals(normalise(col.en())) && !isAlias(aliases, base)) {
                if (!isAlias(aliases, h)) {
                    return null;
                }
                base = h;
            }
            MoneyUnit unit = base.equals(h) ? defaultUnit : MoneyUnit.inHeader(header);
            if (unit == null) {
                return new Match(
                        MoneyUnit.YUAN,
                        new InvalidValueException(
                                "金额列'" + header + "'须在括号中注明单位:元、千元、万元或亿元,如'" + col.header() + "'",
                                "the money column '" + header + "' must declare its unit in brackets: 元, 千元, 万元 or 亿元"
                                        + " (yuan, thousand, ten thousand, hundred million yuan), e.g. '" + col.header()
                                        + "'"));
            }
            return new Match(unit, null);
        }
        if (h.equals(normalise(col.zh()))
                || h.equals(normalise(col.en()))
                || h.equals(normalise(col.header()))
                || h.equals(normalise(col.englishHeader()))
                || isAlias(aliases, h)) {
            return new Match(null, null);
        }
        String base = withoutTrailingBracket(h);
        if (!base.equals(h)
                && (base.equals(normalise(col.zh())) || base.equals(normalise(col.en())) || isAlias(aliases, base))) {
            if (col.kind() == ColumnKind.ENERGY) {
                String unit = h.substring(base.length() + 1, h.length() - 1);
                if (!List.of("千瓦时", "kwh", "度").contains(unit)) {
                    return new Match(
                            null,
                            new InvalidValueException(
                                    "用电量列'" + header + "'的单位应为千瓦时",
                                    "the electricity column '" + header + "' must be in kWh"));
                }
            }
            if (col.kind() == ColumnKind.AREA) {
                String unit = h.substring(base.length() + 1, h.length() - 1);
                if (!List.of("平方米", "m2", "m²", "㎡", "sqm").contains(unit)) {
                    return new Match(
                            null,
                            new InvalidValueException(
                                    "面积列'" + header + "'的单位应为平方米", "the area column '" + header + "' must be in m2"));
                }
            }
            return new Match(null, null);
        }
        return null;
    }

    private static boolean isAlias(List<String> aliases, String normalised) {
        for (String a : aliases) {
            if (normalise(a).equals(normalised)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, no blanks, half-width brackets. */
    static String normalise(String header) {
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

    static String validZh(TableSpec spec) {
        return spec.columns().stream().map(ImportColumn::header).collect(Collectors.joining("、"));
    }

    static String validEn(TableSpec spec) {
        return spec.columns().stream().map(ImportColumn::englishHeader).collect(Collectors.joining(", "));
    }
}
