package org.innopark.engine.points;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;

/**
 * The enterprises to score, as primitive columns: one {@code double[]} of indicator values per indicator of the
 * scheme (NaN = missing), the cohort id and the stage ordinal of every enterprise. Enterprise {@code i} is row
 * {@code i} of every column; on equal totals the lower row is listed first, so rows should be in a stable order (the
 * report path orders them by cohort, then credit code). Rows grouped by cohort score fastest (fewer cache misses).
 *
 * <p>The arrays are used as given, not copied (a million enterprises × 18 indicators is 144 MB); do not change them
 * while they are being scored.
 */
public final class PointsInput {

    private final int size;
    private final double[][] values;
    private final int[] cohort;
    private final int cohortCount;
    private final byte[] stage;
    private final String[] keys;
    private final String[] cohortNames;

    private PointsInput(
            double[][] values, int[] cohort, int cohortCount, byte[] stage, String[] keys, String[] cohortNames) {
        this.size = cohort.length;
        this.values = values;
        this.cohort = cohort;
        this.cohortCount = cohortCount;
        this.stage = stage;
        this.keys = keys;
        this.cohortNames = cohortNames;
        for (int k = 0; k < values.length; k++) {
            if (values[k].length != size) {
                throw new IllegalArgumentException(
                        "value column " + k + " has " + values[k].length + " rows, expected " + size);
            }
        }
        if (stage.length != size) {
            throw new IllegalArgumentException("the stage column has " + stage.length + " rows, expected " + size);
        }
        if (keys != null && keys.length != size) {
            throw new IllegalArgumentException("the key column has " + keys.length + " rows, expected " + size);
        }
        if (cohortNames != null && cohortNames.length != cohortCount) {
            throw new IllegalArgumentException(cohortNames.length + " cohort names for " + cohortCount + " cohorts");
        }
        int stages = Stage.values().length;
        for (int i = 0; i < size; i++) {
            if (cohort[i] < 0 || cohort[i] >= cohortCount) {
                throw new IllegalArgumentException(
                        "row " + i + ": cohort id " + cohort[i] + " is outside 0.." + (cohortCount - 1));
            }
            if (stage[i] < 0 || stage[i] >= stages) {
                throw new IllegalArgumentException("row " + i + ": stage " + stage[i] + " is not a Stage ordinal");
            }
        }
    }

    /**
     * Columns as they are.
     *
     * @param values {@code values[k][i]}: indicator k (scheme order) of enterprise i, NaN when missing
     * @param cohort cohort id of every enterprise, from 0 to {@code cohortCount − 1}
     * @param stage {@link Stage#ordinal()} of every enterprise
     */
    public static PointsInput of(double[][] values, int[] cohort, int cohortCount, byte[] stage) {
        return new PointsInput(values, cohort, cohortCount, stage, null, null);
    }

    /** The same columns with a key (e.g. the credit code) per enterprise, used in rankings and explanations. */
    public PointsInput withKeys(String[] keys) {
        return new PointsInput(values, cohort, cohortCount, stage, keys, cohortNames);
    }

    /** The same columns with a name per cohort id (e.g. the park code). */
    public PointsInput withCohortNames(String[] names) {
        return new PointsInput(values, cohort, cohortCount, stage, keys, names);
    }

    /**
     * Derives the columns from annual reports: every enterprise with a report for {@code year} is scored, rows
     * ordered by cohort and then credit code (grouped cohorts are the engine's fast path; ties rank by credit code); each indicator value comes from its formula over the enterprise's reports (growth rates and
     * multi-year windows read earlier years); the stage comes from the scheme's stage rule; the cohort from
     * {@code cohortKind} (cohort ids in the order of their names).
     */
    public static PointsInput fromReports(
            PointsScheme scheme,
            int year,
            Collection<Enterprise> enterprises,
            Collection<AnnualReport> reports,
            CohortKind cohortKind) {
        Map<CreditCode, Map<Integer, AnnualReport>> byEnterprise = new HashMap<>();
        for (AnnualReport r : reports) {
            byEnterprise.computeIfAbsent(r.creditCode(), c -> new HashMap<>()).put(r.year(), r);
        }
        List<Enterprise> scored = new ArrayList<>();
        for (Enterprise e : enterprises) {
            Map<Integer, AnnualReport> history = byEnterprise.get(e.creditCode());
            if (history != null && history.containsKey(year)) {
                scored.add(e);
            }
        }
        scored.sort(Comparator.comparing((Enterprise e) -> cohortName(e, cohortKind))
                .thenComparing(Enterprise::creditCode));
        int n = scored.size();
        int m = scheme.indicatorCount();
        double[][] values = new double[m][n];
        byte[] stage = new byte[n];
        String[] keys = new String[n];
        String[] cohortOf = new String[n];
        for (int i = 0; i < n; i++) {
            Enterprise e = scored.get(i);
            Map<Integer, AnnualReport> history = byEnterprise.get(e.creditCode());
            for (int k = 0; k < m; k++) {
                values[k][i] = scheme.indicator(k).formula().evaluate(history::get, year);
            }
            stage[i] = (byte) scheme.stageRule()
                    .stageOf(e.registrationDate(), year, history.get(year))
                    .ordinal();
            keys[i] = e.creditCode().value();
            cohortOf[i] = cohortName(e, cohortKind);
        }
        List<String> names = new ArrayList<>(new TreeSet<>(List.of(cohortOf)));
        Map<String, Integer> ids = new TreeMap<>();
        for (int c = 0; c < names.size(); c++) {
            ids.put(names.get(c), c);
        }
        int[] cohort = new int[n];
        for (int i = 0; i < n; i++) {
            cohort[i] = ids.get(cohortOf[i]);
        }
        return new PointsInput(values, cohort, names.size(), stage, keys, names.toArray(String[]::new));
    }

    /** The name of the cohort an enterprise is ranked in: its park, its park and industry division, or 全国. */
    public static String cohortName(Enterprise e, CohortKind kind) {
        return switch (kind) {
            case NATION -> "全国";
            case PARK -> e.parkCode();
            case PARK_INDUSTRY ->
                e.parkCode() + "/" + (e.industry() == null ? "--" : e.industry().division());
        };
    }

    public int size() {
        return size;
    }

    public int indicatorCount() {
        return values.length;
    }

    /** Indicator k's value of enterprise i, NaN when missing. */
    public double value(int k, int i) {
        return values[k][i];
    }

    /** Indicator k's column (not a copy). */
    public double[] column(int k) {
        return values[k];
    }

    public int cohort(int i) {
        return cohort[i];
    }

    /** The cohort column (not a copy). */
    public int[] cohorts() {
        return cohort;
    }

    public int cohortCount() {
        return cohortCount;
    }

    public Stage stage(int i) {
        return Stage.ofOrdinal(stage[i]);
    }

    int stageOrdinal(int i) {
        return stage[i];
    }

    /** The enterprise's key (credit code), or {@code #i} when the input has none. */
    public String key(int i) {
        return keys == null ? "#" + i : keys[i];
    }

    public boolean hasKeys() {
        return keys != null;
    }

    /** The row of the enterprise with a key, -1 when none has it. Linear: for one-off look-ups. */
    public int indexOf(String key) {
        for (int i = 0; i < size; i++) {
            if (key(i).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The cohort's name, or its id as text when the input has no names. */
    public String cohortName(int c) {
        return cohortNames == null ? Integer.toString(c) : cohortNames[c];
    }
}
