package org.innopark.engine.ladder;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.innopark.engine.registry.ReportField;

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
        if (Double.isNaN(v)) {
            return "未知";
        }
        if (Double.isInfinite(v)) {
            return "不可计算";
        }
        return switch (this) {
            case PERCENT -> number(v * 100, "0.0#") + "%";
            case YUAN -> Math.abs(v) >= 1e8 ? number(v / 1e8, "#,##0.##") + "亿元" : number(v / 1e4, "#,##0.##") + "万元";
            case USD -> Math.abs(v) >= 1e8 ? number(v / 1e8, "#,##0.##") + "亿美元" : number(v / 1e4, "#,##0.##") + "万美元";
            case PERSONS -> number(v, "#,##0.##") + "人";
            case COUNT -> number(v, "#,##0.##") + "项";
            case YEARS -> number(v, "0.##") + "年";
            case FLAG -> v != 0 ? "是" : "否";
            case NUMBER -> number(v, "#,##0.####");
        };
    }

    /** The value for English text, e.g. 3.2%, ¥1.2M, 3 people. */
    public String en(double v) {
        if (Double.isNaN(v)) {
            return "unknown";
        }
        if (Double.isInfinite(v)) {
            return "not computable";
        }
        return switch (this) {
            case PERCENT -> number(v * 100, "0.0#") + "%";
            case YUAN -> "¥" + scaled(v);
            case USD -> "US$" + scaled(v);
            case PERSONS -> number(v, "#,##0.##") + (v == 1 ? " person" : " people");
            case COUNT -> number(v, "#,##0.##");
            case YEARS -> number(v, "0.##") + (v == 1 ? " year" : " years");
            case FLAG -> v != 0 ? "yes" : "no";
            case NUMBER -> number(v, "#,##0.####");
        };
    }

    private static String scaled(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return number(v / 1e9, "#,##0.##") + "bn";
        }
        if (a >= 1e6) {
            return number(v / 1e6, "#,##0.##") + "M";
        }
        if (a >= 1e3) {
            return number(v / 1e3, "#,##0.#") + "k";
        }
        return number(v, "#,##0.##");
    }

    private static String number(double v, String pattern) {
        return FORMATS.get()
                .computeIfAbsent(pattern, p -> new DecimalFormat(p, SYMBOLS))
                .format(v);
    }
}
