package org.innopark.engine.monitor;

import java.util.Arrays;

/** Medians of small primitive arrays, sorted in place (no boxing): the robust statistics of the monitoring. */
final class RobustStats {

    private RobustStats() {}

    /** The median of the first n values of a (reordered in place); NaN when n is 0. */
    static double median(double[] a, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        if (n <= 32) {
            for (int i = 1; i < n; i++) {
                double v = a[i];
                int j = i - 1;
                while (j >= 0 && a[j] > v) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        } else {
            Arrays.sort(a, 0, n);
        }
        return (n & 1) == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    /** The median absolute deviation from m of the first n values of a (reordered in place). */
    static double mad(double[] a, int n, double m) {
        for (int i = 0; i < n; i++) {
            a[i] = Math.abs(a[i] - m);
        }
        return median(a, n);
    }
}
