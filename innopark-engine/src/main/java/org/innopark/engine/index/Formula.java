package org.innopark.engine.index;

import java.util.List;
import java.util.Objects;
import org.innopark.engine.registry.ReportField;

/**
 * How an indicator's park-level value is obtained for one year: aggregated from the park's enterprise annual reports,
 * or imported as a park-level figure. Either may then be turned into a year-on-year change.
 */
public sealed interface Formula permits Formula.EnterpriseAggregate, Formula.ImportedFigure {

    /** The year-on-year change applied after the value is computed. */
    Change change();

    /** Formula text for reports, e.g. {@code Σ rdExpense ÷ Σ operatingRevenue}. */
    String describe();

    /** Kinds of enterprise aggregate. */
    enum Kind {
        SUM,
        MEAN,
        COUNT
    }

    /** Year-on-year change of the value. */
    enum Change {
        NONE,
        /** value(t) − value(t − 1), e.g. 当年净增营业收入. */
        DIFFERENCE,
        /** value(t) ÷ value(t − 1) − 1, e.g. 增长率. */
        RATE
    }

    /**
     * An aggregate over the park's enterprises. An enterprise takes part when it reported every field the formula
     * reads (the field, the {@code per} field and the fields of the conditions). Its numerator is the field (1 for
     * COUNT) when it meets every condition and 0 otherwise; the denominator is the sum of {@code per} over every
     * enterprise that takes part, so {@code sum: rdExpense, per: operatingRevenue} is a ratio of sums over the
     * enterprises that reported both, and adding {@code where} gives a share (e.g. the revenue share of firms with an
     * R&D intensity of at least 5%). MEAN averages the field over the enterprises that meet the conditions.
     *
     * @param kind SUM, MEAN or COUNT
     * @param field the field summed or averaged; null for COUNT
     * @param where conditions every counted enterprise meets (all of them)
     * @param per denominator field (a ratio of sums), or null
     * @param perImported denominator as an imported park-level figure (e.g. area), or null
     * @param scale multiplier applied last (e.g. 10,000 for 每万人)
     * @param change year-on-year change
     */
    record EnterpriseAggregate(
            Kind kind,
            ReportField field,
            List<Condition> where,
            ReportField per,
            String perImported,
            double scale,
            Change change)
            implements Formula {

        public EnterpriseAggregate {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(change, "change");
            where = List.copyOf(where);
            if ((kind == Kind.COUNT) != (field == null)) {
                throw new IllegalArgumentException("COUNT has no field; SUM and MEAN need one");
            }
            if (per != null && perImported != null) {
                throw new IllegalArgumentException("use either per or perImported, not both");
            }
        }

        /** Whether the value is a ratio of two sums over the same enterprises. */
        public boolean isRatio() {
            return per != null;
        }

        @Override
        public String describe() {
            String core = switch (kind) {
                case SUM -> "Σ " + field.key();
                case MEAN -> "mean " + field.key();
                case COUNT -> "count";
            };
            if (!where.isEmpty()) {
                core += " where "
                        + String.join(
                                " and ", where.stream().map(Condition::describe).toList());
            }
            if (per != null) {
                core += " ÷ Σ " + per.key();
            } else if (perImported != null) {
                core += " ÷ " + perImported;
            }
            if (scale != 1) {
                core += " × " + (scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale));
            }
            return change == Change.NONE ? core : change.name().toLowerCase() + "(" + core + ")";
        }
    }

    /**
     * A park-level figure imported by key (e.g. from the park's statistics office), optionally divided by another
     * imported figure.
     */
    record ImportedFigure(String key, String perImported, double scale, Change change) implements Formula {

        public ImportedFigure {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(change, "change");
        }

        @Override
        public String describe() {
            String core = "imported " + key + (perImported == null ? "" : " ÷ imported " + perImported)
                    + (scale == 1 ? "" : " × " + scale);
            return change == Change.NONE ? core : change.name().toLowerCase() + "(" + core + ")";
        }
    }

    /**
     * A condition on one enterprise's report: a field, or the ratio of two fields, compared with a value.
     *
     * @param field the field compared
     * @param over when not null, the condition is on field ÷ over
     * @param operator comparison
     * @param value threshold
     */
    record Condition(ReportField field, ReportField over, Operator operator, double value) {

        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
        }

        /** Whether the report meets the condition; false when a field it needs is missing or the ratio undefined. */
        public boolean test(org.innopark.engine.registry.AnnualReport report) {
            double x = report.getDouble(field);
            if (over != null) {
                double d = report.getDouble(over);
                x = d == 0 ? Double.NaN : x / d;
            }
            return !Double.isNaN(x) && operator.test(x, value);
        }

        String describe() {
            return (over == null ? field.key() : field.key() + "/" + over.key()) + " " + operator.symbol() + " "
                    + value;
        }
    }

    /** Comparison operators of a condition. */
    enum Operator {
        GT(">"),
        GE(">="),
        LT("<"),
        LE("<="),
        EQ("=="),
        NE("!=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean test(double x, double threshold) {
            return switch (this) {
                case GT -> x > threshold;
                case GE -> x >= threshold;
                case LT -> x < threshold;
                case LE -> x <= threshold;
                case EQ -> x == threshold;
                case NE -> x != threshold;
            };
        }

        /** Finds an operator by its symbol, or null. */
        public static Operator bySymbol(String s) {
            for (Operator o : values()) {
                if (o.symbol.equals(s)) {
                    return o;
                }
            }
            return null;
        }
    }
}
