package org.innopark.engine.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.innopark.engine.ladder.Status;

/**
 * One criterion or condition checked, with what was read: the value, the threshold, the year or day it was met and
 * the explanation in Chinese and English.
 *
 * @param value the figure read (null when none was)
 * @param threshold the threshold (null for a qualification or an event)
 * @param year the year the criterion was met (null when not met or not a yearly figure)
 * @param day the day it was met (a qualification's grant, an event), or null
 */
public record CriterionResult(
        String id,
        String nameZh,
        Status status,
        BigDecimal value,
        BigDecimal threshold,
        Integer year,
        LocalDate day,
        String explanationZh,
        String explanationEn) {

    public boolean met() {
        return status == Status.PASS;
    }
}
