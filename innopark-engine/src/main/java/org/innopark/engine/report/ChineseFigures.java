package org.innopark.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Chinese of figures as statistical bulletins write them: amounts in 万元 or 亿元 with sensible precision,
 * 同比增长 / 下降 x.x%, 增长 x.x 倍 from 100% on, 个百分点 for the change of a ratio, 比上年增加 N 家 for counts,
 * 位居第 N 位, 连续 N 年, 首次突破, and 数据缺失 with its reason — never a 0 for a missing figure.
 */
public final class ChineseFigures {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseFigures() {}

    /** A scale for a column of amounts: 元, 万元 or 亿元, with the decimals a table shows. */
    public enum Scale {
        YUAN(BigDecimal.ONE, "元", 0),
        WAN_YUAN(WAN, "万元", 1),
        YI_YUAN(YI, "亿元", 2);

        private final BigDecimal divisor;
        private final String zh;
        private final int decimals;

        Scale(BigDecimal divisor, String zh, int decimals) {
            this.divisor = divisor;
            this.zh = zh;
            this.decimals = decimals;
        }

        public String zh() {
            return zh;
        }

        /** The amount in this scale, rounded half up to the scale's decimals. */
        public BigDecimal scale(BigDecimal yuan) {
            return yuan.divide(divisor, decimals, RoundingMode.HALF_UP);
        }

        /** The scale for a column whose largest absolute amount is given: 亿元 from 1 亿, 万元 from 1 万. */
        public static Scale forLargest(BigDecimal largestYuan) {
            BigDecimal a = largestYuan.abs();
            return a.compareTo(YI) >= 0 ? YI_YUAN : a.compareTo(WAN) >= 0 ? WAN_YUAN : YUAN;
        }
    }

    /**
     * An amount in yuan as a sentence writes it: 亿元 from 1 亿 (two decimals below 10 亿, else one), 万元 from 1 万 (two
     * decimals below 10 万, else one), else 元; trailing zeros dropped (762亿元, 16.4亿元, 3456.7万元, 8500元).
     */
    public static String amount(BigDecimal yuan) {
        BigDecimal a = yuan.abs();
        if (a.compareTo(WAN) >= 0) {
            BigDecimal wan =
                    yuan.divide(WAN, a.compareTo(WAN.multiply(BigDecimal.TEN)) < 0 ? 2 : 1, RoundingMode.HALF_UP);
            if (wan.abs().compareTo(WAN) < 0) {
                return plain(wan) + "万元";
            }
            BigDecimal yi = yuan.divide(YI, a.compareTo(YI.multiply(BigDecimal.TEN)) < 0 ? 2 : 1, RoundingMode.HALF_UP);
            return plain(yi) + "亿元";
        }
        return plain(yuan.setScale(0, RoundingMode.HALF_UP)) + "元";
    }

    /** A figure with its unit: money through {@link #amount}, a ratio through {@link #percent}, counts with 万 from 10 万. */
    public static String value(BigDecimal v, Unit unit) {
        return switch (unit) {
            case YUAN -> amount(v);
            case PERCENT -> percent(v);
            case INDEX, POINTS -> plain(v.setScale(1, RoundingMode.HALF_UP)) + unit.zh();
            case SQUARE_METRES ->
                v.abs().compareTo(WAN) >= 0
                        ? plain(v.divide(WAN, 1, RoundingMode.HALF_UP)) + "万平方米"
                        : plain(v.setScale(0, RoundingMode.HALF_UP)) + "平方米";
            default ->
                v.abs().compareTo(WAN.multiply(BigDecimal.TEN)) >= 0
                        ? plain(v.divide(WAN, 1, RoundingMode.HALF_UP)) + "万" + unit.zh()
                        : plain(v.setScale(0, RoundingMode.HALF_UP)) + unit.zh();
        };
    }

    /** A ratio in percent: two decimals below 10%, else one, trailing zeros dropped (2.35%, 52%). */
    public static String percent(BigDecimal pct) {
        return plain(pct.setScale(pct.abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 1, RoundingMode.HALF_UP)) + "%";
    }

