package org.innopark.engine.points;

import java.util.List;
import java.util.function.IntFunction;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.ReportField;

/**
 * How an indicator's value is derived from an enterprise's annual reports. A formula returns {@code NaN} when the
 * value is missing: a figure not reported, a report of a needed year absent, or an undefined ratio.
 */
public sealed interface Formula {

    /**
     * The value for the given year.
     *
     * @param reports the enterprise's report of a year, or null when it has none for that year
     */
    double evaluate(IntFunction<AnnualReport> reports, int year);

    /** The report fields the formula reads. */
    List<ReportField> fields();

    /** A short human-readable description, e.g. {@code rdExpense / operatingRevenue}. */
    String describe();

    private static double figure(IntFunction<AnnualReport> reports, int year, ReportField field) {
        AnnualReport report = reports.apply(year);
        return report == null ? Double.NaN : report.getDouble(field);
    }

    /** The figure itself, e.g. 研发费用金额. */
    record Field(ReportField field) implements Formula {
        @Override
        public double evaluate(IntFunction<AnnualReport> reports, int year) {
            return figure(reports, year, field);
        }

        @Override
        public List<ReportField> fields() {
            return List.of(field);
        }

        @Override
        public String describe() {
            return field.key();
        }
    }

    /**
     * numerator / denominator of the same year, e.g. 研发费用占营业收入的比例; missing when the denominator is zero or
     * negative (a ratio over negative net assets means nothing).
     */
    record Ratio(ReportField numerator, ReportField denominator) implements Formula {
        @Override
        public double evaluate(IntFunction<AnnualReport> reports, int year) {
            double den = figure(reports, year, denominator);
            return den > 0 ? figure(reports, year, numerator) / den : Double.NaN;
        }

        @Override
        public List<ReportField> fields() {
            return List.of(numerator, denominator);
        }

        @Override
        public String describe() {
            return numerator.key() + " / " + denominator.key();
        }
    }

    /**
     * One-year growth rate (x[y] − x[y−1]) / x[y−1], e.g. 研发费用增速; missing when the previous year's figure is
     * missing, zero or negative.
     */
    record Growth(ReportField field) implements Formula {
        @Override
        public double evaluate(IntFunction<AnnualReport> reports, int year) {
            double previous = figure(reports, year - 1, field);
            return previous > 0 ? (figure(reports, year, field) - previous) / previous : Double.NaN;
        }

        @Override
        public List<ReportField> fields() {
            return List.of(field);
        }

        @Override
        public String describe() {
            return "growth(" + field.key() + ")";
        }
    }

    /**
     * Sum or average of a figure over the last N years including the scored one, e.g. 近两年 (N = 2); missing when
     * any of those years' figures is missing.
     */
    record Window(ReportField field, int years, boolean average) implements Formula {
        public Window {
            if (years < 1) {
                throw new IllegalArgumentException("years must be at least 1");
            }
        }

        @Override
        public double evaluate(IntFunction<AnnualReport> reports, int year) {
            double sum = 0;
            for (int y = year - years + 1; y <= year; y++) {
                sum += figure(reports, y, field);
            }
            return average ? sum / years : sum;
        }

        @Override
        public List<ReportField> fields() {
            return List.of(field);
        }

        @Override
        public String describe() {
            return (average ? "average" : "sum") + "(" + field.key() + ", " + years + " years)";
        }
    }
}
