package org.innopark.engine.index;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a framework's data becomes an index: every step of the pipeline, in order. A result records the settings it was
 * computed with, so a score can always be explained.
 *
 * @param denomination default denominator of extensive indicators (those marked {@code denominate: true})
 * @param imputation how missing values are filled in
 * @param imputationGroup the group whose mean or median fills a gap: all units of the year, or units of the same group
 * @param coverageThreshold the JRC rule of thumb: units and indicators with less coverage than this are flagged
 * @param outliers outlier treatment
 * @param normalisation normalisation method
 * @param normalisationScope whether min, max, mean and standard deviation are taken per year or over all years
 * @param baseYear the reference year of a base-year index (= 100); empty means the first year of the data
 * @param baseReference whether each unit is compared with its own base-year value or with the base-year mean
 * @param weighting default weighting method of every sibling group (a node may override it)
 * @param weightYear year whose data drives data-driven weights (entropy, CRITIC, PCA); empty means the latest year
 * @param aggregation aggregation method, at every level of the tree
 * @param nonPositive what geometric and harmonic aggregation do with a zero or negative value
 * @param nonPositiveAmount the shift added to every value (SHIFT) or the floor replacing non-positive values (EPSILON)
 * @param weightData on which values of the weight year entropy, CRITIC and PCA weights of indicators are computed
 */
