package org.innopark.engine.rules;

import java.math.BigDecimal;

/**
 * Reads the numbers of rule files, the same in every kind of file: plain decimals, or with a suffix {@code %},
 * {@code 万} (×10⁴) or {@code 亿} (×10⁸); {@code ,} and {@code _} may group digits.
 */
public final class Amounts {

    private Amounts() {}

    /** The number, or null when the text is not one. */
    public static Double parse(String raw) {
        String t = raw.strip().replace(",", "").replace("_", "");
        double factor = 1;
        if (t.endsWith("%")) {
            factor = 0.01;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("万")) {
            factor = 1e4;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("亿")) {
            factor = 1e8;
            t = t.substring(0, t.length() - 1);
        }
        try {
            // BigDecimal keeps 5% exactly 0.05 rather than 5 × 0.01.
            return new BigDecimal(t.strip())
                    .multiply(BigDecimal.valueOf(factor))
                    .doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number of a rule-file value, or an error naming the file and line. */
    public static double read(RuleNode n) {
        Double v = parse(n.text());
        if (v == null) {
            throw n.error("expected a number (5%, 5000万 and 2亿 are allowed), got '" + n.text() + "' / 应为数字");
        }
        return v;
    }
}
