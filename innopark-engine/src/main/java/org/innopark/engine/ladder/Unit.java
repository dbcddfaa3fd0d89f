package org.innopark.engine.ladder;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.rules.Interval;

/** The unit of a quantity, which decides how its values and changes are written for people. */
public enum Unit {
    /** A ratio, written as a percentage: 0.032 → 3.2%. */
    PERCENT,
    /** Money in yuan, written in 万元 / 亿元 (zh) or ¥k / ¥M (en). */
    YUAN,
    /** Money in US dollars. */
    USD,
    PERSONS,
    COUNT,
    YEARS,
    /** 1 for yes, 0 for no. */
    FLAG,
    NUMBER;

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    /** Formats by pattern, one set per thread (a DecimalFormat is costly to build and not thread-safe). */
    private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** The unit of a report field. */
    static Unit of(ReportField field) {
        if (field.isMoney()) {
            return YUAN;
        }
        return switch (field) {
            case EMPLOYEES, ST_STAFF, RD_STAFF, POSTGRAD_STAFF, FRESH_GRADUATES -> PERSONS;
            default -> COUNT;
        };
    }

    /** Whether changes of this unit come in whole steps (people, patents). */
    boolean whole() {
        return this == PERSONS || this == COUNT;
    }

    /** A compact, locale-neutral rendering used in interval notation and logs. */
    String plain(double v) {
        return switch (this) {
            case PERCENT -> number(v * 100, "0.##") + "%";
            case YUAN ->
                Math.abs(v) >= 1e8
                        ? number(v / 1e8, "0.####") + "亿"
                        : Math.abs(v) >= 1e4 ? number(v / 1e4, "0.####") + "万" : number(v, "0.##");
            default -> number(v, "0.####");
        };
    }

    /** The value for Chinese text, e.g. 3.2%, 120万元, 3人. */
    public String zh(double v) {
        return zh(v, 0);
    }

    private String zh(double v, int extra) {
        if (Double.isNaN(v)) {
            return "未知";
        }
        if (Double.isInfinite(v)) {
            return "不可计算";
        }
        return switch (this) {
            case PERCENT -> number(v * 100, "0.0#", extra) + "%";
            case YUAN ->
                Math.abs(v) >= 1e8
                        ? number(v / 1e8, "#,##0.##", extra) + "亿元"
                        : number(v / 1e4, "#,##0.##", extra) + "万元";
            case USD ->
                Math.abs(v) >= 1e8
                        ? number(v / 1e8, "#,##0.##", extra) + "亿美元"
                        : number(v / 1e4, "#,##0.##", extra) + "万美元";
            case PERSONS -> number(v, "#,##0.##", extra) + "人";
            case COUNT -> number(v, "#,##0.##", extra) + "项";
            case YEARS -> number(v, "0.##", extra) + "年";
            case FLAG -> v != 0 ? "是" : "否";
            case NUMBER -> number(v, "#,##0.####", extra);
        };
    }

    /** The value for English text, e.g. 3.2%, ¥1.2M, 3 people. */
    public String en(double v) {
        return en(v, 0);
    }

    private String en(double v, int extra) {
        if (Double.isNaN(v)) {
            return "unknown";
        }
        if (Double.isInfinite(v)) {
            return "not computable";
        }
        return switch (this) {
            case PERCENT -> number(v * 100, "0.0#", extra) + "%";
            case YUAN -> "¥" + scaled(v, extra);
            case USD -> "US$" + scaled(v, extra);
            case PERSONS -> number(v, "#,##0.##", extra) + (v == 1 ? " person" : " people");
            case COUNT -> number(v, "#,##0.##", extra);
            case YEARS -> number(v, "0.##", extra) + (v == 1 ? " year" : " years");
            case FLAG -> v != 0 ? "yes" : "no";
            case NUMBER -> number(v, "#,##0.####", extra);
        };
    }

    /**
     * The value for Chinese text beside the bracket it falls in: with as many more decimals as it takes for the number
     * as written to lie in that bracket too, so that 200,000,100 yuan in (2亿, ) reads 2.000001亿元, not 2亿元.
     */
    public String zh(double v, Interval bracket) {
        return within(v, bracket, true);
    }

    /** The value for English text beside the bracket it falls in (see {@link #zh(double, Interval)}). */
    public String en(double v, Interval bracket) {
        return within(v, bracket, false);
    }

    private String within(double v, Interval bracket, boolean zh) {
        String text = zh ? zh(v) : en(v);
        if (!Double.isFinite(v) || bracket == null || !bracket.contains(v, Operator.TOLERANCE) || this == FLAG) {
            return text;
        }
        for (int extra = 1; extra <= 12 && !bracket.contains(readBack(text), Operator.TOLERANCE); extra++) {
            text = zh ? zh(v, extra) : en(v, extra);
        }
        return text;
    }

    /** The number a reader takes from a value as written, e.g. 2.5亿元 → 2.5×10⁸, ¥1.2M → 1.2×10⁶, 3.5% → 0.035. */
    static double readBack(String text) {
        String digits = text.replaceAll("[^0-9.\\-]", "");
        if (digits.isEmpty() || digits.equals("-") || digits.equals(".")) {
            return Double.NaN;
        }
        double n = Double.parseDouble(digits);
        if (text.contains("亿")) {
            return n * 1e8;
        }
        if (text.contains("万")) {
            return n * 1e4;
        }
        if (text.endsWith("%")) {
            return n / 100;
        }
        if (text.endsWith("bn")) {
            return n * 1e9;
        }
        if (text.endsWith("M")) {
            return n * 1e6;
        }
        if (text.endsWith("k")) {
            return n * 1e3;
        }
        return n;
    }

    private static String scaled(double v, int extra) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return number(v / 1e9, "#,##0.##", extra) + "bn";
        }
        if (a >= 1e6) {
            return number(v / 1e6, "#,##0.##", extra) + "M";
        }
        if (a >= 1e3) {
            return number(v / 1e3, "#,##0.#", extra) + "k";
        }
        return number(v, "#,##0.##", extra);
    }

    private static String number(double v, String pattern) {
        return number(v, pattern, 0);
    }

    /** The value in the pattern with {@code extra} more optional decimals. */
    private static String number(double v, String pattern, int extra) {
        String p = extra == 0 ? pattern : pattern + (pattern.contains(".") ? "" : ".") + "#".repeat(extra);
        return FORMATS.get()
                .computeIfAbsent(p, x -> new DecimalFormat(x, SYMBOLS))
                .format(v);
    }
}
