package org.innopark.engine.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import org.innopark.engine.registry.InvalidValueException;

/**
 * 期间: a calendar month as one int, {@code year * 12 + (month - 1)}, so that series are plain arrays indexed by
 * month and month arithmetic is integer arithmetic. Written as {@code YYYY-MM}.
 */
public final class Period {

    /** The first and last years a period may have. */
    public static final int MIN_YEAR = 1980;

    public static final int MAX_YEAR = 2100;

    private Period() {}

    public static int of(int year, int month) {
        return year * 12 + (month - 1);
    }

    public static int of(LocalDate day) {
        return of(day.getYear(), day.getMonthValue());
    }

    public static int year(int period) {
        return Math.floorDiv(period, 12);
    }

    /** The month of the year, 1–12. */
    public static int month(int period) {
        return Math.floorMod(period, 12) + 1;
    }

    public static int daysIn(int period) {
        return YearMonth.of(year(period), month(period)).lengthOfMonth();
    }

    public static LocalDate firstDay(int period) {
        return LocalDate.of(year(period), month(period), 1);
    }

    public static String format(int period) {
        int m = month(period);
        return year(period) + (m < 10 ? "-0" : "-") + m;
    }

    /**
     * Parses {@code YYYY-MM} (also {@code YYYY/MM}, {@code YYYYMM}, {@code YYYY-M} and {@code YYYY年M月}).
     *
     * @throws InvalidValueException saying what a valid period looks like
     */
    public static int parse(String text) {
        String t = text == null ? "" : text.strip();
        int year;
        int month;
        try {
            if (t.matches("\\d{6}")) {
                year = Integer.parseInt(t.substring(0, 4));
                month = Integer.parseInt(t.substring(4));
            } else if (t.matches("\\d{4}[-/.]\\d{1,2}") || t.matches("\\d{4}年\\d{1,2}月")) {
                String[] parts = t.replace("年", "-").replace("月", "").split("[-/.]");
                year = Integer.parseInt(parts[0]);
                month = Integer.parseInt(parts[1]);
            } else {
                throw invalid(t);
            }
        } catch (NumberFormatException e) {
            throw invalid(t);
        }
        if (month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) {
            throw invalid(t);
        }
        return of(year, month);
    }

    private static InvalidValueException invalid(String t) {
        return new InvalidValueException(
                "期间'" + t + "'无效:应为 YYYY-MM,如 2025-03(年份 " + MIN_YEAR + "–" + MAX_YEAR + ",月份 01–12)",
                "period '" + t + "' is not valid: write YYYY-MM, e.g. 2025-03 (years " + MIN_YEAR + "-" + MAX_YEAR
                        + ", months 01-12)");
    }
}
