package org.innopark.engine.monitor;

import java.util.List;

/**
 * 预警: one alert, raised in the month it would have been raised, by a rule or model, with the values that fired it
 * and an explanation in Chinese.
 *
 * @param period the month the alert was raised (see {@link Period})
 * @param ruleId the rule or model of the rule file that raised it
 * @param values the figures that fired it, in the order the explanation names them
 */
public record Alert(
        String creditCode, int period, String ruleId, Severity severity, List<Value> values, String explanation) {

    public Alert {
        values = List.copyOf(values);
    }

    /** One figure behind an alert: its Chinese name, value and unit. */
    public record Value(String name, double value, String unit) {}
}
