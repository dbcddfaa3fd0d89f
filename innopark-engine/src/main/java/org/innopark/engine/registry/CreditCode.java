package org.innopark.engine.registry;

import java.util.Objects;

/**
 * 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015.
 *
 * <p>The code is written in the 31 characters {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z). Character 18 is
 * a check character: with the weights 3^(i) mod 31 for positions 1..17, the check value is
 * {@code 31 - (Σ value×weight mod 31)}, where 31 becomes 0. Characters 3–8 are the GB/T 2260 region code of the
 * registering authority.
 */
public final class CreditCode implements Comparable<CreditCode> {

    /** The code's alphabet in the order of the values 0..30. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses a code, trimming blanks and upper-casing letters.
     *
     * @throws InvalidValueException with a message that says what is wrong and what a valid code looks like
     */
    public static CreditCode of(String raw) {
        Objects.requireNonNull(raw, "raw");
        String code = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 18) {
            throw new InvalidValueException(
                    "统一社会信用代码应为18位,实际为" + code.length() + "位",
                    "a unified social credit code has 18 characters, this one has " + code.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new InvalidValueException(
                        "统一社会信用代码第" + (i + 1) + "位字符'" + code.charAt(i) + "'无效(不得使用I、O、S、V、Z)",
                        "character " + (i + 1) + " '" + code.charAt(i)
                                + "' is not allowed in a credit code (I, O, S, V and Z are never used)");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            throw new InvalidValueException(
                    "统一社会信用代码校验位错误:第18位应为'" + expected + "',实际为'" + code.charAt(17) + "'",
                    "wrong check character: character 18 should be '" + expected + "', not '" + code.charAt(17) + "'");
        }
        return new CreditCode(code);
    }

    /** True when {@link #of(String)} would accept the text. */
    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not in the credit-code alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The region code of the registering authority (characters 3–8). */
    public String registrationRegion() {
        return value.substring(2, 8);
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(CreditCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
