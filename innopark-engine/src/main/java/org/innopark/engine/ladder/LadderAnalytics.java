package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;

/**
 * The park's ladder (梯度培育漏斗), as pure functions over the enterprises of a park: how many are on each rung as held
 * and as assessed, who holds a rung without meeting it or meets one without holding it, how enterprises moved
 * between rungs from one year to the next, who is closest to the next rung, and which certificates expire soon.
 *
 * <p>Counts and moves use the outcome-only path ({@link LadderAssessment#outcome}); the explained verdict is built
 * only where one is handed out: for each mismatch and each candidate (with its gap).
 */
public final class LadderAnalytics {

    /** Whether a rung is counted by the certificates held or by the assessment of the data. */
    public enum Basis {
        HELD,
        ASSESSED
    }

    /**
     * The count at one rung.
     *
     * @param held      valid certificates at the end of the year
     * @param qualified enterprises the data says qualify
     * @param undecided enterprises that would qualify if the unknown inputs turn out favourable
     */
    public record RungCount(QualificationType rung, int level, int held, int qualified, int undecided) {}

    /** The kinds of mismatch between what is held and what is assessed. */
    public enum MismatchKind {
        /** Holds a valid certificate but the data no longer meets the criteria (持证但不达标). */
        HELD_NOT_MEETING,
        /** Meets the criteria but holds no certificate (达标未认定): a candidate to apply. */
        MEETING_NOT_HELD
    }

    public record Mismatch(CreditCode creditCode, QualificationType rung, MismatchKind kind, Verdict verdict) {}

    /** The ladder of a park in one year; each mismatch carries its explained verdict. */
    public record Snapshot(int year, List<RungCount> rungs, List<Mismatch> mismatches) {}

    /** How many enterprises moved from one top rung (null: none) to another between two years. */
    public record Transition(QualificationType from, QualificationType to, int count) {

        /** +1 up the ladder, −1 down, 0 on the same level. */
        public int direction(Ladder ladder) {
            return Integer.signum(ladder.level(to) - ladder.level(from));
        }
    }

    /** An enterprise that could climb to a rung, with its verdict and gap. */
    public record Candidate(
            CreditCode creditCode, QualificationType currentTop, QualificationType rung, Verdict verdict, Gap gap) {}

    /**
     * A certificate that expires soon.
     *
     * @param derived true when the expiry date was not recorded and comes from the rung's validity
     */
    public record ExpiringCertificate(
            CreditCode creditCode, Qualification qualification, LocalDate expiresOn, boolean derived, long daysLeft) {}

    private final Ladder ladder;
    private final LadderAssessment assessment;

    public LadderAnalytics(Ladder ladder, LadderAssessment assessment) {
        this.ladder = ladder;
        this.assessment = assessment;
    }

    /** The count per rung as held and as assessed, and the mismatches, for a data year. */
    public Snapshot snapshot(Collection<EnterpriseFacts> park, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<QualificationType, int[]> counts = new EnumMap<>(QualificationType.class);
        List<Mismatch> mismatches = new ArrayList<>();
        for (Ladder.Rung r : ladder.rungs()) {
            counts.put(r.type(), new int[3]);
        }
        for (EnterpriseFacts e : park) {
            for (Ladder.Rung r : ladder.rungs()) {
                int[] c = counts.get(r.type());
                boolean held = held(e, r.type(), end);
                if (held) {
                    c[0]++;
                }
                Optional<SchemeOutcome> v = outcome(r, e, year);
                if (v.isEmpty()) {
                    if (held) {
                        c[1]++;
                    }
                    continue;
                }
                Outcome o = v.get().outcome();
                if (o == Outcome.QUALIFIED) {
                    c[1]++;
                } else if (o == Outcome.UNDECIDED) {
                    c[2]++;
                }
                if (held && o == Outcome.NOT_QUALIFIED) {
                    mismatches.add(new Mismatch(
                            e.creditCode(), r.type(), MismatchKind.HELD_NOT_MEETING, explained(v.get(), e)));
                } else if (!held && o == Outcome.QUALIFIED) {
                    mismatches.add(new Mismatch(
                            e.creditCode(), r.type(), MismatchKind.MEETING_NOT_HELD, explained(v.get(), e)));
                }
            }
        }
        List<RungCount> rungs = new ArrayList<>();
        for (Ladder.Rung r : ladder.rungs()) {
            int[] c = counts.get(r.type());
            rungs.add(new RungCount(r.type(), r.level(), c[0], c[1], c[2]));
        }
        return new Snapshot(year, rungs, mismatches);
    }

    /** The moves between top rungs from the end of one year to the end of another. */
    public List<Transition> transitions(Collection<EnterpriseFacts> park, int fromYear, int toYear, Basis basis) {
        Map<List<QualificationType>, Integer> moves = new LinkedHashMap<>();
        for (EnterpriseFacts e : park) {
            QualificationType from = top(e, fromYear, basis);
            QualificationType to = top(e, toYear, basis);
            moves.merge(java.util.Arrays.asList(from, to), 1, Integer::sum);
        }
        List<Transition> out = new ArrayList<>();
        moves.forEach((k, n) -> out.add(new Transition(k.get(0), k.get(1), n)));
        out.sort(Comparator.comparingInt((Transition t) -> ladder.level(t.from()))
                .thenComparingInt(t -> ladder.level(t.to()))
                .thenComparing(t -> String.valueOf(t.from()))
                .thenComparing(t -> String.valueOf(t.to())));
        return out;
    }

