package org.innopark.engine.ladder;

import java.util.List;
import java.util.Set;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;

/**
 * A compiled formula of a rule file. It evaluates to a number, or to NaN when an input is unknown (a figure not
 * reported, an external fact not given); the context records which input was missing and any edge-case note.
 */
sealed interface Expr {

    double eval(EvalContext c);

    /** Adds the report fields whose value in the assessed year this formula depends on. */
    void currentYearFields(Set<ReportField> out);

    /** A literal number. */
    record Num(double value) implements Expr {
        public double eval(EvalContext c) {
            return value;
        }

        public void currentYearFields(Set<ReportField> out) {}
    }

    /** A report figure of the assessed year, or of {@code offset} years before it. */
    record Field(ReportField field, int offset) implements Expr {
        public double eval(EvalContext c) {
            return c.field(field, c.year() - offset);
        }

        public void currentYearFields(Set<ReportField> out) {
            if (offset == 0) {
                out.add(field);
            }
        }
    }

    /** An external fact declared by the scheme. */
    record FactRef(FactDefinition fact) implements Expr {
        public double eval(EvalContext c) {
            return c.fact(fact);
        }

        public void currentYearFields(Set<ReportField> out) {}
    }

    /** A derived quantity declared by the scheme, evaluated once per assessment. */
    record QuantityRef(Quantity quantity) implements Expr {
        public double eval(EvalContext c) {
            return c.quantity(quantity);
        }

        public void currentYearFields(Set<ReportField> out) {
            quantity.expr().currentYearFields(out);
        }
    }

    /** Values the engine knows about every enterprise. */
    enum Builtin {
        YEARS_REGISTERED("yearsRegistered", Unit.YEARS),
        LISTED("listed", Unit.FLAG),
        UNLISTED("unlisted", Unit.FLAG),
        IN_HIGH_TECH_FIELD("inHighTechField", Unit.FLAG),
        RESIDENT_ENTERPRISE("residentEnterprise", Unit.FLAG);

        final String key;
        final Unit unit;

        Builtin(String key, Unit unit) {
            this.key = key;
            this.unit = unit;
        }

        static Builtin find(String key) {
            for (Builtin b : values()) {
                if (b.key.equals(key)) {
                    return b;
                }
            }
            return null;
        }
    }

    record BuiltinRef(Builtin builtin) implements Expr {
        public double eval(EvalContext c) {
            return c.builtin(builtin);
        }

        public void currentYearFields(Set<ReportField> out) {}
    }

    record Negate(Expr operand) implements Expr {
        public double eval(EvalContext c) {
            return -operand.eval(c);
        }

        public void currentYearFields(Set<ReportField> out) {
            operand.currentYearFields(out);
        }
    }

    /** + − × ÷; a division by zero is unknown. */
    record Binary(char op, Expr left, Expr right) implements Expr {
        public double eval(EvalContext c) {
            double a = left.eval(c);
            double b = right.eval(c);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> {
                    if (b == 0) {
                        c.note("分母为0,比值无法计算", "the denominator is 0, so the ratio cannot be computed");
                        yield Double.NaN;
                    }
                    yield a / b;
                }
            };
        }

        public void currentYearFields(Set<ReportField> out) {
            left.currentYearFields(out);
            right.currentYearFields(out);
        }
    }

    /** sum(field, n) and avg(field, n) over the last n years, or the actual years for a younger enterprise. */
    record Window(boolean average, ReportField field, int years) implements Expr {
        public double eval(EvalContext c) {
            return c.window(field, years, average);
        }

        public void currentYearFields(Set<ReportField> out) {
            out.add(field);
        }
    }

    /** growth(field): the 高企 average growth over three years, ½×(Y2/Y1 + Y3/Y2) − 1, with its edge cases. */
    record Growth(ReportField field) implements Expr {
        public double eval(EvalContext c) {
            return c.growth(field);
        }

        public void currentYearFields(Set<ReportField> out) {
            out.add(field);
        }
    }

    /** yoy(field): growth over the year before, Y(t)/Y(t−1) − 1. */
    record YearOnYear(ReportField field) implements Expr {
        public double eval(EvalContext c) {
            return c.yearOnYear(field);
        }

        public void currentYearFields(Set<ReportField> out) {
            out.add(field);
        }
    }

    /** cagr(field, n): compound annual growth over n years, (Y(t)/Y(t−n))^(1/n) − 1. */
    record Cagr(ReportField field, int years) implements Expr {
        public double eval(EvalContext c) {
            return c.cagr(field, years);
        }

        public void currentYearFields(Set<ReportField> out) {
            out.add(field);
        }
    }

    /** max(…) and min(…): "the better of" alternatives; unknown if any argument is. */
    record Extreme(boolean max, List<Expr> args) implements Expr {
        public double eval(EvalContext c) {
            double r = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            boolean unknown = false;
            for (Expr a : args) {
                double v = a.eval(c);
                if (Double.isNaN(v)) {
                    unknown = true;
                } else {
                    r = max ? Math.max(r, v) : Math.min(r, v);
                }
            }
            return unknown ? Double.NaN : r;
        }

        public void currentYearFields(Set<ReportField> out) {
            args.forEach(a -> a.currentYearFields(out));
        }
    }

    /** orZero(x): x, or 0 when x is unknown (for figures where "not reported" means "none"). */
    record OrZero(Expr operand) implements Expr {
        public double eval(EvalContext c) {
            double v = c.quietly(operand);
            return Double.isNaN(v) ? 0 : v;
        }

        public void currentYearFields(Set<ReportField> out) {
            operand.currentYearFields(out);
        }
    }

    /** held(TYPE): 1 when the enterprise holds a valid qualification of the type on the assessment date, else 0. */
    record Held(QualificationType type) implements Expr {
        public double eval(EvalContext c) {
            return c.held(type);
        }

        public void currentYearFields(Set<ReportField> out) {}
    }

    /** platforms(LEVEL): the innovation platforms the enterprise hosts at that level or above. */
    record Platforms(Level level) implements Expr {
        public double eval(EvalContext c) {
            return c.platforms(level);
        }

        public void currentYearFields(Set<ReportField> out) {}
    }
}
