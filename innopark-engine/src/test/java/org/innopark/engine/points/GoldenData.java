package org.innopark.engine.points;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The golden dataset of src/test/resources/org/innopark/engine/points, read as plain CSV. */
final class GoldenData {

    private GoldenData() {}

    static Path resource(String name) {
        try {
            return Path.of(GoldenData.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String[]> csv(String name) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(resource(name), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PointsScheme scheme() {
        return PointsSchemeLoader.load(resource("golden-scheme.yaml"));
    }

    /** golden_input.csv as engine columns: key, cohort (by name, in order of appearance), stage, values a…h. */
    static PointsInput input(PointsScheme scheme) {
        List<String[]> rows = csv("golden_input.csv");
        String[] header = rows.get(0);
        int n = rows.size() - 1;
        int m = scheme.indicatorCount();
        double[][] values = new double[m][n];
        int[] cohort = new int[n];
        byte[] stage = new byte[n];
        String[] keys = new String[n];
        Map<String, Integer> cohorts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i + 1);
            keys[i] = r[0];
            cohort[i] = cohorts.computeIfAbsent(r[1], c -> cohorts.size());
            stage[i] = (byte) Stage.valueOf(r[2]).ordinal();
            for (int k = 0; k < m; k++) {
                if (!header[3 + k].equals(scheme.indicator(k).id())) {
                    throw new IllegalStateException("column " + header[3 + k]);
                }
                values[k][i] = r[3 + k].isEmpty() ? Double.NaN : Double.parseDouble(r[3 + k]);
            }
        }
        return PointsInput.of(values, cohort, cohorts.size(), stage)
                .withKeys(keys)
                .withCohortNames(cohorts.keySet().toArray(String[]::new));
    }
}
