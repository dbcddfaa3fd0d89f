package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.time.Period;

/**
 * How a scheme counts {@code yearsRegistered} (成立年限), written {@code yearsRegisteredTo: assessmentDate | yearEnd}
 * in the scheme file. Official texts say "成立满 N 年" without always saying to which day; the two readings differ
 * only when an assessment is made on a day other than the end of the data year.
 */
public enum YearsRegisteredTo {
    /** Full years from registration to the assessment day (the default; a yearly assessment is as of 12-31). */
    ASSESSMENT_DATE("assessmentDate"),
    /** Full years from registration to the end of the data year, whatever the assessment day. */
    YEAR_END("yearEnd");

    private final String key;

    YearsRegisteredTo(String key) {
        this.key = key;
    }

    /** The name written in scheme files. */
    public String key() {
        return key;
    }

    /** The full years registered for an assessment of {@code year} on {@code asOf}. */
    public int years(LocalDate registered, int year, LocalDate asOf) {
        LocalDate to = this == YEAR_END ? LocalDate.of(year, 12, 31) : asOf;
        return Period.between(registered, to).getYears();
    }

    static YearsRegisteredTo read(org.innopark.engine.rules.RuleNode n) {
        String t = n.text().strip();
        for (YearsRegisteredTo v : values()) {
            if (v.key.equals(t)) {
                return v;
            }
        }
        throw n.error("'" + t + "' is not one of / 应为以下之一: assessmentDate, yearEnd");
    }
}
