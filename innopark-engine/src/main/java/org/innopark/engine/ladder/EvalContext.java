package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Amounts;

/**
 * The state of one evaluation of a scheme for one enterprise and year: it answers formulas' questions about the
 * enterprise and records, per condition, which inputs were unknown and which edge-case rules were applied.
 *
 * <p>An outcome-only context ({@link #outcomeOnly}) answers the same questions with the same code but records
 * nothing: no traces, no unknown inputs, no notes. The bulk path ({@link OutcomeEvaluator}) uses it.
 */
final class EvalContext {

    /** What one condition's evaluation touched that the verdict should explain. */
    static final class Trace {
        final Map<String, Label> unknowns = new LinkedHashMap<>();
        final List<Label> notes = new ArrayList<>();

        void addAll(Trace other) {
            unknowns.putAll(other.unknowns);
            for (Label n : other.notes) {
                if (!notes.contains(n)) {
                    notes.add(n);
                }
            }
        }
    }

    private record Memo(double value, Trace trace) {}

    private final EnterpriseFacts facts;
    private final String schemeId;
    private final int year;
    private final LocalDate asOf;
    private final YearsRegisteredTo yearsRegisteredTo;
    private final Integer registrationYear;
    private final boolean explain;
    private final Memo[] memo;
    private final double[] values;
    private final boolean[] known;
    private Trace trace;
    private boolean quiet;

    EvalContext(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf) {
        this(scheme, facts, year, asOf, true);
    }

    private EvalContext(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf, boolean explain) {
        this.facts = facts;
        this.schemeId = scheme.baseId().orElse(scheme.id());
        this.year = year;
        this.asOf = asOf;
        this.yearsRegisteredTo = scheme.yearsRegisteredTo();
        LocalDate reg = facts.registrationDateOrNull();
        this.registrationYear = reg == null ? null : reg.getYear();
        this.explain = explain;
        int n = scheme.quantities.size();
        if (explain) {
            this.memo = new Memo[n];
            this.values = null;
            this.known = null;
            this.trace = new Trace();
        } else {
            this.memo = null;
            this.values = new double[n];
            this.known = new boolean[n];
            this.quiet = true;
        }
    }

    /** A context that computes values without recording traces, unknown inputs or notes. */
    static EvalContext outcomeOnly(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf) {
        return new EvalContext(scheme, facts, year, asOf, false);
    }

    int year() {
        return year;
    }

    LocalDate asOf() {
        return asOf;
    }

    EnterpriseFacts facts() {
        return facts;
    }

    /** Starts recording a new trace; returns the previous one for {@link #end}. */
    Trace begin() {
        Trace previous = trace;
        trace = new Trace();
        return previous;
    }

    /** Stops recording, hands back what was recorded and adds it to the enclosing trace. */
    Trace end(Trace previous) {
        Trace done = trace;
        previous.addAll(done);
        trace = previous;
        return done;
    }

    void note(String zh, String en) {
        if (!quiet) {
            Label l = new Label(zh, en);
            if (!trace.notes.contains(l)) {
                trace.notes.add(l);
            }
        }
    }

    private void unknown(String key, String zh, String en) {
        if (!quiet) {
            trace.unknowns.put(key, new Label(zh, en));
        }
    }

    double quietly(Expr e) {
        boolean was = quiet;
        quiet = true;
        try {
            return e.eval(this);
        } finally {
            quiet = was;
        }
    }

    // ---- inputs

    double field(ReportField f, int y) {
        double v = facts.figureOrNaN(f, y);
        if (Double.isNaN(v) && !quiet) {
            unknown("field:" + f.key() + ":" + y, f.zh() + "(" + y + "年)", f.en() + " (" + y + ")");
        }
        return v;
    }

    double fact(FactDefinition d) {
        Object raw = facts.fact(schemeId, d.id(), year);
        if (raw == null) {
            if (!quiet) {
                unknown(
                        "fact:" + d.id(),
                        "外部事实:" + d.name().zh(),
                        "external fact: " + d.name().en());
            }
            return Double.NaN;
        }
        double v = switch (d.type()) {
            case BOOLEAN -> bool(d, raw) ? 1 : 0;
            case NUMBER -> number(d, raw);
            case CHOICE -> throw new IllegalStateException("choice fact " + d.id() + " used as a number");
        };
        if (v < d.min() || v > d.max()) {
            throw invalid(
                    d,
                    raw,
                    "范围 " + d.unit().zh(d.min()) + "–" + d.unit().zh(d.max()),
                    "range " + d.unit().en(d.min()) + " to " + d.unit().en(d.max()));
        }
        return v;
    }

