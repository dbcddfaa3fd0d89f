package org.innopark.engine.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.Labelled;
import org.innopark.engine.registry.MoneyUnit;
import org.innopark.engine.registry.RegionCode;

/**
 * The values of a data file's cells, parsed from their text: dates, years, counts, money converted to exact yuan from
 * the unit its header declares, areas, percentages, periods and electricity. One implementation for every reader:
 * the application's imports and analyst files (XLSX/CSV) and the Spark jobs (CSV, Parquet, JDBC) parse a cell the
 * same way. Every failure is an {@link InvalidValueException} that says, in Chinese and English, what is wrong and
 * what would be valid.
 */
public final class CellValues {

    /** Largest amount a money column holds: NUMERIC(20,2) leaves 18 digits before the point. */
    public static final BigDecimal MAX_MONEY = new BigDecimal("1E18");

    public static final BigDecimal MAX_AREA = new BigDecimal("1E12");

    static final BigDecimal HUNDRED = new BigDecimal(100);

    /** Yuan per unit, by {@link MoneyUnit} ordinal (the canonical conversion, without rounding). */
    private static final BigDecimal[] FACTORS = java.util.Arrays.stream(MoneyUnit.values())
            .map(u -> u.toYuan(BigDecimal.ONE).stripTrailingZeros())
            .toArray(BigDecimal[]::new);

    private CellValues() {}

