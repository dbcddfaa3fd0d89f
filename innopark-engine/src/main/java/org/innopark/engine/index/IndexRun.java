package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One computed index, over the registry or over a spreadsheet: the result at every node and year, the year asked
 * for, the Monte Carlo rank uncertainty when replications were asked for, and notes from the application (e.g. an
 * ignored base year) besides the engine's warnings.
 *
 * @param result the nominal index
 * @param year the year reported (a year of the result)
 * @param uncertainty the rank uncertainty, or null when no replications were asked for
 * @param notes the application's warnings, shown with the engine's
 */
public record IndexRun(IndexResult result, int year, UncertaintyResult uncertainty, List<String> notes) {

    /** The most Monte Carlo replications one request may ask for. */
    public static final int MAX_SENSITIVITY = 20_000;

    /** Seed of the Monte Carlo analysis: the same request gives the same bands. */
    public static final long SEED = 20_211_106L;

    public IndexRun {
        Objects.requireNonNull(result, "result");
        notes = List.copyOf(notes);
    }

    public Framework framework() {
        return result.framework();
    }

    /** The years of the result up to the year reported, oldest first. */
    public int[] yearsUpTo() {
        return Arrays.stream(result.years()).filter(y -> y <= year).toArray();
    }

    /** Every warning: the application's notes, then the engine's. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(notes);
        all.addAll(result.warnings());
        return all;
    }

    /**
     * Applies a requested base year to the framework: it sets the reference year of a base-year index; for other
     * normalisations it changes nothing and says so in {@code notes}.
     */
    public static Framework withBaseYear(Framework framework, Integer baseYear, List<String> notes) {
        if (baseYear == null) {
            return framework;
        }
        PipelineSettings s = framework.settings();
        if (s.normalisation() != PipelineSettings.Normalisation.BASE_YEAR_INDEX) {
            notes.add("基期 " + baseYear + " 未使用: 该指标体系的标准化方法为 "
                    + s.normalisation().name().toLowerCase()
                    + ", 不是基期指数 / base year " + baseYear + " ignored: the framework normalises by "
                    + s.normalisation().name().toLowerCase() + ", not base_year_index");
            return framework;
        }
        return framework.withSettings(s.withBaseYear(baseYear));
    }

    /**
     * Computes the index and, when {@code sensitivity > 0}, its rank uncertainty with that many replications.
     *
     * @param threads Monte Carlo worker threads (0: one per processor)
     */
    public static IndexRun compute(
            Framework framework, IndexData data, int year, int sensitivity, int threads, List<String> notes) {
        checkSensitivity(sensitivity);
        if (sensitivity > 0) {
            UncertaintySpec spec =
                    uncertaintySpec(framework.settings(), sensitivity).withThreads(threads);
            UncertaintyResult u = RankUncertainty.run(framework, data, spec);
            return new IndexRun(u.nominal(), year, u, notes);
        }
        return new IndexRun(IndexCalculation.calculate(framework, data), year, null, notes);
    }

    /**
     * The data up to {@code year} (which must be one of its years): later years would move data-driven weights and
     * pooled normalisation, so an index of a year never depends on the years after it.
     */
    public static IndexData upTo(IndexData data, int year) {
        int[] years = data.years();
        int last = Arrays.binarySearch(years, year);
        if (last < 0) {
            throw new IllegalArgumentException("没有 " + year + " 年的数据, 有数据的年份: " + Arrays.toString(years)
                    + " / no data for " + year + "; years with data: " + Arrays.toString(years));
        }
        if (last == years.length - 1) {
            return data;
        }
        double[][][] values = Arrays.copyOf(data.copyValues(), last + 1);
        return IndexData.of(data.units(), data.indicatorIds(), Arrays.copyOf(years, last + 1), values);
    }

    /** Rejects a replication count outside 0 (none) and {@value #MAX_SENSITIVITY}, and a single replication. */
    public static void checkSensitivity(int sensitivity) {
        if (sensitivity < 0 || sensitivity == 1 || sensitivity > MAX_SENSITIVITY) {
            throw new IllegalArgumentException("sensitivity 应为 0(不做不确定性分析)或 2–" + MAX_SENSITIVITY
                    + " 次蒙特卡洛模拟, 实际为 " + sensitivity + " / sensitivity must be 0 (no uncertainty analysis) or 2-"
                    + MAX_SENSITIVITY + " Monte Carlo replications, got " + sensitivity);
        }
    }

    /**
     * The assumptions varied, as a COINr analyst would start: every sibling group's weights ±25%, and the imputation
     * (the framework's own or the group mean). Normalisation and aggregation alternatives change what the index
     * means (a base-year index, a geometric mean of min–max zeros) and are left to the framework's author.
     */
    public static UncertaintySpec uncertaintySpec(PipelineSettings settings, int replications) {
        List<PipelineSettings.Imputation> imputations = settings.imputation() == PipelineSettings.Imputation.GROUP_MEAN
                ? List.of()
                : List.of(settings.imputation(), PipelineSettings.Imputation.GROUP_MEAN);
        return UncertaintySpec.of(replications, SEED).withImputations(imputations);
    }
}
