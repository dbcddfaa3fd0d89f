package org.innopark.engine.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calibration table {@code calibration.tsv}: one real park's headline figures at full size, each with its
 * source quote. Targets for the derived qualification counts, and rates per enterprise for the park-level records.
 */
final class Calibration {

    private static final String FILE = "calibration.tsv";
    private static final Calibration INSTANCE = load();

    /** One row: value, unit and the source (a quoted fact or a stated assumption). */
    record Row(String key, BigDecimal value, String unit, String source) {}

    private final String parkCode;
    private final Map<String, Row> rows;

    private Calibration(String parkCode, Map<String, Row> rows) {
        this.parkCode = parkCode;
        this.rows = rows;
    }

    static Calibration get() {
        return INSTANCE;
    }

    String parkCode() {
        return parkCode;
    }

    /** Enterprises of the calibrated park at which the table's figures hold. */
    int fullSize() {
        return value("fullSizeEnterprises").intValueExact();
    }

    BigDecimal value(String key) {
        Row row = rows.get(key);
        if (row == null) {
            throw new IllegalArgumentException(FILE + " has no row '" + key + "'");
        }
        return row.value();
    }

    /** The figure per enterprise of the calibrated park at full size. */
    double perEnterprise(String key) {
        return value(key).doubleValue() / fullSize();
    }

    /** The figure scaled to a park of the given number of enterprises. */
    double scaled(String key, long enterprises) {
        return perEnterprise(key) * enterprises;
    }

    Map<String, Row> rows() {
        return rows;
    }

    private static Calibration load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        String park = null;
        try (var in = Calibration.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 4) {
                    throw new IllegalStateException(FILE + " line " + number + ": expected 4 tab-separated columns");
                }
                if (cols[0].equals("park")) {
                    park = cols[1];
                    continue;
                }
                try {
                    rows.put(cols[0], new Row(cols[0], new BigDecimal(cols[1]), cols[2], cols[3]));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(FILE + " line " + number + ": '" + cols[1] + "' is not a number");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (park == null) {
            throw new IllegalStateException(FILE + " names no park");
        }
        return new Calibration(park, Collections.unmodifiableMap(rows));
    }
}
