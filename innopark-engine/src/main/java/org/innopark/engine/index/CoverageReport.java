package org.innopark.engine.index;

import java.util.List;

/**
 * Data coverage before imputation, per unit and per indicator and year, with the JRC rule of thumb: units and
 * indicators under the threshold (65% by default) are flagged. Shares are in [0, 1].
 *
 * @param threshold the coverage below which a unit or indicator is flagged
 * @param unitCoverage {@code [year][unit]} share of indicators with a value
 * @param indicatorCoverage {@code [year][indicator]} share of units with a value
 * @param flags every unit-year and indicator-year under the threshold
 * @param imputedValues number of values filled in by imputation
 */
public record CoverageReport(
        double threshold, double[][] unitCoverage, double[][] indicatorCoverage, List<Flag> flags, int imputedValues) {

    /** What a flag is about. */
    public enum Subject {
        UNIT,
        INDICATOR
    }

    /** A unit or an indicator under the coverage threshold in a year. */
    public record Flag(Subject subject, String id, int year, double coverage) {
        @Override
        public String toString() {
            return subject.name().toLowerCase() + " " + id + " " + year + ": coverage "
                    + String.format("%.0f%%", coverage * 100) + " < threshold";
        }
    }

    /** Whether the unit or indicator is flagged in that year. */
    public boolean flagged(Subject subject, String id, int year) {
        return flags.stream().anyMatch(f -> f.subject() == subject && f.id().equals(id) && f.year() == year);
    }
}
