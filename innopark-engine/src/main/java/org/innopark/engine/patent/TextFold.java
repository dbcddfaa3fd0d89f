package org.innopark.engine.patent;

/** Folds the characters Chinese texts write in two widths: full-width ASCII and the ideographic space. */
final class TextFold {

    private TextFold() {}

    /** The half-width form of a full-width character; other characters unchanged. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    /** Folded and lower-cased, for matching keywords. */
    static char matchForm(char c) {
        char f = fold(c);
        return f >= 'A' && f <= 'Z' ? (char) (f + 32) : f;
    }

    static String matchForm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(matchForm(s.charAt(i)));
        }
        return b.toString();
    }
}
