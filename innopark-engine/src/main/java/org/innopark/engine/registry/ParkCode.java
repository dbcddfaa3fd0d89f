package org.innopark.engine.registry;

/** The form of park and sub-park codes: 2 to 32 upper-case letters, digits, '-' or '_'. */
public final class ParkCode {

    private ParkCode() {}

    public static String check(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
            throw new InvalidValueException(
                    "园区代码'" + raw + "'无效:应为2–32位大写字母、数字、'-'或'_'",
                    "park code '" + raw + "' is not valid: use 2-32 upper-case letters, digits, '-' or '_'");
        }
        return code;
    }
}
