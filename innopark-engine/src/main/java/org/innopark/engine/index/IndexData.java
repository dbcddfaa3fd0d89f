package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The pipeline's input: park-level values of a framework's indicators, units (parks) × indicators × years. A missing
 * value is NaN, never zero. Indicator columns follow {@link Framework#indicators()}.
 */
public final class IndexData {

    private final List<Unit> units;
    private final List<String> indicatorIds;
    private final int[] years;
    private final double[][][] values;

    private IndexData(List<Unit> units, List<String> indicatorIds, int[] years, double[][][] values) {
        this.units = List.copyOf(units);
        this.indicatorIds = List.copyOf(indicatorIds);
        this.years = years;
        this.values = values;
    }

    /** A builder for the indicators of this framework. */
    public static Builder builder(Framework framework) {
        return new Builder(
                framework.indicators().stream().map(FrameworkNode::id).toList());
    }

    /** A builder for these indicator columns. */
    public static Builder builder(List<String> indicatorIds) {
        return new Builder(indicatorIds);
    }

    /**
     * Wraps a ready array {@code values[year][unit][indicator]} (not copied; the caller gives up the array).
     */
    public static IndexData of(List<Unit> units, List<String> indicatorIds, int[] years, double[][][] values) {
        if (values.length != years.length) {
            throw new IllegalArgumentException("one slice per year expected");
        }
        for (double[][] slice : values) {
            if (slice.length != units.size()) {
                throw new IllegalArgumentException("one row per unit expected");
            }
            for (double[] row : slice) {
                if (row.length != indicatorIds.size()) {
                    throw new IllegalArgumentException("one column per indicator expected");
                }
            }
        }
        for (int i = 1; i < years.length; i++) {
            if (years[i] <= years[i - 1]) {
                throw new IllegalArgumentException("years must be increasing");
            }
        }
        return new IndexData(units, indicatorIds, years.clone(), values);
    }

    public List<Unit> units() {
        return units;
    }

    public List<String> indicatorIds() {
        return indicatorIds;
    }

    /** The years, increasing. */
    public int[] years() {
        return years.clone();
    }

    public int yearIndex(int year) {
        int i = Arrays.binarySearch(years, year);
        if (i < 0) {
            throw new IllegalArgumentException("no data for year " + year + "; years: " + Arrays.toString(years));
        }
        return i;
    }

    public int unitIndex(String unitId) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(unitId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no unit " + unitId);
    }

    public int indicatorIndex(String indicatorId) {
        int i = indicatorIds.indexOf(indicatorId);
        if (i < 0) {
            throw new IllegalArgumentException("no indicator " + indicatorId);
        }
        return i;
    }

    /** One value, NaN when missing. */
    public double value(String unitId, String indicatorId, int year) {
        return values[yearIndex(year)][unitIndex(unitId)][indicatorIndex(indicatorId)];
    }

    /** A deep copy of the values, {@code [year][unit][indicator]}. */
    public double[][][] copyValues() {
        double[][][] copy = new double[values.length][][];
        for (int y = 0; y < values.length; y++) {
            copy[y] = new double[values[y].length][];
            for (int u = 0; u < values[y].length; u++) {
                copy[y][u] = values[y][u].clone();
            }
        }
        return copy;
    }

    /**
     * A unit of the index (usually a park).
     *
     * @param id stable id (e.g. the park code)
     * @param name display name
     * @param group optional group for group-mean imputation (e.g. region); may be empty
     */
    public record Unit(String id, String name, String group) implements java.io.Serializable {
        public Unit {
            Objects.requireNonNull(id, "id");
            name = name == null ? id : name;
            group = group == null ? "" : group;
        }
    }

    /** Collects values by unit, indicator and year. */
    public static final class Builder {
        private final List<String> indicatorIds;
        private final Map<String, Unit> units = new LinkedHashMap<>();
        private final TreeSet<Integer> years = new TreeSet<>();
        private final Map<String, Map<Integer, double[]>> rows = new LinkedHashMap<>();

        private Builder(List<String> indicatorIds) {
            this.indicatorIds = new ArrayList<>(indicatorIds);
        }

        public Builder unit(String id, String name, String group) {
            units.put(id, new Unit(id, name, group));
            return this;
        }

        /** Declares a year even if no value is given for it. */
        public Builder year(int year) {
            years.add(year);
            return this;
        }

        /** Sets a value; NaN is missing. The unit must have been declared. */
        public Builder value(String unitId, int year, String indicatorId, double value) {
            if (!units.containsKey(unitId)) {
                throw new IllegalArgumentException("unknown unit " + unitId + "; declare it with unit(...) first");
            }
            int m = indicatorIds.indexOf(indicatorId);
            if (m < 0) {
                throw new IllegalArgumentException(
                        "unknown indicator " + indicatorId + "; indicators: " + indicatorIds);
            }
            years.add(year);
            rows.computeIfAbsent(unitId, k -> new LinkedHashMap<>()).computeIfAbsent(year, k -> nanRow())[m] = value;
            return this;
        }

        private double[] nanRow() {
            double[] row = new double[indicatorIds.size()];
            Arrays.fill(row, Double.NaN);
            return row;
        }

        public IndexData build() {
            if (units.isEmpty()) {
                throw new IllegalArgumentException("no units");
            }
            if (years.isEmpty()) {
                throw new IllegalArgumentException("no years");
            }
            int[] ys = years.stream().mapToInt(Integer::intValue).toArray();
            List<Unit> us = new ArrayList<>(units.values());
            double[][][] values = new double[ys.length][us.size()][];
            for (int y = 0; y < ys.length; y++) {
                for (int u = 0; u < us.size(); u++) {
                    double[] row = rows.getOrDefault(us.get(u).id(), Collections.emptyMap())
                            .get(ys[y]);
                    values[y][u] = row == null ? nanRow() : row.clone();
                }
            }
            return new IndexData(us, indicatorIds, ys, values);
        }
    }
}
