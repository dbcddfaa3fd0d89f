package org.innopark.engine.registry;

import java.util.Map;

/**
 * 国民经济行业分类: a GB/T 4754-2017 industry code of 2 (大类), 3 (中类) or 4 (小类) digits, optionally preceded by
 * its section letter (e.g. {@code C3911} or {@code 3911}). The 大类 is checked against the official table, kept as
 * data in {@link IndustryClassification} ({@code gbt4754-2017.tsv}).
 */
public record IndustryCode(String value) {

    public IndustryCode {
        if (value == null || !value.matches("\\d{2,4}")) {
            throw new InvalidValueException(
                    "行业代码应为GB/T 4754-2017的2至4位数字(可带门类字母,如C3911),实际为'" + value + "'",
                    "an industry code has 2 to 4 digits of GB/T 4754-2017 (optionally after its section letter, e.g."
                            + " C3911), got '" + value + "'");
        }
        if (IndustryClassification.section(value.substring(0, 2)).isEmpty()) {
            throw new InvalidValueException(
                    "行业代码'" + value + "'的大类" + value.substring(0, 2) + "不在GB/T 4754-2017中(有效大类为01–97)",
                    "industry code '" + value + "': division " + value.substring(0, 2)
                            + " is not in GB/T 4754-2017 (valid divisions are 01-97)");
        }
    }

    /** Parses a code, accepting and checking a leading section letter. */
    public static IndustryCode of(String raw) {
        String text = raw == null ? null : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (text != null && !text.isEmpty() && Character.isLetter(text.charAt(0))) {
            IndustryCode code = new IndustryCode(text.substring(1));
            if (!code.section().equals(text.substring(0, 1))) {
                throw new InvalidValueException(
                        "行业代码'" + text + "'的门类字母应为" + code.section(),
                        "industry code '" + text + "': the section letter should be " + code.section());
            }
            return code;
        }
        return new IndustryCode(text);
    }

    /** The two-digit 大类. */
    public String division() {
        return value.substring(0, 2);
    }

    /** The section letter (门类), e.g. C for manufacturing. */
    public String section() {
        return IndustryClassification.section(division()).orElseThrow();
    }

    /** The Chinese name of the 大类. */
    public String divisionName() {
        return IndustryClassification.name(division()).orElseThrow();
    }

    /** All 大类 codes with their names, in code order. */
    public static Map<String, String> divisions() {
        return IndustryClassification.level(2);
    }
}
