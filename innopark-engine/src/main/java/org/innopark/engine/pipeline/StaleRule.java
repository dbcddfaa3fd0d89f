package org.innopark.engine.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 线索回收: a lead with no follow-up for {@code remindAfterDays} is reminded to its owner; after {@code
 * returnAfterDays} it goes back to the park's pool (公海) for another officer to take up.
 */
public record StaleRule(int remindAfterDays, int returnAfterDays) {

    /** What the rule does to a lead today. */
    public enum Action {
        NONE,
        REMIND,
        RETURN_TO_POOL
    }

    public StaleRule {
        if (remindAfterDays < 1 || returnAfterDays <= remindAfterDays) {
            throw new IllegalArgumentException("stale: 0 < remind-after-days < return-after-days, got "
                    + remindAfterDays + " and " + returnAfterDays);
        }
    }

    /**
     * The action due for a lead at a pooled stage with an owner, by its last activity (the last follow-up, or the
     * day it was taken up or reached its stage when later) and whether it was already reminded since that activity.
     */
    public Action assess(LocalDate lastActivity, boolean remindedSince, LocalDate today) {
        long idle = ChronoUnit.DAYS.between(lastActivity, today);
        if (idle >= returnAfterDays) {
            return Action.RETURN_TO_POOL;
        }
        if (idle >= remindAfterDays && !remindedSince) {
            return Action.REMIND;
        }
        return Action.NONE;
    }

    /** The day the lead will go back to the pool without a follow-up. */
    public LocalDate returnsOn(LocalDate lastActivity) {
        return lastActivity.plusDays(returnAfterDays);
    }
}
