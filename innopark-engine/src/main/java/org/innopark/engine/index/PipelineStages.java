package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.stat.descriptive.moment.Kurtosis;
import org.hipparchus.stat.descriptive.moment.Skewness;
import org.innopark.engine.index.FrameworkNode.IndicatorSpec;
import org.innopark.engine.index.OutlierSettings.Method;
import org.innopark.engine.index.PipelineSettings.BaseReference;
import org.innopark.engine.index.PipelineSettings.Imputation;
import org.innopark.engine.index.PipelineSettings.ImputationGroup;
import org.innopark.engine.index.PipelineSettings.Normalisation;
import org.innopark.engine.index.PipelineSettings.NormalisationScope;
import org.innopark.engine.rules.Direction;

/**
 * The data stages of the pipeline on {@code x[year][unit][indicator]} arrays: coverage, imputation, outlier treatment
 * and normalisation. Each stage works on a copy and reports what it did.
 */
final class PipelineStages {

    private PipelineStages() {}

    static double[][][] copy(double[][][] x) {
        double[][][] c = new double[x.length][][];
        for (int y = 0; y < x.length; y++) {
            c[y] = new double[x[y].length][];
            for (int u = 0; u < x[y].length; u++) {
                c[y][u] = x[y][u].clone();
            }
        }
        return c;
    }

    // ---------------------------------------------------------------- coverage

    static CoverageReport coverage(IndexData data, double[][][] x, double threshold, int imputed) {
        int[] years = data.years();
        int nu = data.units().size();
        int nm = data.indicatorIds().size();
        double[][] unitCov = new double[years.length][nu];
        double[][] indCov = new double[years.length][nm];
        List<CoverageReport.Flag> flags = new ArrayList<>();
        for (int y = 0; y < years.length; y++) {
            int[] perIndicator = new int[nm];
            for (int u = 0; u < nu; u++) {
                int present = 0;
                for (int m = 0; m < nm; m++) {
                    if (!Double.isNaN(x[y][u][m])) {
                        present++;
                        perIndicator[m]++;
                    }
                }
                unitCov[y][u] = (double) present / nm;
                if (unitCov[y][u] < threshold) {
                    flags.add(new CoverageReport.Flag(
                            CoverageReport.Subject.UNIT, data.units().get(u).id(), years[y], unitCov[y][u]));
                }
            }
            for (int m = 0; m < nm; m++) {
                indCov[y][m] = (double) perIndicator[m] / nu;
                if (indCov[y][m] < threshold) {
                    flags.add(new CoverageReport.Flag(
                            CoverageReport.Subject.INDICATOR,
                            data.indicatorIds().get(m),
                            years[y],
                            indCov[y][m]));
                }
            }
        }
        return new CoverageReport(threshold, unitCov, indCov, flags, imputed);
    }

    // ---------------------------------------------------------------- imputation

    /** Fills gaps in place; returns the number of values filled. */
    static int impute(double[][][] x, IndexData data, Imputation method, ImputationGroup group) {
        if (method == Imputation.NONE) {
            return 0;
        }
        int filled = 0;
        int ny = x.length;
        int nu = data.units().size();
        int nm = data.indicatorIds().size();
        if (method == Imputation.LAST_VALUE_CARRIED_FORWARD) {
            for (int u = 0; u < nu; u++) {
                for (int m = 0; m < nm; m++) {
                    double last = Double.NaN;
                    for (int y = 0; y < ny; y++) {
                        if (Double.isNaN(x[y][u][m])) {
                            if (!Double.isNaN(last)) {
                                x[y][u][m] = last;
                                filled++;
                            }
                        } else {
                            last = x[y][u][m];
                        }
                    }
                }
            }
            return filled;
        }
        String[] groups = new String[nu];
        for (int u = 0; u < nu; u++) {
            groups[u] = group == ImputationGroup.YEAR ? "" : data.units().get(u).group();
        }
        double[] buffer = new double[nu];
        for (int y = 0; y < ny; y++) {
            double[][] original = new double[nu][];
            for (int u = 0; u < nu; u++) {
                original[u] = x[y][u].clone();
            }
            for (int m = 0; m < nm; m++) {
                for (int u = 0; u < nu; u++) {
                    if (!Double.isNaN(original[u][m])) {
                        continue;
                    }
                    int n = 0;
                    for (int v = 0; v < nu; v++) {
                        if (groups[v].equals(groups[u]) && !Double.isNaN(original[v][m])) {
                            buffer[n++] = original[v][m];
                        }
                    }
                    if (n > 0) {
                        x[y][u][m] = method == Imputation.GROUP_MEAN ? mean(buffer, n) : median(buffer, n);
                        filled++;
                    }
                }
            }
        }
        return filled;
    }