    /**
     * The change on the year before, as the bulletins say it.
     *
     * <ul>
     *   <li>a ratio: 比上年提高 / 降低 x 个百分点;
     *   <li>a count: 比上年增加 / 减少 N 家, 增长 / 下降 x.x% (no rate when the year before was 0);
     *   <li>an index or points: 比上年提高 / 降低 x.x 点 (分);
     *   <li>money and the rest: 同比增长 / 下降 x.x%, 增长 x.x 倍 from 100%; 比上年增加 / 减少 amount when the year before
     *       was 0 or negative;
     *   <li>与上年持平 when the change rounds to nothing; 上年数据缺失（why）when the year before is missing.
     * </ul>
     *
     * @return the empty text when the current figure is missing (the sentence then says it is missing)
     */
    public static String change(Figure current, Figure previous, Unit unit) {
        if (current == null || !current.present()) {
            return "";
        }
        if (previous == null) {
            return "无上年数据，无法比较";
        }
        if (!previous.present()) {
            return "上年数据缺失（" + previous.missingReason() + "），无法比较";
        }
        BigDecimal cur = current.value();
        BigDecimal prev = previous.value();
        BigDecimal diff = cur.subtract(prev);
        if (unit.ratio()) {
            BigDecimal pp = diff.setScale(diff.abs().compareTo(BigDecimal.ONE) < 0 ? 2 : 1, RoundingMode.HALF_UP);
            return pp.signum() == 0 ? "与上年持平" : "比上年" + (pp.signum() > 0 ? "提高" : "降低") + plain(pp.abs()) + "个百分点";
        }
        if (unit == Unit.INDEX || unit == Unit.POINTS) {
            BigDecimal d = diff.setScale(1, RoundingMode.HALF_UP);
            String measure = unit == Unit.POINTS ? "分" : "点";
            return d.signum() == 0 ? "与上年持平" : "比上年" + (d.signum() > 0 ? "提高" : "降低") + plain(d.abs()) + measure;
        }
        if (unit.count()) {
            if (diff.signum() == 0) {
                return "与上年持平";
            }
            String moved = "比上年" + (diff.signum() > 0 ? "增加" : "减少") + value(diff.abs(), unit);
            return prev.signum() > 0 ? moved + "，" + rate(diff, prev).replace("同比", "") : moved;
        }
        if (prev.signum() <= 0 || cur.signum() < 0) {
            // From or into the negative (a profit turned into a loss) a rate says nothing ("下降500%"): the amount.
            if (diff.signum() == 0) {
                return "与上年持平";
            }
            return "比上年" + (diff.signum() > 0 ? "增加" : "减少") + value(diff.abs(), unit);
        }
        return rate(diff, prev);
    }

    /** 同比增长 x.x% / 同比下降 x.x% / 同比增长 x.x 倍 (from 100%) / 与上年持平, for a positive base. */
    static String rate(BigDecimal diff, BigDecimal base) {
        BigDecimal pct = diff.multiply(HUNDRED).divide(base, 1, RoundingMode.HALF_UP);
        if (pct.signum() == 0) {
            return "与上年持平";
        }
        if (pct.compareTo(HUNDRED) >= 0) {
            return "同比增长" + plain(diff.divide(base, 1, RoundingMode.HALF_UP)) + "倍";
        }
        return (pct.signum() > 0 ? "同比增长" : "同比下降") + pct.abs().toPlainString() + "%";
    }

    /** 在 N 个园区中位居第 r 位; empty without a rank or with no peers to rank against. */
    public static String rank(Figure f, String peerNoun) {
        if (f == null || f.rank() == 0 || f.peers() < 2) {
            return "";
        }
        return "在" + f.peers() + "个" + peerNoun + "中位居第" + f.rank() + "位";
    }

    /**
     * The run of rises (or falls) that ends with the year: 连续 N 年增长 (提高 for a ratio or index) from two years on,
     * 连续 N 年下降 likewise; empty for a shorter run or a gap in the data.
     *
     * @param figures the indicator's figures by year, oldest first, consecutive years
     */
    public static String streak(List<Figure> figures, Unit unit) {
        int n = figures.size();
        if (n < 3) {
            return "";
        }
        int sign = 0;
        int run = 0;
        for (int i = n - 1; i > 0; i--) {
            Figure cur = figures.get(i);
            Figure prev = figures.get(i - 1);
            if (!cur.present() || !prev.present() || cur.year() != prev.year() + 1) {
                break;
            }
            int s = cur.value().compareTo(prev.value());
            if (s == 0 || (sign != 0 && s != sign)) {
                break;
            }
            sign = s;
            run++;
        }
        if (run < 2) {
            return "";
        }
        boolean level = unit.ratio() || unit == Unit.INDEX || unit == Unit.POINTS;
        return "连续" + run + "年" + (sign > 0 ? (level ? "提高" : "增长") : "下降");
    }

