package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innopark.engine.ladder.LadderFixtures.ASSESSMENT;
import static org.innopark.engine.ladder.LadderFixtures.code;
import static org.innopark.engine.ladder.LadderFixtures.figures;
import static org.innopark.engine.registry.QualificationType.HIGH_TECH;
import static org.innopark.engine.registry.QualificationType.INNOVATIVE_SME;
import static org.innopark.engine.registry.QualificationType.SRDI_SME;
import static org.innopark.engine.registry.QualificationType.TECH_SME;
import static org.innopark.engine.registry.ReportField.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;
import org.junit.jupiter.api.Test;

/** The ladder of a small hand-built park of four enterprises. */
class LadderAnalyticsTests {

    private static final LadderAnalytics ANALYTICS = new LadderAnalytics(Ladder.official(), ASSESSMENT);

    private static Qualification q(int n, QualificationType type, String granted, String expires) {
        return new Qualification(
                code(n), type, null, null, LocalDate.parse(granted), expires == null ? null : LocalDate.parse(expires));
    }

    /** Meets 科小 (score 64): staff 20%, R&D 5% of revenue, two class-II IP; every 科小 fact answered "no". */
    private static EnterpriseFacts.Builder techSme(int n, int stStaff) {
        return EnterpriseFacts.of(code(n))
                .registrationDate(LocalDate.of(2016, 1, 1))
                .listed(false)
                .figures(
                        2023,
                        figures(
                                EMPLOYEES,
                                100,
                                ST_STAFF,
                                stStaff,
                                OPERATING_REVENUE,
                                50_000_000,
                                TOTAL_ASSETS,
                                30_000_000,
                                RD_EXPENSE,
                                2_500_000,
                                TOTAL_COST,
                                1_000_000_000,
                                IP_CLASS1,
                                0,
                                IP_CLASS2,
                                2))
                .figures(
                        2024,
                        figures(
                                EMPLOYEES,
                                100,
                                ST_STAFF,
                                stStaff,
                                OPERATING_REVENUE,
                                50_000_000,
                                TOTAL_ASSETS,
                                30_000_000,
                                RD_EXPENSE,
                                2_500_000,
                                TOTAL_COST,
                                1_000_000_000,
                                IP_CLASS1,
                                0,
                                IP_CLASS2,
                                2))
                .facts(Map.of(
                        "restrictedIndustry",
                        false,
                        "majorIncident",
                        false,
                        "researchMisconduct",
                        false,
                        "creditListed",
                        false,
                        "nationalAwardTop3",
                        false,
                        "provincialRdInstitution",
                        false,
                        "ledStandard",
                        false));
    }

    /** A: meets 科小 and holds it since 2024; B: holds 科小 but staff 8% no longer meets it; C: meets 科小, not held,
     * held 高企 2021 (expires 2024-11-30); D: holds nothing and meets nothing (staff 5%). */
    private static List<EnterpriseFacts> park() {
        return List.of(
                techSme(1, 20)
                        .qualification(q(1, TECH_SME, "2024-05-01", "2024-12-31"))
                        .build(),
                techSme(2, 8)
                        .qualification(q(2, TECH_SME, "2023-05-01", "2023-12-31"))
                        .qualification(q(2, TECH_SME, "2024-05-01", "2024-12-31"))
                        .build(),
                techSme(3, 20)
                        .qualification(q(3, HIGH_TECH, "2021-12-01", "2024-11-30"))
                        .build(),
                techSme(4, 5).build());
    }

    @Test
    void countsEachRungAsHeldAndAsAssessed() {
        LadderAnalytics.Snapshot s = ANALYTICS.snapshot(park(), 2024);
        LadderAnalytics.RungCount tech = s.rungs().get(0);
        assertThat(tech.rung()).isEqualTo(TECH_SME);
        assertThat(tech.held()).isEqualTo(2);
        assertThat(tech.qualified()).isEqualTo(2);
        LadderAnalytics.RungCount hte = s.rungs().get(1);
        assertThat(hte.rung()).isEqualTo(HIGH_TECH);
        // C's certificate expired on 2024-11-30, so it is not held at the end of 2024.
        assertThat(hte.held()).isZero();
        assertThat(s.rungs())
                .extracting(LadderAnalytics.RungCount::rung)
                .containsExactly(
                        TECH_SME,
                        HIGH_TECH,
                        INNOVATIVE_SME,
                        SRDI_SME,
                        QualificationType.LITTLE_GIANT,
                        QualificationType.GAZELLE,
                        QualificationType.UNICORN,
                        QualificationType.LISTED);
    }

    @Test
    void findsHeldButNotMeetingAndMeetingButNotHeld() {
        List<LadderAnalytics.Mismatch> m = ANALYTICS.snapshot(park(), 2024).mismatches().stream()
                .filter(x -> x.rung() == TECH_SME)
                .toList();
        assertThat(m)
                .extracting(LadderAnalytics.Mismatch::creditCode, LadderAnalytics.Mismatch::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(code(2), LadderAnalytics.MismatchKind.HELD_NOT_MEETING),
                        org.assertj.core.groups.Tuple.tuple(code(3), LadderAnalytics.MismatchKind.MEETING_NOT_HELD));
    }