    /** The answer to a choice fact, or null when unknown. */
    String choice(FactDefinition d) {
        Object raw = facts.fact(schemeId, d.id(), year);
        if (raw == null) {
            if (!quiet) {
                unknown(
                        "fact:" + d.id(),
                        "外部事实:" + d.name().zh(),
                        "external fact: " + d.name().en());
            }
            return null;
        }
        String option = raw.toString().strip();
        if (!d.options().contains(option)) {
            throw invalid(d, raw, "选项 " + d.options(), "one of " + d.options());
        }
        return option;
    }

    private static boolean bool(FactDefinition d, Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
            return n.doubleValue() == 1;
        }
        return switch (raw.toString().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "有" -> true;
            case "false", "no", "n", "0", "否", "无" -> false;
            default -> throw invalid(d, raw, "是/否", "yes or no");
        };
    }

    private static double number(FactDefinition d, Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        Double v = Amounts.parse(raw.toString());
        if (v == null) {
            throw invalid(d, raw, "数字", "a number");
        }
        return v;
    }

    private static InvalidValueException invalid(FactDefinition d, Object raw, String zh, String en) {
        return new InvalidValueException(
                "外部事实“" + d.name().zh() + "”的值“" + raw + "”无效,应为" + zh,
                "external fact '" + d.id() + "' = '" + raw + "' is not valid; expected " + en);
    }

    double quantity(Quantity q) {
        if (!explain) {
            int i = q.index();
            if (!known[i]) {
                values[i] = q.expr().eval(this);
                known[i] = true;
            }
            return values[i];
        }
        Memo m = memo[q.index()];
        if (m == null) {
            Trace previous = begin();
            double v = q.expr().eval(this);
            Trace t = end(previous);
            memo[q.index()] = new Memo(v, t);
            return v;
        }
        if (!quiet) {
            trace.addAll(m.trace());
        }
        return m.value();
    }

    Integer registrationYear() {
        return registrationYear;
    }

    double builtin(Expr.Builtin b) {
        return switch (b) {
            case YEARS_REGISTERED -> {
                LocalDate reg = facts.registrationDateOrNull();
                if (reg == null) {
                    unknown("registrationDate", "成立日期", "registration date");
                    yield Double.NaN;
                }
                yield yearsRegisteredTo.years(reg, year, asOf);
            }
            case LISTED, UNLISTED -> {
                Boolean listed = facts.listed().orElse(null);
                if (listed == null) {
                    unknown("listed", "是否上市", "whether listed");
                    yield Double.NaN;
                }
                yield listed == (b == Expr.Builtin.LISTED) ? 1 : 0;
            }
            case IN_HIGH_TECH_FIELD -> {
                if (facts.enterprise().map(e -> e.highTechField() != null).orElse(false)) {
                    yield 1;
                }
                unknown("highTechField", "所属高新技术领域", "high-tech field");
                yield Double.NaN;
            }
            // Every enterprise in the registry has a unified social credit code, issued only to enterprises
            // registered in mainland China, which makes it a resident enterprise (企业所得税法 第二条).
            case RESIDENT_ENTERPRISE -> 1;
        };
    }

    double held(QualificationType type) {
        return facts.holds(type, asOf) ? 1 : 0;
    }

    double platforms(Level level) {
        List<InnovationPlatform> hosted = facts.platforms();
        if (hosted == null) {
            unknown("platforms", "依托建设的创新平台", "innovation platforms hosted");
            return Double.NaN;
        }
        int n = 0;
        for (InnovationPlatform p : hosted) {
            if (p.level().ordinal() <= level.ordinal() && (p.approvedYear() == null || p.approvedYear() <= year)) {
                n++;
            }
        }
        return n;
    }

    // ---- multi-year functions

    double window(ReportField f, int years, boolean average) {
        Integer reg = registrationYear();
        double sum = 0;
        int counted = 0;
        boolean unknown = false;
        for (int y = year - years + 1; y <= year; y++) {
            if (reg != null && y < reg) {
                continue;
            }
            double v = field(f, y);
            if (Double.isNaN(v)) {
                unknown = true;
            } else {
                sum += v;
                counted++;
            }
        }
        if (unknown || counted == 0) {
            return Double.NaN;
        }
        if (counted < years) {
            if (!quiet) {
                note(
                        "成立不足" + years + "年,按实际经营年限(" + counted + "年)计算",
                        "fewer than " + years + " years of operation: computed over the actual " + counted + " years");
            }
        }
        return average ? sum / counted : sum;
    }

    /** The 高企 growth formula g = ½ × (Y2/Y1 + Y3/Y2) − 1 with the edge cases of domain-rules §4.2. */
    double growth(ReportField f) {
        Integer reg = registrationYear();
        double y3 = field(f, year);
        if (Double.isNaN(y3)) {
            return Double.NaN;
        }
        if (reg != null && reg >= year) {
            if (!quiet) {
                note(
                        "经营不足两个年度,无法计算增长率,按最低档计",
                        "fewer than two years of operation: growth cannot be computed and scores the lowest band");
            }
            return Double.NEGATIVE_INFINITY;
        }
        double y2 = field(f, year - 1);
        if (Double.isNaN(y2)) {
            return Double.NaN;
        }
        if (y2 == 0) {
            if (!quiet) {
                note(
                        "第二年" + f.zh() + "为0,按0分计(对《工作指引》的解释)",
                        "year 2 " + f.en().toLowerCase(Locale.ROOT)
                                + " is 0: scores 0 (an interpretation of the guideline)");
            }
            return Double.NEGATIVE_INFINITY;
        }
        if (reg != null && reg == year - 1) {
            if (!quiet) {
                note(
                        "经营不足三年,按实际年限计算:Y3/Y2 − 1",
                        "fewer than three years of operation: Y3/Y2 − 1 over the actual years");
            }
            return y3 / y2 - 1;
        }
        double y1 = field(f, year - 2);
        if (Double.isNaN(y1)) {
            return Double.NaN;
        }
        if (y1 == 0) {
            if (!quiet) {
                note(
                        "第一年" + f.zh() + "为0,按第二、三年计算:Y3/Y2 − 1",
                        "year 1 " + f.en().toLowerCase(Locale.ROOT) + " is 0: computed on years 2–3, Y3/Y2 − 1");
            }
            return y3 / y2 - 1;
        }
        return 0.5 * (y2 / y1 + y3 / y2) - 1;
    }

    double yearOnYear(ReportField f) {
        double now = field(f, year);
        double before = field(f, year - 1);
        if (Double.isNaN(now) || Double.isNaN(before)) {
            return Double.NaN;
        }
        if (before == 0) {
            if (!quiet) {
                note(
                        "上年" + f.zh() + "为0,增长率无法计算",
                        "last year's " + f.en().toLowerCase(Locale.ROOT) + " is 0: the growth rate cannot be computed");
            }
            return Double.NaN;
        }
        return now / before - 1;
    }

    double cagr(ReportField f, int years) {
        Integer reg = registrationYear();
        int base = year - years;
        if (reg != null && reg > base) {
            base = reg;
            if (year - base < 1) {
                if (!quiet) {
                    note("经营不足两个年度,无法计算复合增长率", "fewer than two years of operation: no compound growth rate");
                }
                return Double.NaN;
            }
            if (!quiet) {
                note(
                        "成立不足" + years + "年,按实际年限(" + (year - base) + "年)计算复合增长率",
                        "fewer than " + years + " years of operation: compound growth over the actual " + (year - base)
                                + " years");
            }
        }
        double now = field(f, year);
        double then = field(f, base);
        if (Double.isNaN(now) || Double.isNaN(then)) {
            return Double.NaN;
        }
        if (then <= 0) {
            if (!quiet) {
                note(
                        "基期(" + base + "年)" + f.zh() + "不为正,无法计算复合增长率",
                        "the base year (" + base + ") figure is not positive: no compound growth rate");
            }
            return Double.NaN;
        }
        return Math.pow(now / then, 1.0 / (year - base)) - 1;
    }
}
