package org.innopark.engine.bulletin;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Chinese numerals, Arabic digits and mixtures of both exactly, as {@link BigDecimal} (never through a
 * {@code double}): 一百九十万零三千九百七十一 = 1903971, 两千 = 2000, 四千五 = 4500, 三万亿 = 3×10¹², 三千万亿 = 3×10¹⁵,
 * 16.4亿 = 1640000000, 壹仟贰佰叁拾肆 = 1234, 二〇二三 = 2023, 两点五 = 2.5, 百分之十五 = 15, 三分之一 and 1/3.
 *
 * <p>Numerals that state no exact figure are <em>vague</em>: 数千, 几十, 十几, 两三 (two neighbouring digits, "two or
 * three"). They are read as their lower bound (数千 = 1000, 十几 = 10, 两三 = 2) with {@link Numeral#vague()} set; the
 * extractor does not turn them into facts.
 *
 * <p>A big unit greater than every big unit before it multiplies everything read so far (三千万亿: 三千 × 万 × 亿); a
 * smaller one adds its section (一亿两千万 = 1×10⁸ + 2000×10⁴). This is where common converters go wrong (三万亿 → 30000).
 */
public final class ChineseNumerals {

    /** Fractions that do not terminate are rounded to this precision. */
    static final MathContext FRACTION_PRECISION = MathContext.DECIMAL64;

    /**
     * A numeral's value.
     *
     * @param value the exact value (a non-terminating fraction rounded to 16 significant digits)
     * @param vague whether the numeral states only a rough magnitude (数千, 十几, 两三); value is then its lower bound
     */
    public record Numeral(BigDecimal value, boolean vague) {}

    private ChineseNumerals() {}

    /** The value of a Chinese, Arabic or mixed numeral; throws {@link NumberFormatException} naming what is wrong. */
    public static BigDecimal parse(String text) {
        return read(text).value();
    }

    /** The numeral's value and whether it is vague; throws {@link NumberFormatException} naming what is wrong. */
    public static Numeral read(String text) {
        if (text == null || text.isBlank()) {
            throw new NumberFormatException("empty numeral / 数字为空");
        }
        String s = text.strip().replace(",", "").replace(",", "");
        int percent = s.indexOf("百分之");
        if (percent == 0) {
            return read(s.substring(3));
        }
        int of = s.indexOf("分之");
        if (of > 0) {
            Numeral denominator = read(s.substring(0, of));
            Numeral numerator = read(s.substring(of + 2));
            return new Numeral(
                    divide(numerator.value(), denominator.value(), text), denominator.vague() || numerator.vague());
        }
        int slash = s.indexOf('/');
        if (slash > 0) {
            Numeral numerator = read(s.substring(0, slash));
            Numeral denominator = read(s.substring(slash + 1));
            return new Numeral(
                    divide(numerator.value(), denominator.value(), text), denominator.vague() || numerator.vague());
        }
        return new Reader(s, text).numeral();
    }

    private static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, String text) {
        if (denominator.signum() == 0) {
            throw new NumberFormatException("'" + text + "': the denominator is zero / 分母为零");
        }
        return numerator.divide(denominator, FRACTION_PRECISION).stripTrailingZeros();
    }

    /** The digit 0–9 a character stands for, or -1. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇', '０', '0' -> 0;
            case '一', '壹', '幺', '１', '1' -> 1;
            case '二', '两', '俩', '贰', '貳', '２', '2' -> 2;
            case '三', '叁', '參', '３', '3' -> 3;
            case '四', '肆', '４', '4' -> 4;
            case '五', '伍', '５', '5' -> 5;
            case '六', '陆', '陸', '６', '6' -> 6;
            case '七', '柒', '７', '7' -> 7;
            case '八', '捌', '８', '8' -> 8;
            case '九', '玖', '９', '9' -> 9;
            default -> -1;
        };
    }

    /** The power of ten of a small unit (十 百 千), or 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            default -> 0;
        };
    }

    /** The power of ten of a big unit (万 亿 兆), or 0. */
    static int bigUnit(char c) {
        return switch (c) {
            case '万', '萬' -> 4;
            case '亿', '億' -> 8;
            default -> 0;
        };
    }

    /** Whether the character can be part of a numeral. */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0 || c == '点' || c == '.' || c == '．';
    }

    private static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** A left-to-right reader of one numeral. */
    private static final class Reader {
        private final String s;
        private final String original;
        private int i;
        private boolean vague;

        Reader(String s, String original) {
            this.s = s;
            this.original = original;
        }

        private NumberFormatException error(String what) {
            return new NumberFormatException("'" + original + "': " + what);
        }

        Numeral numeral() {
            if (s.startsWith("数") || s.startsWith("几")) {
                // 数千 / 几十: a rough magnitude; its lower bound is the unit alone.
                vague = true;
                BigDecimal magnitude = new Reader(s.substring(1).isEmpty() ? "一" : "一" + s.substring(1), original)
                        .numeral()
                        .value();
                return new Numeral(magnitude, true);
            }
            BigDecimal total = BigDecimal.ZERO;
            int largestBig = 0;
            BigDecimal section = BigDecimal.ZERO;
            BigDecimal pending = null;
            int lastUnit = -1;
            boolean zeroSince = false;
            boolean any = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '几' || c == '数') {
                    // 十几 / 二十几: the vague ones digit adds nothing to the lower bound.
                    vague = true;
                    i++;
                    continue;
                }
                if ((c == '零' || c == '〇') && lastUnit >= 0) {
                    zeroSince = true; // 一百零五: 零 only marks a skipped place
                    i++;
                    continue;
                }
                if (digit(c) >= 0 || c == '.' || c == '．' || c == '点') {
                    if (pending != null) {
                        throw error("two numbers without a unit between them / 两个数字之间缺少单位");
                    }
                    List<Integer> digits = new ArrayList<>();
                    boolean hadZero = false;
                    int start = i;
                    while (i < s.length() && digit(s.charAt(i)) >= 0) {
                        digits.add(digit(s.charAt(i)));
                        hadZero |= digit(s.charAt(i)) == 0;
                        i++;
                    }
                    boolean arabic = isArabic(s.charAt(start == i ? i : start));
                    String fraction = null;
                    if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '．' || s.charAt(i) == '点')) {
                        i++;
                        StringBuilder f = new StringBuilder();
                        while (i < s.length() && digit(s.charAt(i)) >= 0) {
                            f.append(digit(s.charAt(i)));
                            i++;
                        }
                        if (f.isEmpty()) {
                            throw error("a decimal point must be followed by digits (两点半 is a time) / 小数点后应有数字");
                        }
                        fraction = f.toString();
                    }
                    if (digits.isEmpty() && fraction == null) {
                        throw error("a number is missing / 缺少数字");
                    }
                    if (!arabic
                            && fraction == null
                            && digits.size() == 2
                            && !hadZero
                            && digits.get(1) == digits.get(0) + 1) {
                        // 两三 / 七八: "two or three", not 23.
                        vague = true;
                        digits = List.of(digits.get(0));
                    } else if (!arabic && digits.size() > 1 && fraction == null && lastUnit >= 0) {
                        throw error("digits after a unit must be one / 单位后的数字只能有一位");
                    }
                    StringBuilder whole = new StringBuilder();
                    digits.forEach(whole::append);
                    String literal =
                            (whole.isEmpty() ? "0" : whole.toString()) + (fraction == null ? "" : "." + fraction);
                    BigDecimal value = new BigDecimal(literal);
                    if (value.signum() == 0 && fraction == null && !arabic && lastUnit >= 0) {
                        zeroSince = true; // 一百零五: 零 only marks a skipped place
                        pending = null;
                    } else {
                        pending = value;
                    }
                    any = true;
                    continue;
                }
                int small = smallUnit(c);
                if (small > 0) {
                    BigDecimal n = pending == null ? BigDecimal.ONE : pending;
                    section = section.add(n.scaleByPowerOfTen(small));
                    pending = null;
                    lastUnit = small;
                    zeroSince = false;
                    any = true;
                    i++;
                    continue;
                }
                int big = bigUnit(c);
                if (big > 0) {
                    if (pending == null && section.signum() == 0 && total.signum() == 0) {
                        pending = BigDecimal.ONE; // 万 alone, 亿 alone
                    }
                    section = section.add(pending == null ? BigDecimal.ZERO : pending);
                    pending = null;
                    if (big > largestBig) {
                        total = total.add(section).scaleByPowerOfTen(big);
                        largestBig = big;
                    } else {
                        total = total.add(section.scaleByPowerOfTen(big));
                    }
                    section = BigDecimal.ZERO;
                    lastUnit = big;
                    zeroSince = false;
                    any = true;
                    i++;
                    continue;
                }
                throw error("'" + c + "' is not part of a numeral / '" + c + "'不是数字");
            }
            if (!any) {
                throw error("no numeral / 没有数字");
            }
            if (pending != null) {
                if (lastUnit > 0 && !zeroSince && pending.scale() <= 0 && pending.compareTo(BigDecimal.TEN) < 0) {
                    // 四千五 = 4500, 三万五 = 35000, 一百二 = 120: the digit is one place below the last unit.
                    section = section.add(pending.scaleByPowerOfTen(lastUnit - 1));
                } else {
                    section = section.add(pending);
                }
            }
            BigDecimal value = total.add(section);
            return new Numeral(value.scale() > 0 ? value.stripTrailingZeros() : value, vague);
        }
    }
}
