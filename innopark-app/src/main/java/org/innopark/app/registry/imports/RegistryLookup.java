package org.innopark.app.registry.imports;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** What an import needs to know of the registry already stored: parks, sub-parks and who owns a row. */
interface RegistryLookup {

    Set<String> parkCodes();

    /** Sub-park code → its park's code. */
    Map<String, String> subParks();

    /** For the keys among {@code keys} that the table holds (by its single-column natural key): key → park code. */
    Map<String, String> owners(TableSpec table, Collection<String> keys);

    /**
     * The stored rows of the given natural keys, each as the text of its values in the order of the table's import
     * columns (null where the database holds NULL), by {@link #key} of the row's key values.
     *
     * @param keys the key values of each row, in the order of the table's key columns
     */
    Map<String, String[]> storedValues(TableSpec table, Collection<Object[]> keys);

    /** The key values of a row as one string: their text, stripped, separated by a character no key holds. */
    static String key(Object[] keyValues, int keyCount) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keyCount; i++) {
            if (i > 0) {
                sb.append('\u0000');
            }
            sb.append(String.valueOf(keyValues[i]).strip());
        }
        return sb.toString();
    }
}
