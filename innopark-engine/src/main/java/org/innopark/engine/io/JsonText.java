package org.innopark.engine.io;

/**
 * A JSON string literal written as Jackson writes one: quotes, backslashes and control characters escaped (the short
 * forms where JSON has them, else {@code \\u00XX}), every other character as it is. For the files the engine's callers
 * write by hand (the alerts' JSON, the facts' JSON lines) so that they equal the application's Jackson output.
 */
public final class JsonText {

    private JsonText() {}

    /** The text as a JSON string, in quotes. */
    public static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
