package org.innopark.engine.bulletin;

import java.math.BigDecimal;

/**
 * A quantitative fact stated in a text.
 *
 * @param doc the document's name
 * @param subject what the number is about (a park, city, enterprise, platform, fund, …) by its common name, or null
 * @param metric the canonical metric name, or the phrase as written when the vocabulary has none
 * @param metricId the canonical metric's id, or null when unmapped
 * @param value the value in the unit as written (14.69 for 14.69亿元)
 * @param unit the unit as written, with its scale (亿元, 万个, 家, %)
 * @param period a year (2023), span (2017-2021), date or the period as written (截至11月); null when vague or absent
 * @param qualifier over / approx / about / under, or null when the number is exact
 * @param quote an exact substring of the original text, at most 80 characters, that states the number
 * @param start the quote's first character in the original text
 * @param end one past the quote's last character in the original text
 */
public record QuantFact(
        String doc,
        String subject,
        String metric,
        String metricId,
        BigDecimal value,
        String unit,
        String period,
        FactKind kind,
        Qualifier qualifier,
        String quote,
        int start,
        int end) {

    /** The longest quote a fact carries. */
    public static final int MAX_QUOTE = 80;
}