    @Test
    void countsYearOnYearTransitionsBetweenTopRungs() {
        List<LadderAnalytics.Transition> t = ANALYTICS.transitions(park(), 2023, 2024, LadderAnalytics.Basis.HELD);
        // A: none → 科小; B: 科小 → 科小; C: 高企 → none (expired); D: none → none.
        assertThat(t)
                .containsExactlyInAnyOrder(
                        new LadderAnalytics.Transition(null, null, 1),
                        new LadderAnalytics.Transition(null, TECH_SME, 1),
                        new LadderAnalytics.Transition(TECH_SME, TECH_SME, 1),
                        new LadderAnalytics.Transition(HIGH_TECH, null, 1));
        Ladder ladder = Ladder.official();
        assertThat(t)
                .filteredOn(x -> x.direction(ladder) < 0)
                .extracting(LadderAnalytics.Transition::from)
                .containsExactly(HIGH_TECH);
    }

    @Test
    void listsCandidatesForARungClosestFirst() {
        List<LadderAnalytics.Candidate> c = ANALYTICS.candidates(park(), TECH_SME, 2024);
        // C meets it already (gap 0). D scores 52 with a zero S&T-staff score: 6 more S&T staff (5% → 10.6%, +4)
        // and ¥0.5M more R&D (5% → 6%, +10) reach 66: size 6/5 + 0.5M/2.5M = 1.4. A and B hold it already.
        assertThat(c).extracting(LadderAnalytics.Candidate::creditCode).containsExactly(code(3), code(4));
        assertThat(c.get(0).gap().size()).isZero();
        assertThat(c.get(1).gap().deltas()).containsEntry(ST_STAFF, 6.0).containsEntry(RD_EXPENSE, 500_000.0);
        assertThat(c.get(1).gap().size()).isCloseTo(1.4, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c.get(1).gap().after().outcome()).isEqualTo(Outcome.QUALIFIED);
    }

    @Test
    void candidatesForTheNextRungStartFromTheTopRungHeld() {
        Map<QualificationType, List<LadderAnalytics.Candidate>> next = ANALYTICS.nextRungCandidates(park(), 2024);
        // A holds 科小, so it is a candidate for 高企, not for 科小.
        assertThat(next.get(TECH_SME))
                .extracting(LadderAnalytics.Candidate::creditCode)
                .doesNotContain(code(1));
        assertThat(next.get(HIGH_TECH))
                .extracting(LadderAnalytics.Candidate::creditCode)
                .contains(code(1));
    }

    @Test
    void listsCertificatesExpiringWithinMonths() {
        List<LadderAnalytics.ExpiringCertificate> e = ANALYTICS.expiring(park(), LocalDate.of(2024, 10, 1), 2);
        assertThat(e)
                .extracting(LadderAnalytics.ExpiringCertificate::creditCode)
                .containsExactly(code(3));
        assertThat(e.get(0).daysLeft()).isEqualTo(60);
        assertThat(ANALYTICS.expiring(park(), LocalDate.of(2024, 10, 1), 3))
                .extracting(LadderAnalytics.ExpiringCertificate::creditCode)
                .containsExactly(code(3), code(1), code(2));
    }

    @Test
    void derivesTheExpiryOfAHighTechCertificateWithoutOne() {
        EnterpriseFacts f = techSme(5, 20)
                .qualification(q(5, HIGH_TECH, "2022-03-15", null))
                .build();
        List<LadderAnalytics.ExpiringCertificate> e = ANALYTICS.expiring(List.of(f), LocalDate.of(2025, 1, 1), 3);
        assertThat(e).singleElement().satisfies(c -> {
            assertThat(c.expiresOn()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(c.derived()).isTrue();
        });
        assertThat(ANALYTICS.held(f, HIGH_TECH, LocalDate.of(2025, 3, 14))).isTrue();
        assertThat(ANALYTICS.held(f, HIGH_TECH, LocalDate.of(2025, 3, 15))).isFalse();
        assertThat(ANALYTICS.snapshot(List.of(f), 2025).rungs().get(1).held()).isZero();
    }

    @Test
    void ladderLevelsComeFromData() {
        Ladder ladder = Ladder.official();
        assertThat(ladder.level(INNOVATIVE_SME)).isEqualTo(ladder.level(SRDI_SME));
        assertThat(ladder.next(null)).containsExactly(TECH_SME);
        assertThat(ladder.next(HIGH_TECH)).containsExactly(INNOVATIVE_SME, SRDI_SME);
        assertThat(ladder.top(List.of(TECH_SME, SRDI_SME, HIGH_TECH))).isEqualTo(SRDI_SME);
    }
}
