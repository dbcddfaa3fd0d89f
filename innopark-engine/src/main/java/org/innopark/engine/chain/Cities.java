package org.innopark.engine.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** City coordinates ({@code cities.tsv}) for the distance contribution: a name matches with or without 市. */
public final class Cities {

    private static final Map<String, CandidatePool.City> CITIES = load();

    private Cities() {}

    /** The city of a name (长春, 长春市), if listed. */
    public static Optional<CandidatePool.City> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        if (n.endsWith("市")) {
            n = n.substring(0, n.length() - 1);
        }
        return Optional.ofNullable(CITIES.get(n));
    }

    /** The city of a name, or the name without coordinates (its distance is then unknown). */
    public static CandidatePool.City of(String name) {
        String n = name == null ? "" : name.strip().replaceAll("市$", "");
        return find(n).orElse(new CandidatePool.City(n, Double.NaN, Double.NaN));
    }

    public static Map<String, CandidatePool.City> all() {
        return CITIES;
    }

    private static Map<String, CandidatePool.City> load() {
        Map<String, CandidatePool.City> map = new LinkedHashMap<>();
        try (var in = Cities.class.getResourceAsStream("cities.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                map.put(c[0], new CandidatePool.City(c[0], Double.parseDouble(c[1]), Double.parseDouble(c[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
