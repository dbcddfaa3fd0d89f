package org.innopark.engine.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 月度报表面板: the monthly reports of many enterprises over a common run of months, from {@link #start()} for
 * {@link #months()} months. Build it with {@link Builder}; rows may come in any order.
 */
public final class Panel {

    private final int start;
    private final int months;
    private final List<FirmSeries> firms;

    private Panel(int start, int months, List<FirmSeries> firms) {
        this.start = start;
        this.months = months;
        this.firms = Collections.unmodifiableList(firms);
    }

    /** The first period (see {@link Period}). */
    public int start() {
        return start;
    }

    public int months() {
        return months;
    }

    /** The firms in the order their first row came. */
    public List<FirmSeries> firms() {
        return firms;
    }

    /** Firm-months with a report. */
    public long reportedMonths() {
        long n = 0;
        for (FirmSeries f : firms) {
            for (boolean r : f.reported) {
                n += r ? 1 : 0;
            }
        }
        return n;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects rows in primitive arrays, then lays them out per firm. */
    public static final class Builder {

        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> codes = new ArrayList<>();
        private final Map<String, FirmProfile> profiles = new HashMap<>();
        private int[] firm = new int[1024];
        private int[] period = new int[1024];
        private double[] figures = new double[1024 * 4];
        private int rows;
        private int first = Integer.MAX_VALUE;
        private int last = Integer.MIN_VALUE;
        private int rangeFirst = Integer.MAX_VALUE;
        private int rangeLast = Integer.MIN_VALUE;

        /** What the panel knows of a firm besides its reports (optional; a firm may have a profile but no row). */
        public Builder profile(FirmProfile p) {
            profiles.put(p.creditCode(), p);
            return this;
        }

        /**
         * One month's report; a figure not reported is NaN.
         *
         * @throws IllegalArgumentException when the firm already has a row for the month
         */
        public Builder row(String creditCode, int month, double revenue, double tax, double headcount, double power) {
            Integer f = index.get(creditCode);
            if (f == null) {
                f = codes.size();
                index.put(creditCode, f);
                codes.add(creditCode);
            }
            if (rows == firm.length) {
                firm = Arrays.copyOf(firm, rows * 2);
                period = Arrays.copyOf(period, rows * 2);
                figures = Arrays.copyOf(figures, rows * 8);
            }
            firm[rows] = f;
            period[rows] = month;
            figures[rows * 4] = revenue;
            figures[rows * 4 + 1] = tax;
            figures[rows * 4 + 2] = headcount;
            figures[rows * 4 + 3] = power;
            rows++;
            first = Math.min(first, month);
            last = Math.max(last, month);
            return this;
        }

        public int rows() {
            return rows;
        }

        /**
         * Makes the panel span at least the months from {@code first} to {@code last}, with or without rows: a part of
         * a panel (some of its firms) scanned as the whole panel is, over the same months.
         */
        public Builder range(int first, int last) {
            rangeFirst = Math.min(rangeFirst, first);
            rangeLast = Math.max(rangeLast, last);
            return this;
        }

        /**
         * The panel from the first to the last month of any row.
         *
         * @throws IllegalArgumentException when a firm has two rows for one month
         */
        public Panel build() {
            int first = Math.min(this.first, rangeFirst);
            int last = Math.max(this.last, rangeLast);
            if (first > last) {
                return new Panel(0, 0, List.of());
            }
            int months = last - first + 1;
            List<FirmSeries> firms = new ArrayList<>(codes.size());
            for (String code : codes) {
                firms.add(new FirmSeries(
                        code, profiles.getOrDefault(code, new FirmProfile(code, null, null, null)), months));
            }
            for (int r = 0; r < rows; r++) {
                FirmSeries s = firms.get(firm[r]);
                int t = period[r] - first;
                if (s.reported[t]) {
                    throw new IllegalArgumentException(
                            "two reports of " + s.creditCode + " for " + Period.format(period[r]) + " / " + s.creditCode
                                    + " 的 " + Period.format(period[r]) + " 有两行报表");
                }
                boolean any = false;
                for (int m = 0; m < 4; m++) {
                    double v = figures[r * 4 + m];
                    s.values[m][t] = v;
                    any |= !Double.isNaN(v);
                }
                s.reported[t] = any;
            }
            return new Panel(first, months, firms);
        }
    }
}