    static double mean(double[] v, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i];
        }
        return s / n;
    }

    static double median(double[] v, int n) {
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    // ---------------------------------------------------------------- outlier treatment

    /** Treats outliers in place, per indicator and year; returns what was done. */
    static List<Treatment> treat(double[][][] x, IndexData data, OutlierSettings s) {
        List<Treatment> log = new ArrayList<>();
        if (s.method() == Method.NONE) {
            return log;
        }
        int[] years = data.years();
        int nu = data.units().size();
        int nm = data.indicatorIds().size();
        for (int y = 0; y < x.length; y++) {
            for (int m = 0; m < nm; m++) {
                int[] idx = new int[nu];
                int n = 0;
                for (int u = 0; u < nu; u++) {
                    if (!Double.isNaN(x[y][u][m])) {
                        idx[n++] = u;
                    }
                }
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = x[y][idx[i]][m];
                }
                Treatment t = treatOne(v, s, data.indicatorIds().get(m), years[y]);
                if (t != null) {
                    for (int i = 0; i < n; i++) {
                        x[y][idx[i]][m] = v[i];
                    }
                    log.add(t);
                }
            }
        }
        return log;
    }

    /** Treats one vector in place (no NaN); null when nothing was done. */
    static Treatment treatOne(double[] v, OutlierSettings s, String indicatorId, int year) {
        if (v.length < 4) {
            return null;
        }
        double skew0 = skew(v);
        double kurt0 = kurt(v);
        if (s.method() == Method.LOG || s.method() == Method.SQRT) {
            if (!(Math.abs(skew0) > s.transformSkew())) {
                return null;
            }
            transform(v, s.method());
            return new Treatment(indicatorId, year, s.method(), 0, skew0, kurt0, skew(v), kurt(v));
        }
        if (!outlying(skew0, kurt0, s)) {
            return null;
        }
        double[] original = v.clone();
        int points = 0;
        double skew = skew0;
        double kurt = kurt0;
        while (outlying(skew, kurt, s) && points < s.maxPoints()) {
            points += winsoriseOnce(v, skew > 0);
            skew = skew(v);
            kurt = kurt(v);
        }
        if (outlying(skew, kurt, s) && s.fallback() != Method.NONE) {
            System.arraycopy(original, 0, v, 0, v.length);
            transform(v, s.fallback());
            return new Treatment(indicatorId, year, s.fallback(), 0, skew0, kurt0, skew(v), kurt(v));
        }
        return new Treatment(indicatorId, year, Method.WINSORISE, points, skew0, kurt0, skew, kurt);
    }

    private static boolean outlying(double skew, double kurt, OutlierSettings s) {
        return Math.abs(skew) > s.skew() && kurt > s.kurtosis();
    }

    /** Sets the highest (or lowest) value(s) to the next value in; returns how many points changed. */
    private static int winsoriseOnce(double[] v, boolean high) {
        double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double e : v) {
            extreme = high ? Math.max(extreme, e) : Math.min(extreme, e);
        }
        double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double e : v) {
            if (e != extreme) {
                next = high ? Math.max(next, e) : Math.min(next, e);
            }
        }
        if (Double.isInfinite(next)) {
            return 0;
        }
        int changed = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] == extreme) {
                v[i] = next;
                changed++;
            }
        }
        return changed;
    }

    static void transform(double[] v, Method method) {
        double min = Double.POSITIVE_INFINITY;
        for (double e : v) {
            min = Math.min(min, e);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = method == Method.LOG
                    ? (min > 0 ? Math.log(v[i]) : Math.log(v[i] - min + 1))
                    : (min >= 0 ? Math.sqrt(v[i]) : Math.sqrt(v[i] - min));
        }
    }

    /** Bias-corrected sample skewness (Excel SKEW); 0 for constant data. */
    static double skew(double[] v) {
        double s = new Skewness().evaluate(v);
        return Double.isNaN(s) ? 0 : s;
    }

    /** Bias-corrected sample excess kurtosis (Excel KURT); 0 for constant data. */
    static double kurt(double[] v) {
        double k = new Kurtosis().evaluate(v);
        return Double.isNaN(k) ? 0 : k;
    }

    // ---------------------------------------------------------------- normalisation

    /** Normalises into a new array; direction is applied so that higher is always better. */
    static double[][][] normalise(
            double[][][] x,
            List<IndicatorSpec> specs,
            PipelineSettings s,
            int baseYearIndex,
            List<String> warnings,
            List<String> indicatorIds) {
        int ny = x.length;
        int nu = ny == 0 ? 0 : x[0].length;
        int nm = specs.size();
        double[][][] out = new double[ny][nu][nm];
        Normalisation method = s.normalisation();
        double[] buf = new double[nu * (s.normalisationScope() == NormalisationScope.POOLED ? ny : 1)];
        for (int m = 0; m < nm; m++) {
            IndicatorSpec spec = specs.get(m);
            String id = indicatorIds.get(m);
            if (method == Normalisation.GOALPOSTS && spec.goalposts() == null) {
                throw new IndexCalculationException(
                        "indicator " + id + " has no goalposts for GOALPOSTS normalisation");
            }
            if (method == Normalisation.DISTANCE_TO_TARGET && Double.isNaN(spec.target())) {
                throw new IndexCalculationException("indicator " + id + " has no target for DISTANCE_TO_TARGET");
            }
            if (method == Normalisation.BASE_YEAR_INDEX) {
                baseYear(x, out, m, spec.direction(), s.baseReference(), baseYearIndex, warnings, id);
                continue;
            }
            if (s.normalisationScope() == NormalisationScope.POOLED) {
                int n = 0;
                for (int y = 0; y < ny; y++) {
                    for (int u = 0; u < nu; u++) {
                        buf[n++] = x[y][u][m];
                    }
                }
                double[] res = normaliseVector(Arrays.copyOf(buf, n), method, spec, id, warnings);
                n = 0;
                for (int y = 0; y < ny; y++) {
                    for (int u = 0; u < nu; u++) {
                        out[y][u][m] = res[n++];
                    }
                }
            } else {
                double[] col = new double[nu];
                for (int y = 0; y < ny; y++) {
                    for (int u = 0; u < nu; u++) {
                        col[u] = x[y][u][m];
                    }
                    double[] res = normaliseVector(col, method, spec, id, warnings);
                    for (int u = 0; u < nu; u++) {
                        out[y][u][m] = res[u];
                    }
                }
            }
        }
        return out;
    }

    /** Normalises one vector (NaN stays NaN); higher is better in the result. */
    static double[] normaliseVector(
            double[] v, Normalisation method, IndicatorSpec spec, String id, List<String> warnings) {
        int sign = spec.direction().sign();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (double e : v) {
            if (e == e) {
                min = Math.min(min, e);
                max = Math.max(max, e);
                sum += e;
                n++;
            }
        }
        double[] out = new double[v.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        switch (method) {
            case MIN_MAX -> {
                if (max == min) {
                    warnings.add("indicator " + id + " is constant; min–max gives 50 to every unit");
                }
                for (int i = 0; i < v.length; i++) {
                    out[i] = max == min
                            ? (v[i] == v[i] ? 50 : Double.NaN)
                            : (sign > 0 ? v[i] - min : max - v[i]) / (max - min) * 100;
                }
            }
            case Z_SCORE -> {
                double mean = sum / n;
                double ss = 0;
                for (double e : v) {
                    if (e == e) {
                        ss += (e - mean) * (e - mean);
                    }
                }
                double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
                for (int i = 0; i < v.length; i++) {
                    out[i] = sd > 0 ? sign * (v[i] - mean) / sd : (v[i] == v[i] ? 0 : Double.NaN);
                }
            }
            case RANK -> {
                double[] oriented = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    oriented[i] = sign * v[i];
                }
                double[] r = averageRanks(oriented);
                System.arraycopy(r, 0, out, 0, v.length);
            }
            case DISTANCE_TO_FRONTIER -> {
                if (min <= 0) {
                    throw new IndexCalculationException(
                            "distance to frontier needs positive values; indicator " + id + " has " + min);
                }
                for (int i = 0; i < v.length; i++) {
                    out[i] = sign > 0 ? v[i] / max * 100 : min / v[i] * 100;
                }
            }
            case DISTANCE_TO_TARGET -> {
                double t = spec.target();
                for (int i = 0; i < v.length; i++) {
                    double d = sign > 0 ? (v[i] - min) / (t - min) : (max - v[i]) / (max - t);
                    out[i] = Math.min(100, d * 100);
                }
                if (sign > 0 ? t <= min : t >= max) {
                    throw new IndexCalculationException("the target of " + id + " is already reached by every unit");
                }
            }
            case GOALPOSTS -> {
                double[] g = spec.goalposts();
                for (int i = 0; i < v.length; i++) {
                    double d = sign > 0 ? (v[i] - g[0]) / (g[1] - g[0]) : (g[1] - v[i]) / (g[1] - g[0]);
                    out[i] = v[i] == v[i] ? Math.max(0, Math.min(100, d * 100)) : Double.NaN;
                }
            }
            default -> throw new IllegalStateException(method.name());
        }
        return out;
    }

    private static void baseYear(
            double[][][] x,
            double[][][] out,
            int m,
            Direction direction,
            BaseReference ref,
            int b,
            List<String> warnings,
            String id) {
        int nu = x[0].length;
        double meanBase = 0;
        int n = 0;
        for (int u = 0; u < nu; u++) {
            double e = x[b][u][m];
            if (e == e) {
                meanBase += e;
                n++;
            }
        }
        meanBase = n == 0 ? Double.NaN : meanBase / n;
        int missing = 0;
        for (int u = 0; u < nu; u++) {
            double base = ref == BaseReference.UNIT ? x[b][u][m] : meanBase;
            boolean usable = base > 0;
            if (!usable) {
                missing++;
            }
            for (int y = 0; y < x.length; y++) {
                double v = x[y][u][m];
                out[y][u][m] = !usable
                        ? Double.NaN
                        : direction == Direction.POSITIVE ? v / base * 100 : (v > 0 ? base / v * 100 : Double.NaN);
            }
        }
        if (missing > 0) {
            warnings.add("indicator " + id + ": " + missing
                    + " unit(s) have no positive base-year value; their base-year index is missing");
        }
    }

    /** Average ranks of the non-NaN values, 1 = lowest; NaN stays NaN. */
    static double[] averageRanks(double[] v) {
        int n = 0;
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] == v[i]) {
                idx[n++] = i;
            }
        }
        Integer[] present = Arrays.copyOf(idx, n);
        Arrays.sort(present, (a, c) -> Double.compare(v[a], v[c]));
        double[] r = new double[v.length];
        Arrays.fill(r, Double.NaN);
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[present[j + 1]] == v[present[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[present[k]] = avg;
            }
            i = j + 1;
        }
        return r;
    }
}
