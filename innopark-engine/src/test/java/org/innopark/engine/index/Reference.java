package org.innopark.engine.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The values computed by {@code index_reference.py} (Python + NumPy), read from {@code index_expected.txt}. */
final class Reference {

    private static final Map<String, String> LINES = load();

    private Reference() {}

    private static Map<String, String> load() {
        try (InputStream in = Reference.class.getResourceAsStream("index_expected.txt")) {
            Map<String, String> map = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    map.put(line.substring(0, colon), line.substring(colon + 2).strip());
                }
            }
            return map;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static double[] values(String key) {
        String line = LINES.get(key);
        if (line == null) {
            throw new IllegalArgumentException("no reference value " + key);
        }
        String[] parts = line.split(" ");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = parts[i].equals("nan") ? Double.NaN : Double.parseDouble(parts[i]);
        }
        return v;
    }

    static double value(String key) {
        return values(key)[0];
    }

    static String text(String key) {
        return LINES.get(key);
    }
}
