package org.innopark.app.registry.imports;

import org.innopark.engine.registry.CreditCode;

/** Valid credit codes for tests, built with the check character of GB 32100-2015. */
final class Codes {

    private Codes() {}

    /** A valid code of an enterprise registered in 长春 (220101), numbered n. */
    static String credit(long n) {
        String first17 = "91220101" + String.format("%09d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    static String badCheck(long n) {
        String good = credit(n);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        return good.substring(0, 17) + wrong;
    }
}
