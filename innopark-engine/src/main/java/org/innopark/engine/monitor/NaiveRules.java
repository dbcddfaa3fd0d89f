package org.innopark.engine.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The naive rules the early warning is measured against (issue #17's baseline): revenue down 30 % or more on the
 * same month of the year before, or headcount down 20 % or more on the month before, or no tax in the month, or a
 * month without a report. They are the comparison's definition, not a rule file: their numbers are the issue's.
 * Alerts form episodes as the early warning's do (one per firm and rule, closed after the same quiet months), so
 * that both are counted alike.
 */
public final class NaiveRules {

    /** Revenue at or below 70 % of the same month a year before. */
    static final double REVENUE_YOY = 0.7;
    /** Headcount at or below 80 % of the month before. */
    static final double HEADCOUNT_MOM = 0.8;

    private final int clearMonths;

    public NaiveRules(int clearMonths) {
        this.clearMonths = clearMonths;
    }

    public List<Alert> scan(Panel panel) {
        List<Alert> alerts = new ArrayList<>();
        int months = panel.months();
        String[] ids = {"naive-revenue-yoy", "naive-headcount-mom", "naive-zero-tax", "naive-missing-month"};
        for (FirmSeries f : panel.firms()) {
            double[] rev = f.values[Measure.REVENUE.ordinal()];
            double[] tax = f.values[Measure.TAX.ordinal()];
            double[] head = f.values[Measure.HEADCOUNT.ordinal()];
            int firstReport = -1;
            for (int t = 0; t < months && firstReport < 0; t++) {
                firstReport = f.reported[t] ? t : -1;
            }
            for (int r = 0; r < ids.length; r++) {
                boolean open = false;
                int quiet = 0;
                for (int t = 0; t < months; t++) {
                    boolean fired = switch (r) {
                        case 0 -> t >= 12 && rev[t - 12] > 0 && rev[t] <= REVENUE_YOY * rev[t - 12];
                        case 1 -> t >= 1 && head[t - 1] > 0 && head[t] <= HEADCOUNT_MOM * head[t - 1];
                        case 2 -> f.reported[t] && tax[t] == 0;
                        default -> firstReport >= 0 && t > firstReport && !f.reported[t];
                    };
                    if (open) {
                        quiet = fired ? 0 : quiet + 1;
                        open = quiet < clearMonths;
                    } else if (fired) {
                        alerts.add(new Alert(
                                f.creditCode, panel.start() + t, ids[r], Severity.WARNING, List.of(), ids[r]));
                        open = true;
                        quiet = 0;
                    }
                }
            }
        }
        return alerts;
    }
}
