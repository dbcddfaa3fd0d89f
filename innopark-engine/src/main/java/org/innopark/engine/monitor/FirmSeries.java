package org.innopark.engine.monitor;

/**
 * One enterprise's monthly reports over a panel's months, as primitive arrays indexed by month from the panel's
 * first period: a value not reported is NaN, and a month without a report (no row, or a row with every figure
 * empty) is not {@link #reported}.
 */
public final class FirmSeries {

    final String creditCode;
    final FirmProfile profile;
    /** By {@link Measure#ordinal()}, then month. */
    final double[][] values;

    final boolean[] reported;

    FirmSeries(String creditCode, FirmProfile profile, int months) {
        this.creditCode = creditCode;
        this.profile = profile;
        this.values = new double[Measure.values().length][months];
        for (double[] v : values) {
            java.util.Arrays.fill(v, Double.NaN);
        }
        this.reported = new boolean[months];
    }

    public String creditCode() {
        return creditCode;
    }

    public FirmProfile profile() {
        return profile;
    }

    /** The value of a measure in the month (index from the panel's start), NaN when not reported. */
    public double value(Measure m, int month) {
        return values[m.ordinal()][month];
    }

    public boolean reported(int month) {
        return reported[month];
    }

    public int months() {
        return reported.length;
    }
}
