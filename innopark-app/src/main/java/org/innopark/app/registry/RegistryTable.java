package org.innopark.app.registry;

import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A registry table as the bulk writer sees it: its natural key and its columns with their SQL types.
 *
 * @param columns every written column, key columns first
 */
public record RegistryTable(String name, List<String> keyColumns, List<Column> columns) {

    /** A written column and its type: {@link Types#VARCHAR}, {@link Types#CHAR}, {@link Types#INTEGER}, ... */
    public record Column(String name, int sqlType, String ddl) {

        public static Column text(String name, int length) {
            return new Column(name, Types.VARCHAR, "VARCHAR(" + length + ")");
        }

        public static Column fixed(String name, int length) {
            return new Column(name, Types.CHAR, "CHAR(" + length + ")");
        }

        public static Column integer(String name) {
            return new Column(name, Types.INTEGER, "INTEGER");
        }

        public static Column bigint(String name) {
            return new Column(name, Types.BIGINT, "BIGINT");
        }

        public static Column money(String name) {
            return new Column(name, Types.NUMERIC, "NUMERIC(20,2)");
        }

        public static Column decimal(String name, int precision, int scale) {
            return new Column(name, Types.NUMERIC, "NUMERIC(" + precision + "," + scale + ")");
        }

        public static Column date(String name) {
            return new Column(name, Types.DATE, "DATE");
        }
    }

    public RegistryTable {
        keyColumns = List.copyOf(keyColumns);
        columns = List.copyOf(columns);
        for (int i = 0; i < keyColumns.size(); i++) {
            if (!columns.get(i).name().equals(keyColumns.get(i))) {
                throw new IllegalArgumentException(name + ": key columns must come first, in order");
            }
        }
    }

    /**
     * The table without some of its value columns: what an import writes when its file lacks those columns, so that
     * the values already stored in them are kept (a missing column is not a column of blanks).
     */
    public RegistryTable without(java.util.Set<String> valueColumns) {
        return new RegistryTable(
                name,
                keyColumns,
                columns.stream()
                        .filter(c -> keyColumns.contains(c.name()) || !valueColumns.contains(c.name()))
                        .toList());
    }

    /** For each of this table's columns, its position among the columns of {@code full}. */
    public int[] positionsIn(RegistryTable full) {
        int[] positions = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            positions[i] = full.columns.indexOf(columns.get(i));
            if (positions[i] < 0) {
                throw new IllegalArgumentException(columns.get(i).name() + " is not a column of " + full.name());
            }
        }
        return positions;
    }

    List<Column> valueColumns() {
        return columns.subList(keyColumns.size(), columns.size());
    }

    String columnList(String prefix) {
        return columns.stream().map(c -> prefix + c.name()).collect(Collectors.joining(", "));
    }

    String ddl() {
        return columns.stream().map(c -> c.name() + " " + c.ddl()).collect(Collectors.joining(", "));
    }

    String keyMatch(String target, String source) {
        return keyColumns.stream()
                .map(k -> target + "." + k + " = " + source + "." + k)
                .collect(Collectors.joining(" AND "));
    }
}