public record PipelineSettings(
        Denomination denomination,
        Imputation imputation,
        ImputationGroup imputationGroup,
        double coverageThreshold,
        OutlierSettings outliers,
        Normalisation normalisation,
        NormalisationScope normalisationScope,
        OptionalInt baseYear,
        BaseReference baseReference,
        Weighting weighting,
        OptionalInt weightYear,
        Aggregation aggregation,
        NonPositivePolicy nonPositive,
        double nonPositiveAmount,
        WeightData weightData) {

    /** The JRC rule of thumb: flag units and indicators with less than 65% of their data. */
    public static final double JRC_COVERAGE_THRESHOLD = 0.65;

    public PipelineSettings {
        Objects.requireNonNull(denomination, "denomination");
        Objects.requireNonNull(imputation, "imputation");
        Objects.requireNonNull(imputationGroup, "imputationGroup");
        Objects.requireNonNull(outliers, "outliers");
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(normalisationScope, "normalisationScope");
        Objects.requireNonNull(baseYear, "baseYear");
        Objects.requireNonNull(baseReference, "baseReference");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(weightYear, "weightYear");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(nonPositive, "nonPositive");
        Objects.requireNonNull(weightData, "weightData");
        if (!(coverageThreshold >= 0 && coverageThreshold <= 1)) {
            throw new IllegalArgumentException("coverageThreshold must be in [0, 1], got " + coverageThreshold);
        }
        if (nonPositive == NonPositivePolicy.EPSILON && !(nonPositiveAmount > 0)) {
            throw new IllegalArgumentException("the epsilon of the EPSILON policy must be positive");
        }
    }

    /** COINr-like defaults: no imputation, no treatment, min–max per year, equal weights, arithmetic mean. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(
                Denomination.NONE,
                Imputation.NONE,
                ImputationGroup.YEAR,
                JRC_COVERAGE_THRESHOLD,
                OutlierSettings.NONE,
                Normalisation.MIN_MAX,
                NormalisationScope.PER_YEAR,
                OptionalInt.empty(),
                BaseReference.UNIT,
                Weighting.EQUAL,
                OptionalInt.empty(),
                Aggregation.ARITHMETIC,
                NonPositivePolicy.ERROR,
                0,
                WeightData.NORMALISED);
    }

    public PipelineSettings withWeightData(WeightData value) {
        return new PipelineSettings(
                denomination,
                imputation,
                imputationGroup,
                coverageThreshold,
                outliers,
                normalisation,
                normalisationScope,
                baseYear,
                baseReference,
                weighting,
                weightYear,
                aggregation,
                nonPositive,
                nonPositiveAmount,
                value);
    }

    public PipelineSettings withImputation(Imputation value) {
        return new PipelineSettings(
                denomination,
                value,
                imputationGroup,
                coverageThreshold,
                outliers,
                normalisation,
                normalisationScope,
                baseYear,
                baseReference,
                weighting,
                weightYear,
                aggregation,
                nonPositive,
                nonPositiveAmount,
                weightData);
    }

    public PipelineSettings withOutliers(OutlierSettings value) {
        return new PipelineSettings(
                denomination,
                imputation,
                imputationGroup,
                coverageThreshold,
                value,
                normalisation,
                normalisationScope,
                baseYear,
                baseReference,
                weighting,
                weightYear,
                aggregation,
                nonPositive,
                nonPositiveAmount,
                weightData);
    }

    public PipelineSettings withNormalisation(Normalisation value) {
        return new PipelineSettings(
                denomination,
                imputation,
                imputationGroup,
                coverageThreshold,
                outliers,
                value,
                normalisationScope,
                baseYear,
                baseReference,
                weighting,
                weightYear,
                aggregation,
                nonPositive,
                nonPositiveAmount,
                weightData);
    }

    public PipelineSettings withBaseYear(int year) {
        return new PipelineSettings(
                denomination,
                imputation,
                imputationGroup,
                coverageThreshold,
                outliers,
                normalisation,
                normalisationScope,
                OptionalInt.of(year),
                baseReference,
                weighting,
                weightYear,
                aggregation,
                nonPositive,
                nonPositiveAmount,
                weightData);
    }

    public PipelineSettings withWeighting(Weighting value) {
        return new PipelineSettings(
                denomination,
                imputation,
                imputationGroup,
                coverageThreshold,
                outliers,
                normalisation,
                normalisationScope,
                baseYear,
                baseReference,
                value,
                weightYear,
                aggregation,
                nonPositive,
                nonPositiveAmount,
                weightData);
    }

    public PipelineSettings withAggregation(Aggregation value) {
        return new PipelineSettings(
                denomination,
                imputation,
                imputationGroup,
                coverageThreshold,
                outliers,
                normalisation,
                normalisationScope,
                baseYear,
                baseReference,
                weighting,
                weightYear,
                value,
                nonPositive,
                nonPositiveAmount,
                weightData);
    }

    public PipelineSettings withNonPositive(NonPositivePolicy policy, double amount) {
        return new PipelineSettings(
                denomination,
                imputation,
                imputationGroup,
                coverageThreshold,
                outliers,
                normalisation,
                normalisationScope,
                baseYear,
                baseReference,
                weighting,
                weightYear,
                aggregation,
                policy,
                amount,
                weightData);
    }

    /**
     * A default denominator for extensive indicators: the sum of an annual-report field over the park's enterprises
     * (e.g. employees), or an imported park-level figure (e.g. area), times a scale (e.g. 10,000 for 每万人).
     *
     * @param field the report-field key, or null
     * @param importedKey the imported figure's key, or null
     * @param scale multiplier applied after the division
     */
    public record Denomination(String field, String importedKey, double scale) {

        public static final Denomination NONE = new Denomination(null, null, 1);

        public boolean isNone() {
            return field == null && importedKey == null;
        }

        @Override
        public String toString() {
            return isNone() ? "none" : "per " + (field != null ? field : "imported:" + importedKey) + " × " + scale;
        }
    }

    /** How missing values are filled in. */
    public enum Imputation {
        NONE,
        GROUP_MEAN,
        GROUP_MEDIAN,
        LAST_VALUE_CARRIED_FORWARD
    }

    /** Which units a group mean or median is taken over. */
    public enum ImputationGroup {
        /** All units of the same year. */
        YEAR,
        /** Units of the same year and the same unit group (e.g. region or park level). */
        UNIT_GROUP
    }

    /** Normalisation methods. */
    public enum Normalisation {
        /** (x − min) ÷ (max − min) × 100. */
        MIN_MAX,
        /** (x − mean) ÷ standard deviation (sample, n − 1). */
        Z_SCORE,
        /** Rank among units, average rank for ties, the best unit gets n. */
        RANK,
        /** x ÷ max × 100 (min ÷ x × 100 for negative indicators): distance to the frontier. */
        DISTANCE_TO_FRONTIER,
        /** (x − min) ÷ (target − min) × 100, capped at 100. */
        DISTANCE_TO_TARGET,
        /** (x − low) ÷ (high − low) × 100 clamped to [0, 100], with the indicator's fixed goalposts. */
        GOALPOSTS,
        /** x(t) ÷ x(base year) × 100 (inverted for negative indicators): years stay comparable. */
        BASE_YEAR_INDEX
    }

    /** Whether normalisation statistics are taken per year or pooled over all years. */
    public enum NormalisationScope {
        PER_YEAR,
        POOLED
    }

    /** The reference of a base-year index. */
    public enum BaseReference {
        /** Each unit against its own base-year value (常州-style development index). */
        UNIT,
        /** Each unit against the mean of all units in the base year. */
        MEAN
    }

    /** Weighting methods of a sibling group. */
    public enum Weighting {
        EQUAL,
        /** The weights (or 赋权 multipliers) written in the framework, normalised to sum 1 among siblings. */
        EXPERT,
        /** 层次分析法: principal eigenvector of the node's pairwise matrix, with the consistency ratio checked. */
        AHP,
        /** 熵权法. */
        ENTROPY,
        /** CRITIC: contrast intensity times conflict. */
        CRITIC,
        /** Squared loadings of the retained principal components (Kaiser: eigenvalue > 1). */
        PCA
    }

    /** Aggregation methods. */
    public enum Aggregation {
        ARITHMETIC,
        GEOMETRIC,
        HARMONIC
    }

    /** What geometric and harmonic aggregation do with a zero or negative value. Never silent. */
    public enum NonPositivePolicy {
        /** Fail with an error naming the node, unit and year. */
        ERROR,
        /** Add a fixed amount to every value before aggregating (fails if a value stays non-positive). */
        SHIFT,
        /** Replace every value below epsilon by epsilon (counted in the result's warnings). */
        EPSILON,
        /**
         * Rescale every indicator's normalised values linearly to [1, 100] within each year before aggregating, as
         * COINr does for a geometric mean ({@code n_minmax(l_u = c(1, 100))}): 1 + 99 (x − min) / (max − min). The
         * index and its pillars are then on [1, 100]; an indicator with one value in a year has no rescaled value.
         */
        RESCALE
    }

    /** The values data-driven weights (entropy, CRITIC, PCA) of a group of indicators are computed on. */
    public enum WeightData {
        /** The normalised values of the weight year (oriented: higher is better). */
        NORMALISED,
        /**
         * The raw values of the weight year after imputation and outlier treatment, before normalisation, oriented by
         * multiplying a negative indicator by −1. A group of pillars is always weighted on the pillars' scores.
         */
        RAW
    }
}
