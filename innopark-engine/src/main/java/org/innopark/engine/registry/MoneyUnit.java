package org.innopark.engine.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money units used in Chinese statistical forms. Amounts are stored exactly in the canonical unit, yuan with
 * two decimals (分); files declare their unit in the column header, e.g. {@code 营业收入(万元)}.
 */
public enum MoneyUnit implements Labelled {
    YUAN("元", "yuan", BigDecimal.ONE),
    THOUSAND_YUAN("千元", "thousand yuan", new BigDecimal(1_000)),
    TEN_THOUSAND_YUAN("万元", "ten thousand yuan", new BigDecimal(10_000)),
    HUNDRED_MILLION_YUAN("亿元", "hundred million yuan", new BigDecimal(100_000_000));

    /** Scale of canonical amounts: yuan to the fen. */
    public static final int CANONICAL_SCALE = 2;

    private final String zh;
    private final String en;
    private final BigDecimal yuan;

    MoneyUnit(String zh, String en, BigDecimal yuan) {
        this.zh = zh;
        this.en = en;
        this.yuan = yuan;
    }

    /** Converts an amount in this unit to canonical yuan, exactly to the fen (half-up below the fen). */
    public BigDecimal toYuan(BigDecimal amount) {
        return amount.multiply(yuan).setScale(CANONICAL_SCALE, RoundingMode.HALF_UP);
    }

    /** Converts canonical yuan to this unit, exactly (no rounding). */
    public BigDecimal fromYuan(BigDecimal yuanAmount) {
        return yuanAmount.divide(yuan).stripTrailingZeros();
    }

    /**
     * Finds the unit a column header declares in brackets, full-width or not: {@code 研发费用(万元)},
     * {@code 研发费用（千元）}, {@code R&D expense (10k yuan)}. Returns null when the header declares none.
     */
    public static MoneyUnit inHeader(String header) {
        if (header == null) {
            return null;
        }
        String h = header.replace('（', '(').replace('）', ')');
        int open = h.lastIndexOf('(');
        int close = h.lastIndexOf(')');
        if (open < 0 || close < open) {
            return null;
        }
        String unit = h.substring(open + 1, close).strip();
        for (MoneyUnit u : values()) {
            if (u.zh.equals(unit) || u.name().equalsIgnoreCase(unit) || u.en.equalsIgnoreCase(unit)) {
                return u;
            }
        }
        return switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "cny", "rmb" -> YUAN;
            case "k yuan", "kyuan" -> THOUSAND_YUAN;
            case "10k yuan", "10k" -> TEN_THOUSAND_YUAN;
            case "100m yuan", "100m" -> HUNDRED_MILLION_YUAN;
            default -> null;
        };
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
