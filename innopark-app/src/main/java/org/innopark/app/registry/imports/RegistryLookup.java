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
}
