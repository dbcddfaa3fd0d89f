package org.innopark.engine.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Amounts;

/**
 * Parses the formulas of rule files:
 *
 * <pre>
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '/') unary)*
 * unary   := '-' unary | primary
 * primary := number | name | name '[' '-' digits ']' | name '(' args ')' | '(' expr ')'
 * </pre>
 *
 * A name is a report field key ({@code rdExpense}), a fact or quantity of the scheme, or a built-in
 * ({@code yearsRegistered}, {@code listed}, {@code unlisted}, {@code inHighTechField}, {@code residentEnterprise}).
 * {@code rdExpense[-1]} is the figure of the year before. Functions: {@code sum(f, n)}, {@code avg(f, n)},
 * {@code growth(f)}, {@code yoy(f)}, {@code cagr(f, n)}, {@code max(a, …)}, {@code min(a, …)}, {@code orZero(x)},
 * {@code held(TYPE)}, {@code platforms(LEVEL)}. Numbers may end in {@code %}, {@code 万} or {@code 亿}.
 */
final class ExprParser {

    /** A formula that cannot be parsed, with the 0-based character position of the problem. */
    static final class Problem extends RuntimeException {
        final int position;

        Problem(int position, String message) {
            super(message);
            this.position = position;
        }
    }

    private final String text;
    private final Function<String, Expr> names;
    private int pos;

    private ExprParser(String text, Function<String, Expr> names) {
        this.text = text;
        this.names = names;
    }

    /**
     * Parses a formula.
     *
     * @param names resolves a scheme's own names (facts and quantities), null when unknown
     */
    static Expr parse(String text, Function<String, Expr> names) {
        ExprParser p = new ExprParser(text, names);
        Expr e = p.expr();
        p.skipBlanks();
        if (p.pos < text.length()) {
            throw new Problem(p.pos, "unexpected '" + text.charAt(p.pos) + "' / 多余的字符");
        }
        return e;
    }

    private Expr expr() {
        Expr left = term();
        while (true) {
            skipBlanks();
            if (peek('+') || peek('-')) {
                char op = text.charAt(pos++);
                left = new Expr.Binary(op, left, term());
            } else {
                return left;
            }
        }
    }

    private Expr term() {
        Expr left = unary();
        while (true) {
            skipBlanks();
            if (peek('*') || peek('/') || peek('×') || peek('÷')) {
                char op = text.charAt(pos++);
                left = new Expr.Binary(op == '×' ? '*' : op == '÷' ? '/' : op, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        skipBlanks();
        if (peek('-')) {
            pos++;
            return new Expr.Negate(unary());
        }
        return primary();
    }

    private Expr primary() {
        skipBlanks();
        if (pos >= text.length()) {
            throw new Problem(pos, "the formula ends too early / 公式不完整");
        }
        char ch = text.charAt(pos);
        if (ch == '(') {
            pos++;
            Expr e = expr();
            expect(')');
            return e;
        }
        if (Character.isDigit(ch) || ch == '.') {
            return number();
        }
        if (Character.isLetter(ch) || ch == '_') {
            int start = pos;
            String name = name();
            skipBlanks();
            if (peek('(')) {
                pos++;
                return function(name, start);
            }
            if (peek('[')) {
                pos++;
                skipBlanks();
                expect('-');
                int offset = digits();
                expect(']');
                return new Expr.Field(field(name, start), offset);
            }
            return reference(name, start);
        }
        throw new Problem(pos, "unexpected '" + ch + "' / 无法识别的字符");
    }

    private Expr reference(String name, int start) {
        ReportField field = fieldOrNull(name);
        if (field != null) {
            return new Expr.Field(field, 0);
        }
        Expr.Builtin builtin = Expr.Builtin.find(name);
        if (builtin != null) {
            return new Expr.BuiltinRef(builtin);
        }
        Expr own = names.apply(name);
        if (own != null) {
            return own;
        }
        throw new Problem(start, "unknown name '" + name + "' / 未知的名称: not a report field, fact, quantity or built-in");
    }

    private Expr function(String name, int start) {
        switch (name) {
            case "sum", "avg" -> {
                ReportField f = fieldArgument();
                expect(',');
                int n = digits();
                expect(')');
                return new Expr.Window(name.equals("avg"), f, positive(n, start));
            }
            case "growth", "yoy" -> {
                ReportField f = fieldArgument();
                expect(')');
                return name.equals("growth") ? new Expr.Growth(f) : new Expr.YearOnYear(f);
            }
            case "cagr" -> {
                ReportField f = fieldArgument();
                expect(',');
                int n = digits();
                expect(')');
                return new Expr.Cagr(f, positive(n, start));
            }
            case "max", "min" -> {
                List<Expr> args = new ArrayList<>();
                args.add(expr());
                while (skipBlanks() && peek(',')) {
                    pos++;
                    args.add(expr());
                }
                expect(')');
                return new Expr.Extreme(name.equals("max"), List.copyOf(args));
            }
            case "orZero" -> {
                Expr e = expr();
                expect(')');
                return new Expr.OrZero(e);
            }
            case "held" -> {
                skipBlanks();
                int at = pos;
                String type = name();
                expect(')');
                for (QualificationType t : QualificationType.values()) {
                    if (t.name().equalsIgnoreCase(type)) {
                        return new Expr.Held(t);
                    }
                }
                throw new Problem(at, "unknown qualification type '" + type + "' / 未知的资质类型");
            }
            case "platforms" -> {
                skipBlanks();
                int at = pos;
                String level = name();
                expect(')');
                for (Level l : Level.values()) {
                    if (l.name().equalsIgnoreCase(level)) {
                        return new Expr.Platforms(l);
                    }
                }
                throw new Problem(
                        at, "unknown level '" + level + "' / 未知的级别: national, provincial, municipal, district");
            }
            default -> throw new Problem(start, "unknown function '" + name + "' / 未知的函数");
        }
    }

    private ReportField fieldArgument() {
        skipBlanks();
        int start = pos;
        return field(name(), start);
    }

    private ReportField field(String name, int start) {
        ReportField f = fieldOrNull(name);
        if (f == null) {
            throw new Problem(start, "'" + name + "' is not a report field / 不是年报字段");
        }
        return f;
    }

    private static ReportField fieldOrNull(String name) {
        for (ReportField f : ReportField.values()) {
            if (f.key().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private int positive(int n, int at) {
        if (n < 1) {
            throw new Problem(at, "the number of years must be at least 1 / 年数至少为1");
        }
        return n;
    }

    private Expr number() {
        int start = pos;
        while (pos < text.length()
                && (Character.isDigit(text.charAt(pos))
                        || text.charAt(pos) == '.'
                        || text.charAt(pos) == 'e'
                        || text.charAt(pos) == 'E')) {
            pos++;
        }
        if (pos < text.length() && "%万亿".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        Double v = Amounts.parse(text.substring(start, pos));
        if (v == null) {
            throw new Problem(start, "not a number / 不是数字: " + text.substring(start, pos));
        }
        return new Expr.Num(v);
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw new Problem(pos, "expected a name / 应为名称");
        }
        return text.substring(start, pos);
    }

    private int digits() {
        skipBlanks();
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw new Problem(pos, "expected a whole number / 应为整数");
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private void expect(char ch) {
        skipBlanks();
        if (!peek(ch)) {
            throw new Problem(pos, "expected '" + ch + "' / 应为 '" + ch + "'");
        }
        pos++;
    }

    private boolean peek(char ch) {
        return pos < text.length() && text.charAt(pos) == ch;
    }

    private boolean skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return true;
    }
}
