package org.innopark.engine.ladder;

/**
 * The outcome of one enterprise against one scheme for one year, without the explanation: what a {@link Verdict}
 * says in one line, for bulk counts. Produced by {@link LadderAssessment#outcome} and {@link
 * LadderAssessment#outcomes}; the status and score are those of the explained verdict (open it with {@link
 * LadderAssessment#assess} when someone asks why).
 *
 * @param score the total points of a scored scheme — an interval when some inputs are unknown — or null when the
 *     scheme has no score
 */
public record SchemeOutcome(Scheme scheme, int year, Outcome outcome, Points score) {

    public String schemeId() {
        return scheme.id();
    }

    public boolean qualified() {
        return outcome == Outcome.QUALIFIED;
    }
}
