package org.innopark.app.registry.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.innopark.app.registry.Dialect;
import org.innopark.app.registry.KeyLookups;
import org.springframework.jdbc.core.JdbcTemplate;

/** Looks the registry up on the import's own connection and transaction, many keys per query. */
final class JdbcRegistryLookup implements RegistryLookup {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    private Boolean postgres;

    JdbcRegistryLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute((java.sql.Connection c) -> Dialect.of(c) == Dialect.POSTGRESQL);
        }
        return postgres;
    }

    @Override
    public Set<String> parkCodes() {
        return new HashSet<>(jdbc.queryForList("SELECT code FROM park", String.class));
    }

    @Override
    public Map<String, String> subParks() {
        Map<String, String> map = new HashMap<>();
        jdbc.query("SELECT code, park_code FROM sub_park", rs -> {
            map.put(rs.getString(1), rs.getString(2));
        });
        return map;
    }

    @Override
    public Map<String, String> owners(TableSpec table, Collection<String> keys) {
        String key = table.target().keyColumns().get(0);
        String type = table.target().columns().get(0).ddl();
        Map<String, String> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        if (postgres()) {
            // one query with the keys as one array parameter, cast to the key's own type (so that the index is
            // used): a long IN list costs more to parse and plan than to run
            jdbc.execute((java.sql.Connection c) -> KeyLookups.withFreshPlans(c, () -> {
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT " + key + ", park_code FROM "
                        + table.name() + " WHERE " + key + " = ANY(CAST(? AS " + type + "[]))")) {
                    ps.setArray(1, c.createArrayOf("text", keys.toArray()));
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1).strip(), rs.getString(2));
                        }
                    }
                }
                return null;
            }));
            return found;
        }
        // H2 uses its index only for plain parameters
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            String marks = String.join(",", Collections.nCopies(batch.size(), "?"));
            jdbc.query(
                    "SELECT " + key + ", park_code FROM " + table.name() + " WHERE " + key + " IN (" + marks + ")",
                    rs -> {
                        found.put(rs.getString(1).strip(), rs.getString(2));
                    },
                    batch.toArray());
        }
        return found;
    }

    /**
     * Portable SQL on both databases: {@code key IN (...)} for a single-column key, {@code (k1, k2) IN ((...), ...)}
     * for a composite one, {@value #BATCH} keys per query (only imports of some columns read stored rows).
     */
    @Override
    public Map<String, String[]> storedValues(TableSpec table, Collection<Object[]> keys) {
        Map<String, String[]> found = new HashMap<>();
        List<String> keyColumns = table.target().keyColumns();
        int keyCount = keyColumns.size();
        String columns = table.columns().stream().map(ImportColumn::dbColumn).collect(Collectors.joining(", "));
        int[] keyAt = new int[keyCount];
        for (int k = 0; k < keyCount; k++) {
            keyAt[k] = table.indexOf(keyColumns.get(k));
        }
        String one = keyCount == 1 ? "?" : "(" + String.join(", ", Collections.nCopies(keyCount, "?")) + ")";
        String match = keyCount == 1 ? keyColumns.get(0) : "(" + String.join(", ", keyColumns) + ")";
        List<Object[]> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Object[]> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<Object> params = new ArrayList<>(batch.size() * keyCount);
            for (Object[] key : batch) {
                for (int k = 0; k < keyCount; k++) {
                    params.add(key[k]);
                }
            }
            jdbc.query(
                    "SELECT " + columns + " FROM " + table.name() + " WHERE " + match + " IN ("
                            + String.join(", ", Collections.nCopies(batch.size(), one)) + ")",
                    rs -> {
                        String[] values = new String[table.columns().size()];
                        for (int c = 0; c < values.length; c++) {
                            values[c] = rs.getString(c + 1);
                        }
                        Object[] key = new Object[keyCount];
                        for (int k = 0; k < keyCount; k++) {
                            key[k] = values[keyAt[k]];
                        }
                        found.put(RegistryLookup.key(key, keyCount), values);
                    },
                    params.toArray());
        }
        return found;
    }
}
