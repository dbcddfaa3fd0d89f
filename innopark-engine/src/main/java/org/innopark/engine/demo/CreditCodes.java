package org.innopark.engine.demo;

import java.util.Locale;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.RegionCode;

/**
 * Builds valid, unique unified social credit codes for generated enterprises: {@code 9} (registered by market
 * regulation), {@code 1} (enterprise), the park's region code, a 9-character organisation code derived from the
 * enterprise's index, and the GB 32100 check character.
 *
 * <p>The organisation code is 8 digits and a GB 11714 check character. The 8 digits are the index scrambled by an
 * affine bijection modulo 10^8, so codes look random, differ between neighbours and never repeat below 100 million
 * enterprises.
 */
final class CreditCodes {

    static final long CAPACITY = 100_000_000L;

    /** Coprime with 10, so that index × MULTIPLIER mod 10^8 is a bijection. */
    private static final long MULTIPLIER = 7_919_993L;

    private static final long OFFSET = 19_260_817L;

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {}

    static CreditCode of(RegionCode region, long index) {
        if (index < 0 || index >= CAPACITY) {
            throw new IllegalArgumentException("index out of range: " + index);
        }
        String body = String.format(Locale.ROOT, "%08d", (index * MULTIPLIER + OFFSET) % CAPACITY);
        String first17 = "91" + region.value() + body + organisationCheck(body);
        return CreditCode.of(first17 + CreditCode.checkCharacter(first17));
    }

    /** GB 11714 check character of an 8-digit organisation code body. */
    static char organisationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 10) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