    /** A date as yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyyMMdd or yyyy年M月d日 (Excel date cells arrive as yyyy-MM-dd). */
    public static LocalDate date(String text) {
        String t = text.strip();
        LocalDate serial = excelSerial(t);
        if (serial != null) {
            return serial;
        }
        int[] parts = new int[3];
        int part = 0;
        int digits = 0;
        boolean ok = true;
        if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
            parts[0] = Integer.parseInt(t.substring(0, 4));
            parts[1] = Integer.parseInt(t.substring(4, 6));
            parts[2] = Integer.parseInt(t.substring(6, 8));
            part = 2;
            digits = 2;
        } else {
            for (int i = 0; i < t.length() && ok; i++) {
                char c = t.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (++digits > (part == 0 ? 4 : 2)) {
                        ok = false;
                    } else {
                        parts[part] = parts[part] * 10 + (c - '0');
                    }
                } else if ((c == '-' || c == '/' || c == '.' || c == '年' || c == '月') && digits > 0 && part < 2) {
                    part++;
                    digits = 0;
                } else if (c == '日' && part == 2 && digits > 0 && i == t.length() - 1) {
                    // the closing 日 of yyyy年M月d日
                } else {
                    ok = false;
                }
            }
        }
        if (ok && part == 2 && digits > 0 && parts[0] >= 1000) {
            try {
                return LocalDate.of(parts[0], parts[1], parts[2]);
            } catch (DateTimeException e) {
                throw new InvalidValueException("日期'" + text + "'不存在", "the date '" + text + "' does not exist");
            }
        }
        throw new InvalidValueException(
                "日期'" + text + "'格式无效,应为 yyyy-MM-dd(如 2023-06-30)、yyyy/M/d、Excel 日期单元格或 Excel 日期序号(如 45107)",
                "'" + text + "' is not a date: use yyyy-MM-dd (e.g. 2023-06-30), yyyy/M/d, an Excel date cell or"
                        + " an Excel date serial (e.g. 45107)");
    }

    /** Day 0 of Excel's serial dates (in the 1900 system, for every serial after 1900-02-28). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /**
     * An Excel serial date: what a date cell holds when its format was lost (e.g. copied as a number), five digits
     * (10000–99999: 1927-05-18 to 2173-10-13), optionally followed by ".0"; null for anything else.
     */
    private static LocalDate excelSerial(String t) {
        String digits = t;
        int point = t.indexOf('.');
        if (point > 0 && t.substring(point + 1).chars().allMatch(c -> c == '0')) {
            digits = t.substring(0, point);
        }
        if (digits.length() != 5 || !digits.chars().allMatch(Character::isDigit) || digits.charAt(0) == '0') {
            return null;
        }
        return EXCEL_EPOCH.plusDays(Integer.parseInt(digits));
    }

    /** A year, written 2023 or 2023年. */
    public static Integer year(String text) {
        String digits =
                text.endsWith("年") ? text.substring(0, text.length() - 1).strip() : text;
        long value = whole(digits, "年份", "year");
        if (value < AnnualReport.FIRST_YEAR || value > AnnualReport.LAST_YEAR) {
            throw new InvalidValueException(
                    "年份" + text + "超出范围(" + AnnualReport.FIRST_YEAR + "–" + AnnualReport.LAST_YEAR + ")",
                    "year " + text + " is outside " + AnnualReport.FIRST_YEAR + "-" + AnnualReport.LAST_YEAR);
        }
        return (int) value;
    }

    public static Long count(String text) {
        long value = whole(text, "数量", "count");
        if (value < 0) {
            throw new InvalidValueException("数量不能为负数,实际为" + text, "a count cannot be negative, got " + text);
        }
        if (value > Integer.MAX_VALUE) {
            throw new InvalidValueException(
                    "数量" + text + "过大(最大" + Integer.MAX_VALUE + ")",
                    "count " + text + " is too large (at most " + Integer.MAX_VALUE + ")");
        }
        return value;
    }

    /** A whole number; digits only is the fast path, "12.0" and "1,200" are accepted too. */
    private static long whole(String text, String zh, String en) {
        int n = text.length();
        if (n > 0 && n <= 18) {
            long v = 0;
            int i = text.charAt(0) == '-' ? 1 : 0;
            boolean digitsOnly = i < n;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    digitsOnly = false;
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (digitsOnly) {
                return text.charAt(0) == '-' ? -v : v;
            }
        }
        BigDecimal d = number(text);
        if (d.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(zh + "应为整数,实际为" + text, en + " must be a whole number, got " + text);
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidValueException(zh + text + "过大", en + " " + text + " is too large");
        }
    }

    public static BigDecimal money(String text, MoneyUnit unit, boolean mayBeNegative) {
        BigDecimal fast = plainMoney(text, unit, mayBeNegative);
        if (fast != null) {
            return fast;
        }
        BigDecimal amount = number(text);
        if (!mayBeNegative && amount.signum() < 0) {
            throw new InvalidValueException("金额不能为负数,实际为" + text, "the amount cannot be negative, got " + text);
        }
        BigDecimal exact = unit == MoneyUnit.YUAN ? amount : amount.multiply(FACTORS[unit.ordinal()]);
        BigDecimal yuan;
        try {
            yuan = exact.setScale(MoneyUnit.CANONICAL_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException(
                    "金额" + text + unit.zh() + "换算为元后超过两位小数(最小单位为分)",
                    "the amount " + text + " " + unit.en() + " is not a whole number of fen (0.01 yuan)");
        }
        if (yuan.abs().compareTo(MAX_MONEY) >= 0) {
            throw new InvalidValueException(
                    "金额" + text + unit.zh() + "过大(应小于10^18元)",
                    "the amount " + text + " " + unit.en() + " is too large (must be below 10^18 yuan)");
        }
        return yuan;
    }

    /** Powers of ten that fit a long. */
    private static final long[] TEN = new long[19];

    /** log10 of each unit's factor, by {@link MoneyUnit} ordinal. */
    private static final int[] UNIT_DIGITS = java.util.Arrays.stream(MoneyUnit.values())
            .mapToInt(u -> u.toYuan(BigDecimal.ONE).stripTrailingZeros().precision()
                    - u.toYuan(BigDecimal.ONE).stripTrailingZeros().scale()
                    - 1)
            .toArray();

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    /**
     * The fast path of {@link #money}: a plain decimal of at most 17 digits (the form nearly every cell has),
     * converted with long arithmetic. Returns null for anything else, which the exact general path then handles
     * (and reports).
     */
    private static BigDecimal plainMoney(String text, MoneyUnit unit, boolean mayBeNegative) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && text.charAt(0) == '-') {
            if (!mayBeNegative) {
                return null;
            }
            negative = true;
            i = 1;
        }
        long unscaled = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 17) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        int shift = UNIT_DIGITS[unit.ordinal()] + MoneyUnit.CANONICAL_SCALE - Math.max(0, fraction);
        if (shift >= 0) {
            if (shift > 18 || unscaled > Long.MAX_VALUE / TEN[shift]) {
                return null;
            }
            unscaled *= TEN[shift];
        } else {
            if (-shift > 18 || unscaled % TEN[-shift] != 0) {
                return null;
            }
            unscaled /= TEN[-shift];
        }
        if (unscaled >= 100_000_000_000_000_000L) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, MoneyUnit.CANONICAL_SCALE);
    }

    public static BigDecimal area(String text) {
        BigDecimal area = number(text);
        if (area.signum() < 0) {
            throw new InvalidValueException("面积不能为负数,实际为" + text, "the area cannot be negative, got " + text);
        }
        if (area.stripTrailingZeros().scale() > 2 || area.compareTo(MAX_AREA) >= 0) {
            throw new InvalidValueException(
                    "面积" + text + "无效:最多两位小数,且小于10^12平方米",
                    "area " + text + " is not valid: at most two decimals and below 10^12 m2");
        }
        return area.setScale(2);
    }

    /**
     * A month as YYYY-MM (also YYYY/MM, YYYYMM, YYYY年M月), stored as YYYY-MM. An Excel date cell (read as yyyy-MM-dd)
     * is accepted when it is the first of a month: Excel turns a typed "2025-03" into 2025-03-01.
     */
    public static String period(String text) {
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-01")) {
            t = t.substring(0, 7);
        }
        int p = org.innopark.engine.monitor.Period.parse(t);
        return org.innopark.engine.monitor.Period.format(p);
    }

    public static BigDecimal energy(String text) {
        BigDecimal kwh = number(text);
        if (kwh.signum() < 0) {
            throw new InvalidValueException("用电量不能为负数,实际为" + text, "the electricity cannot be negative, got " + text);
        }
        if (kwh.stripTrailingZeros().scale() > 2 || kwh.compareTo(MAX_MONEY) >= 0) {
            throw new InvalidValueException(
                    "用电量" + text + "无效:最多两位小数,且小于10^18千瓦时",
                    "electricity " + text + " is not valid: at most two decimals and below 10^18 kWh");
        }
        return kwh.setScale(2);
    }

    /** A percentage 0–100, written "12.5" or "12.5%". */
    public static BigDecimal percent(String text) {
        String t = text.endsWith("%") || text.endsWith("%")
                ? text.substring(0, text.length() - 1).strip()
                : text;
        BigDecimal value = number(t);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException(
                    "百分比应在0–100%之间,实际为" + text, "a percentage must be within 0-100%, got " + text);
        }
        return value;
    }

    /** A decimal number; thousands separators are accepted, anything else that is not a number is an error. */
    public static BigDecimal number(String text) {
        String t = text.indexOf(',') >= 0 ? text.replace(",", "") : text;
        BigDecimal value = null;
        try {
            value = t.isEmpty() ? null : new BigDecimal(t);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (value == null || value.scale() > 20 || value.scale() < -20) {
            throw new InvalidValueException("'" + text + "'不是有效的数字", "'" + text + "' is not a number");
        }
        return value;
    }

    /** The typed value of a cell's (stripped, non-empty) text in a {@link DataColumn}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object parse(DataColumn column, MoneyUnit unit, String text) {
        return switch (column.kind()) {
            case TEXT -> text;
            case CREDIT_CODE -> CreditCode.of(text);
            case YEAR -> year(text);
            case DATE -> date(text);
            case INDUSTRY_CODE -> IndustryCode.of(text);
            case REGION_CODE -> RegionCode.of(text);
            case CODE_LIST -> Labelled.parse((Class) column.codes(), text, column.zh(), column.en());
            case COUNT -> count(text);
            case MONEY -> money(text, unit, false);
            case SIGNED_MONEY -> money(text, unit, true);
        };
    }
}
