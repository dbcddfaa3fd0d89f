package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.QualificationType;

/**
 * 认定结果: whether one enterprise meets one scheme for one year, with every condition explained. The year is the
 * data year (the latest accounting year); the assessment date is the end of that year unless given.
 */
public final class Verdict {

    private final CreditCode creditCode;
    private final Scheme scheme;
    private final int year;
    private final LocalDate asOf;
    private final Outcome outcome;
    private final List<ConditionResult> conditions;
    private final ScoreSheet score;
    private final ConditionResult directRoute;
    private final List<ConditionResult> undecided;

    Verdict(
            CreditCode creditCode,
            Scheme scheme,
            int year,
            LocalDate asOf,
            Outcome outcome,
            List<ConditionResult> conditions,
            ScoreSheet score,
            ConditionResult directRoute,
            List<ConditionResult> undecided) {
        this.creditCode = creditCode;
        this.scheme = scheme;
        this.year = year;
        this.asOf = asOf;
        this.outcome = outcome;
        this.conditions = List.copyOf(conditions);
        this.score = score;
        this.directRoute = directRoute;
        this.undecided = List.copyOf(undecided);
    }

    public CreditCode creditCode() {
        return creditCode;
    }

    public Scheme scheme() {
        return scheme;
    }

    public String schemeId() {
        return scheme.id();
    }

    public String schemeVersion() {
        return scheme.version();
    }

    public Optional<QualificationType> rung() {
        return scheme.rung();
    }

    public int year() {
        return year;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean qualified() {
        return outcome == Outcome.QUALIFIED;
    }

    /** Every condition of the scheme's tree in file order (a group before its children). */
    public List<ConditionResult> conditions() {
        return conditions;
    }

    public Optional<ConditionResult> condition(String id) {
        return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The score, for scored schemes. */
    public Optional<ScoreSheet> score() {
        return Optional.ofNullable(score);
    }

    /** The direct-qualification route that was met, if any (e.g. a valid 高企 certificate for 科小). */
    public Optional<ConditionResult> directRoute() {
        return Optional.ofNullable(directRoute);
    }

    /**
     * The leaf conditions that could not be decided and on which the outcome hangs (empty unless UNDECIDED):
     * supplying their missing inputs settles the verdict.
     */
    public List<ConditionResult> undecided() {
        return undecided;
    }

    @Override
    public String toString() {
        return creditCode + " " + scheme + " " + year + ": " + outcome;
    }
}
