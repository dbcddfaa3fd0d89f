package org.innopark.engine.bulletin;

/**
 * A text with the noise of OCR and layout taken out, remembering where each of its characters came from: spaces
 * inside words (孵化器 40 家 → 孵化器40家) and line breaks inside sentences are dropped; a line break after a
 * sentence's end, around a heading (#) or a byline (◎) stays as one '\n'; full-width digits, letters, % and . become
 * ASCII. Offsets map back to the original, so a quote is always an exact substring of what was read.
 */
final class NormalizedText {

    final String text;
    private final int[] origin;
    private final int originalLength;

    private NormalizedText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int n = original.length();
        boolean headingLine = false;
        boolean lineStart = true;
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (isSpace(c)) {
                int j = i;
                boolean newline = false;
                while (j < n && isSpace(original.charAt(j))) {
                    newline |= original.charAt(j) == '\n' || original.charAt(j) == '\r';
                    j++;
                }
                char prev = out.isEmpty() ? '\n' : out.charAt(out.length() - 1);
                char next = j < n ? original.charAt(j) : '\n';
                if (newline && (prev == '\n' || isSentenceEnd(prev) || headingLine || next == '#' || next == '◎')) {
                    if (prev != '\n') {
                        origin[out.length()] = i;
                        out.append('\n');
                    }
                } else if (isAsciiWord(prev) && isAsciiWord(next)) {
                    origin[out.length()] = i;
                    out.append(' ');
                }
                if (newline) {
                    lineStart = true;
                    headingLine = false;
                }
                i = j;
                continue;
            }
            if (lineStart) {
                headingLine = c == '#' || c == '◎';
                lineStart = false;
            }
            origin[out.length()] = i;
            out.append(ascii(c));
            i++;
        }
        origin[out.length()] = n;
        return new NormalizedText(out.toString(), origin, n);
    }

    /** The original offset of a normalized character. */
    int start(int normalized) {
        return normalized >= text.length() ? originalLength : origin[normalized];
    }

    /** The original offset one past a normalized range that ends before {@code normalizedEnd}. */
    int end(int normalizedEnd) {
        return normalizedEnd <= 0 ? 0 : origin[normalizedEnd - 1] + 1;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00a0' || c == '\u200b';
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?' || c == '!' || c == '?' || c == ';' || c == ';' || c == ':' || c == ':'
                || c == '”' || c == '"';
    }

    private static boolean isAsciiWord(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static char ascii(char c) {
        if ((c >= '０' && c <= '９')
                || (c >= 'Ａ' && c <= 'Ｚ')
                || (c >= 'ａ' && c <= 'ｚ')
                || c == '％'
                || c == '．'
                || c == '＋'
                || c == '／') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}