    /**
     * 首次突破 T when the last figure reached a round threshold T (1, 2 or 5 × 10ⁿ, the largest it reached) that no
     * earlier figure had reached; empty when an earlier year had, when no earlier year has a figure, or for values
     * of 0 or below.
     *
     * @param figures the indicator's figures by year, oldest first
     */
    public static String milestone(List<Figure> figures, Unit unit) {
        if (figures.size() < 2) {
            return "";
        }
        Figure last = figures.get(figures.size() - 1);
        if (!last.present() || last.value().signum() <= 0) {
            return "";
        }
        BigDecimal threshold = roundBelow(last.value());
        boolean earlier = false;
        for (Figure f : figures.subList(0, figures.size() - 1)) {
            if (f.present()) {
                earlier = true;
                if (f.value().compareTo(threshold) >= 0) {
                    return "";
                }
            }
        }
        return earlier ? "首次突破" + value(threshold, unit) : "";
    }

    /** The largest of 1, 2, 5 × 10ⁿ not above a positive value. */
    static BigDecimal roundBelow(BigDecimal v) {
        BigDecimal power = BigDecimal.ONE.movePointRight(v.precision() - v.scale() - 1);
        for (int m : new int[] {5, 2, 1}) {
            BigDecimal t = power.multiply(BigDecimal.valueOf(m));
            if (t.compareTo(v) <= 0) {
                return t;
            }
        }
        return power;
    }

    /** 数据缺失（why）. */
    public static String missing(String reason) {
        return "数据缺失（" + reason + "）";
    }

    /** A Chinese numeral for a chapter or section number, 1–99: 一, 十, 十二, 二十, 九十九. */
    public static String numeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("chapter numbers run from 1 to 99: " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (units == 0 ? "" : DIGITS[units]);
    }

    /**
     * The change for a table's last column: +8.8% / -3.2% (growth rate), +0.35个百分点 for a ratio, +3.2 for an index
     * or points; — when it cannot be computed (a missing year, a base of 0 or below).
     */
    public static String tableChange(Figure current, Figure previous, Unit unit) {
        if (current == null || previous == null || !current.present() || !previous.present()) {
            return "—";
        }
        BigDecimal diff = current.value().subtract(previous.value());
        if (unit.ratio()) {
            BigDecimal pp = diff.setScale(2, RoundingMode.HALF_UP);
            return signed(pp) + "个百分点";
        }
        if (unit == Unit.INDEX || unit == Unit.POINTS) {
            return signed(diff.setScale(1, RoundingMode.HALF_UP));
        }
        if (previous.value().signum() <= 0) {
            return "—";
        }
        return signed(diff.multiply(HUNDRED).divide(previous.value(), 1, RoundingMode.HALF_UP)) + "%";
    }

    /** A number for a table cell in a unit: money in the column's scale, ratios with two decimals, counts whole. */
    public static BigDecimal tableNumber(BigDecimal v, Unit unit, Scale scale) {
        return switch (unit) {
            case YUAN -> scale.scale(v);
            case PERCENT -> v.setScale(2, RoundingMode.HALF_UP);
            case INDEX, POINTS -> v.setScale(1, RoundingMode.HALF_UP);
            default -> v.setScale(0, RoundingMode.HALF_UP);
        };
    }

    /** The unit as a table or an axis names it: the scale for money (万元), % for a ratio, 家 for enterprises. */
    public static String unitLabel(Unit unit, Scale scale) {
        return unit == Unit.YUAN ? scale.zh() : unit == Unit.INDEX ? "指数" : unit.zh();
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : v.signum() < 0 ? "-" : "") + v.abs().toPlainString();
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.signum() == 0 ? "0" : s.toPlainString();
    }
}