    /** The highest rung of an enterprise at the end of a year, held or assessed as qualified; null for none. */
    public QualificationType top(EnterpriseFacts e, int year, Basis basis) {
        LocalDate end = LocalDate.of(year, 12, 31);
        Set<QualificationType> on = EnumSet.noneOf(QualificationType.class);
        for (Ladder.Rung r : ladder.rungs()) {
            boolean yes = basis == Basis.HELD || r.schemeId() == null
                    ? held(e, r.type(), end)
                    : outcome(r, e, year).map(SchemeOutcome::qualified).orElse(false);
            if (yes) {
                on.add(r.type());
            }
        }
        return ladder.top(on);
    }

    /**
     * The candidates for a rung: enterprises below it that do not hold it and whose gap can be closed, closest
     * first (qualified but not held, then undecided, then by gap size).
     */
    public List<Candidate> candidates(Collection<EnterpriseFacts> park, QualificationType rung, int year) {
        Ladder.Rung target = ladder.rung(rung).orElseThrow(() -> new IllegalArgumentException("not a rung: " + rung));
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Candidate> out = new ArrayList<>();
        for (EnterpriseFacts e : park) {
            QualificationType current = top(e, year, Basis.HELD);
            if (held(e, rung, end) || ladder.level(current) >= target.level()) {
                continue;
            }
            Optional<Verdict> v = verdict(target, e, year);
            if (v.isEmpty()) {
                continue;
            }
            Gap gap = assessment.gap(v.get(), e);
            if (Double.isInfinite(gap.size())) {
                continue;
            }
            out.add(new Candidate(e.creditCode(), current, rung, v.get(), gap));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> c.gap().size())
                .thenComparingInt(c -> c.verdict().outcome().ordinal())
                .thenComparing(c -> c.creditCode().value()));
        return out;
    }

    /** For every rung, the candidates whose current top rung is on the level just below it. */
    public Map<QualificationType, List<Candidate>> nextRungCandidates(Collection<EnterpriseFacts> park, int year) {
        Map<QualificationType, List<Candidate>> out = new LinkedHashMap<>();
        for (Ladder.Rung r : ladder.rungs()) {
            if (r.schemeId() == null) {
                continue;
            }
            List<Candidate> next = new ArrayList<>();
            for (Candidate c : candidates(park, r.type(), year)) {
                if (ladder.next(c.currentTop()).contains(r.type())) {
                    next.add(c);
                }
            }
            out.put(r.type(), next);
        }
        return out;
    }

    /**
     * The certificates valid today that expire within the next {@code months} months, soonest first. A certificate
     * without an expiry date expires after its rung's validity (e.g. 高企: 3 years from issue).
     */
    public List<ExpiringCertificate> expiring(Collection<EnterpriseFacts> park, LocalDate today, int months) {
        LocalDate horizon = today.plusMonths(months);
        List<ExpiringCertificate> out = new ArrayList<>();
        for (EnterpriseFacts e : park) {
            for (Qualification q : e.qualifications()) {
                LocalDate expires = expiry(q);
                if (expires == null) {
                    continue;
                }
                boolean derived = q.expiresOn() == null;
                if (!today.isBefore(q.grantedOn()) && !expires.isBefore(today) && !expires.isAfter(horizon)) {
                    out.add(new ExpiringCertificate(
                            e.creditCode(), q, expires, derived, ChronoUnit.DAYS.between(today, expires)));
                }
            }
        }
        out.sort(Comparator.comparing(ExpiringCertificate::expiresOn)
                .thenComparing(c -> c.creditCode().value()));
        return out;
    }

    /**
     * Whether a valid certificate of the type is held on the day; a certificate without an expiry date lasts its
     * rung's validity (and indefinitely when the ladder gives none). A listed enterprise holds LISTED.
     */
    public boolean held(EnterpriseFacts e, QualificationType type, LocalDate day) {
        if (type == QualificationType.LISTED && e.listed().orElse(false)) {
            return true;
        }
        for (Qualification q : e.qualifications()) {
            LocalDate expires = expiry(q);
            if (q.type() == type && !day.isBefore(q.grantedOn()) && (expires == null || !day.isAfter(expires))) {
                return true;
            }
        }
        return false;
    }

    /** The recorded expiry, or the one derived from the rung's validity; null when neither is known. */
    private LocalDate expiry(Qualification q) {
        if (q.expiresOn() != null) {
            return q.expiresOn();
        }
        Integer years = ladder.rung(q.type()).map(Ladder.Rung::validityYears).orElse(null);
        return years == null ? null : q.grantedOn().plusYears(years).minusDays(1);
    }

    private Optional<SchemeOutcome> outcome(Ladder.Rung r, EnterpriseFacts e, int year) {
        if (r.schemeId() == null) {
            return Optional.empty();
        }
        Objects.requireNonNull(e);
        return assessment.outcome(r.schemeId(), e, year);
    }

    /** The explained verdict behind an outcome: the same scheme version, enterprise and year. */
    private Verdict explained(SchemeOutcome o, EnterpriseFacts e) {
        return assessment.assess(o.scheme(), e, o.year());
    }

    private Optional<Verdict> verdict(Ladder.Rung r, EnterpriseFacts e, int year) {
        if (r.schemeId() == null) {
            return Optional.empty();
        }
        Objects.requireNonNull(e);
        return assessment.assess(r.schemeId(), e, year);
    }
}
