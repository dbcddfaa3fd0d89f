package org.innopark.app.registry.imports;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.innopark.engine.registry.Labelled;

/**
 * One column of an import file: its Chinese header (the template's), the accepted English alias, whether it must be
 * filled, its kind, and the database column it is exported from.
 *
 * @param codes the code list of a {@link ColumnKind#CODE_LIST} column, else null
 * @param maxLength the longest text accepted (text columns), else 0
 * @param example a valid value for the template's example row
 * @param aliases further headers the column is known by (e.g. the column names of 企查查 or 天眼查 exports)
 */
record ImportColumn(
        String dbColumn,
        String zh,
        String en,
        ColumnKind kind,
        boolean required,
        int maxLength,
        Class<? extends Labelled> codes,
        String example,
        List<String> aliases) {

    ImportColumn {
        aliases = List.copyOf(aliases);
    }

    ImportColumn(
            String dbColumn,
            String zh,
            String en,
            ColumnKind kind,
            boolean required,
            int maxLength,
            Class<? extends Labelled> codes,
            String example) {
        this(dbColumn, zh, en, kind, required, maxLength, codes, example, List.of());
    }

    /** The same column, also recognised by the given headers. */
    ImportColumn alias(String... headers) {
        return new ImportColumn(dbColumn, zh, en, kind, required, maxLength, codes, example, List.of(headers));
    }

    static ImportColumn of(String dbColumn, String zh, String en, ColumnKind kind, boolean required, String example) {
        return new ImportColumn(dbColumn, zh, en, kind, required, 0, null, example);
    }

    static ImportColumn text(String dbColumn, String zh, String en, boolean required, int maxLength, String example) {
        return new ImportColumn(dbColumn, zh, en, ColumnKind.TEXT, required, maxLength, null, example);
    }

    static ImportColumn codes(
            String dbColumn, String zh, String en, Class<? extends Labelled> codes, boolean required, String example) {
        return new ImportColumn(dbColumn, zh, en, ColumnKind.CODE_LIST, required, 0, codes, example);
    }

    /** The header the template writes: the Chinese name, with the unit for money and area. */
    String header() {
        if (kind.isMoney()) {
            return zh + "(" + TableSpecs.TEMPLATE_UNIT.zh() + ")";
        }
        return switch (kind) {
            case AREA -> zh + "(平方米)";
            case ENERGY -> zh + "(千瓦时)";
            case PERCENT -> zh + "(%)";
            default -> zh;
        };
    }

    /** The English header accepted as an alias, with the unit where there is one. */
    String englishHeader() {
        if (kind.isMoney()) {
            return en + " (" + TableSpecs.TEMPLATE_UNIT.en() + ")";
        }
        return switch (kind) {
            case AREA -> en + " (m2)";
            case ENERGY -> en + " (kWh)";
            case PERCENT -> en + " (%)";
            default -> en;
        };
    }

    /** The valid values of a code-list column in Chinese, separated by '、'. */
    String validValuesZh() {
        return codes == null
                ? ""
                : Arrays.stream(codes.getEnumConstants()).map(Labelled::zh).collect(Collectors.joining("、"));
    }

    String validValuesEn() {
        return codes == null
                ? ""
                : Arrays.stream(codes.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
    }
}
