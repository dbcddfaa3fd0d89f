package org.innopark.engine.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.innopark.engine.ladder.LadderFixtures.ASSESSMENT;
import static org.innopark.engine.ladder.LadderFixtures.OFFICIAL;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.innopark.engine.demo.DemoSpec;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.InvalidValueException;
import org.innopark.engine.registry.QualificationType;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.ReportField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulk path ({@link LadderAssessment#outcome}, {@link LadderAssessment#outcomes}) against the explained verdict:
 * for every enterprise, every year and every scheme version, the same outcome and the same score (interval) to the
 * last bit. On the demo population as the benchmark builds it, and on variants of it with external facts supplied
 * (some per year, some as strings), figures and whole years missing, zero figures, and the registration date, the
 * listing, the platforms and the high-tech field unknown.
 */
class OutcomeEquivalenceTests {

    /** 500 enterprises × 5 years = 2,500 enterprise-years, plus the year before the first: 3,000 per pass. */
    private static final DemoSpec SPEC =
            DemoSpec.defaults().withEnterprises(500).withYears(5).withSeed(7);

    private static List<DemoFacts.Firm> firms;

    @BeforeAll
    static void generate() {
        firms = DemoFacts.firms(SPEC);
    }

    /** What the comparisons covered, and every difference found. */
    private static final class Tally {
        final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        final Map<String, Map<Outcome, Integer>> bySchemeId = new LinkedHashMap<>();
        final List<String> differences = new ArrayList<>();
        int compared;
        int inexactScores;

        void add(Verdict v) {
            compared++;
            outcomes.merge(v.outcome(), 1, Integer::sum);
            bySchemeId
                    .computeIfAbsent(v.schemeId(), k -> new EnumMap<>(Outcome.class))
                    .merge(v.outcome(), 1, Integer::sum);
            if (v.score().map(s -> !s.total().exact()).orElse(false)) {
                inexactScores++;
            }
        }
    }

    /** The differences between an explained verdict and an outcome, empty when they agree. */
    static List<String> differences(Verdict v, SchemeOutcome o) {
        List<String> out = new ArrayList<>();
        String where = v.creditCode() + " " + v.scheme() + " " + v.year() + ": ";
        if (v.scheme() != o.scheme()) {
            out.add(where + "scheme " + v.scheme() + " vs " + o.scheme());
        }
        if (v.year() != o.year()) {
            out.add(where + "year " + v.year() + " vs " + o.year());
        }
        if (v.outcome() != o.outcome()) {
            out.add(where + "outcome " + v.outcome() + " vs " + o.outcome());
        }
        Points full = v.score().map(ScoreSheet::total).orElse(null);
        if (full == null ? o.score() != null : !full.equals(o.score())) {
            out.add(where + "score " + full + " vs " + o.score());
        }
        return out;
    }

    private static void compare(EnterpriseFacts f, Tally tally) {
        compare(ASSESSMENT, f, tally);
    }

    private static void compare(LadderAssessment assessment, EnterpriseFacts f, Tally tally) {
        for (int year = SPEC.firstYear() - 1; year <= SPEC.lastYear(); year++) {
            List<Verdict> verdicts = assessment.assessAll(f, year);
            List<SchemeOutcome> outcomes = assessment.outcomes(f, year);
            if (verdicts.size() != outcomes.size()) {
                tally.differences.add(f.creditCode() + " " + year + ": " + verdicts.size() + " verdicts vs "
                        + outcomes.size() + " outcomes");
                continue;
            }
            for (int i = 0; i < verdicts.size(); i++) {
                tally.differences.addAll(differences(verdicts.get(i), outcomes.get(i)));
                tally.add(verdicts.get(i));
            }
            // Every version, in force or not, through the per-scheme entry points.
            for (Scheme s : assessment.schemes().all()) {
                Verdict v = assessment.assess(s, f, year);
                tally.differences.addAll(differences(v, assessment.outcome(s, f, year)));
                tally.add(v);
            }
            for (String id : assessment.schemes().ids()) {
                Verdict v = assessment.assess(id, f, year).orElse(null);
                SchemeOutcome o = assessment.outcome(id, f, year).orElse(null);
                if (v == null || o == null) {
                    if ((v == null) != (o == null)) {
                        tally.differences.add(f.creditCode() + " " + id + " " + year + ": " + v + " vs " + o);
                    }
                } else {
                    tally.differences.addAll(differences(v, o));
                }
            }
        }
    }

    @Test
    void theDemoPopulationHasTheVerdictsOutcomesAndScores() {
        Tally tally = new Tally();
        for (DemoFacts.Firm firm : firms) {
            compare(DemoFacts.facts(firm), tally);
        }
        assertThat(tally.differences)
                .as("differences (first of %d)", tally.differences.size())
                .isEmpty();
        assertThat(tally.compared).isGreaterThan(firms.size() * SPEC.years() * 7);
        // Without external facts the compliance checks stay unknown: the population is mostly undecided, but the
        // comparison must have seen every outcome and unknown scores.
        assertThat(tally.outcomes.keySet()).containsExactlyInAnyOrder(Outcome.values());
        assertThat(tally.inexactScores).isPositive();
    }

    @Test
    void withFactsMissingFiguresAndUnknownsTheOutcomesAreTheVerdicts() {
        Map<String, List<FactDefinition>> facts = new LinkedHashMap<>();
        for (Scheme s : OFFICIAL.all()) {
            s.facts()
                    .forEach(d -> facts.computeIfAbsent(d.id(), k -> new ArrayList<>())
                            .add(d));
        }
        Map<String, Boolean> favourable = favourable();
        Tally tally = new Tally();
        Random random = new Random(20260501L);
        for (int i = 0; i < firms.size(); i++) {
            compare(variant(firms.get(i), facts, i % 2 == 0 ? favourable : null, random), tally);
        }
        assertThat(tally.differences)
                .as("differences (first of %d)", tally.differences.size())
                .isEmpty();
        assertThat(tally.outcomes.keySet()).containsExactlyInAnyOrder(Outcome.values());
        assertThat(tally.inexactScores).isPositive();
        // With facts supplied, each rung's scheme is met by some and missed by others.
        for (String id : List.of("tech-sme", "high-tech", "innovative-sme", "srdi-sme")) {
            assertThat(tally.bySchemeId.get(id))
                    .as(id)
                    .containsKeys(Outcome.QUALIFIED, Outcome.NOT_QUALIFIED, Outcome.UNDECIDED);
        }
    }

    @Test
    void withRegionalVariantsTheOutcomesAreTheVerdicts() throws URISyntaxException {
        LadderAssessment regional = new LadderAssessment(
                OFFICIAL.plus(Path.of(getClass().getResource("overrides").toURI())));
        Map<String, List<FactDefinition>> facts = new LinkedHashMap<>();
        for (Scheme s : regional.schemes().all()) {
            s.facts()
                    .forEach(d -> facts.computeIfAbsent(d.id(), k -> new ArrayList<>())
                            .add(d));
        }
        Map<String, Boolean> favourable = favourable();
        Tally tally = new Tally();
        Random random = new Random(33);
        List<String> regions = List.of("330106", "440305", "110108");
        for (DemoFacts.Firm firm : firms.subList(0, 200)) {
            RegionCode region = new RegionCode(regions.get(random.nextInt(regions.size())));
            compare(regional, variant(firm, facts, random.nextBoolean() ? favourable : null, region, random), tally);
        }
        assertThat(tally.differences)
                .as("differences (first of %d)", tally.differences.size())
                .isEmpty();
        assertThat(tally.bySchemeId).containsKeys("srdi-sme-33", "gazelle-44");
    }

    @Test
    void theParkFunnelCountsWhatTheExplainedVerdictsSay() {
        Map<String, List<FactDefinition>> facts = new LinkedHashMap<>();
        for (Scheme s : OFFICIAL.all()) {
            s.facts()
                    .forEach(d -> facts.computeIfAbsent(d.id(), k -> new ArrayList<>())
                            .add(d));
        }
        Map<String, Boolean> favourable = favourable();
        Random random = new Random(11);
        List<EnterpriseFacts> park = new ArrayList<>();
        for (DemoFacts.Firm firm : firms) {
            park.add(variant(firm, facts, random.nextBoolean() ? favourable : null, random));
        }
        Ladder ladder = Ladder.official();
        LadderAnalytics analytics = new LadderAnalytics(ladder, ASSESSMENT);
        int year = SPEC.lastYear();
        LadderAnalytics.Snapshot snapshot = analytics.snapshot(park, year);
        LocalDate end = LocalDate.of(year, 12, 31);
        int mismatches = 0;
        for (LadderAnalytics.RungCount count : snapshot.rungs()) {
            Ladder.Rung rung = ladder.rung(count.rung()).orElseThrow();
            int qualified = 0;
            int undecided = 0;
            for (EnterpriseFacts f : park) {
                boolean held = analytics.held(f, rung.type(), end);
                Verdict v = rung.schemeId() == null
                        ? null
                        : ASSESSMENT.assess(rung.schemeId(), f, year).orElse(null);
                if (v == null ? held : v.qualified()) {
                    qualified++;
                }
                if (v != null && v.outcome() == Outcome.UNDECIDED) {
                    undecided++;
                }
                if (v != null
                        && (held && v.outcome() == Outcome.NOT_QUALIFIED
                                || !held && v.outcome() == Outcome.QUALIFIED)) {
                    mismatches++;
                }
            }
            assertThat(count.qualified()).as("qualified " + count.rung()).isEqualTo(qualified);
            assertThat(count.undecided()).as("undecided " + count.rung()).isEqualTo(undecided);
        }
        assertThat(snapshot.mismatches()).hasSize(mismatches);
        assertThat(snapshot.mismatches())
                .allSatisfy(m -> assertThat(m.verdict().outcome())
                        .isEqualTo(
                                m.kind() == LadderAnalytics.MismatchKind.HELD_NOT_MEETING
                                        ? Outcome.NOT_QUALIFIED
                                        : Outcome.QUALIFIED));
        assertThat(snapshot.rungs().stream()
                        .mapToInt(LadderAnalytics.RungCount::qualified)
                        .sum())
                .isPositive();
        for (int y = year - 1; y <= year; y++) {
            for (EnterpriseFacts f : park.subList(0, 100)) {
                assertThat(analytics.top(f, y, LadderAnalytics.Basis.ASSESSED)).isEqualTo(topByVerdicts(ladder, f, y));
            }
        }
    }

    private static QualificationType topByVerdicts(Ladder ladder, EnterpriseFacts f, int year) {
        Set<QualificationType> on = EnumSet.noneOf(QualificationType.class);
        LadderAnalytics analytics = new LadderAnalytics(ladder, ASSESSMENT);
        for (Ladder.Rung r : ladder.rungs()) {
            boolean yes = r.schemeId() == null
                    ? analytics.held(f, r.type(), LocalDate.of(year, 12, 31))
                    : ASSESSMENT
                            .assess(r.schemeId(), f, year)
                            .map(Verdict::qualified)
                            .orElse(false);
            if (yes) {
                on.add(r.type());
            }
        }
        return ladder.top(on);
    }

    @Test
    void anInvalidFactFailsBothPaths() {
        EnterpriseFacts f = DemoFacts.facts(firms.get(0));
        int year = SPEC.lastYear();
        Scheme techSme = LadderFixtures.scheme("tech-sme", year);
        Scheme highTech = LadderFixtures.scheme("high-tech", year);
        EnterpriseFacts notABoolean = f.withFacts(Map.of("majorIncident", "maybe"));
        assertThatThrownBy(() -> ASSESSMENT.assess(techSme, notABoolean, year))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ASSESSMENT.outcome(techSme, notABoolean, year))
                .isInstanceOf(InvalidValueException.class);
        String expert = highTech.facts().stream()
                .filter(d -> d.type() == FactDefinition.Type.NUMBER && !Double.isInfinite(d.max()))
                .findFirst()
                .orElseThrow()
                .id();
        EnterpriseFacts outOfRange = f.withFacts(Map.of(expert, 1e6));
        assertThatThrownBy(() -> ASSESSMENT.assess(highTech, outOfRange, year))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ASSESSMENT.outcome(highTech, outOfRange, year))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theComparisonNoticesADifferentOutcomeOrScore() {
        EnterpriseFacts f = DemoFacts.facts(firms.get(0));
        int year = SPEC.lastYear();
        Scheme scheme = LadderFixtures.scheme("tech-sme", year);
        Verdict v = ASSESSMENT.assess(scheme, f, year);
        SchemeOutcome same = ASSESSMENT.outcome(scheme, f, year);
        assertThat(differences(v, same)).isEmpty();
        Outcome other = v.outcome() == Outcome.QUALIFIED ? Outcome.NOT_QUALIFIED : Outcome.QUALIFIED;
        assertThat(differences(v, new SchemeOutcome(scheme, year, other, same.score())))
                .hasSize(1);
        Points off = new Points(same.score().min(), Math.nextUp(same.score().max()));
        assertThat(differences(v, new SchemeOutcome(scheme, year, same.outcome(), off)))
                .hasSize(1);
    }

    // ---- variants of a demo enterprise

    /**
     * The answer each yes/no fact needs to meet the checks that read it directly (e.g. no major incident, an own
     * brand), so that some variants get far enough down the schemes for their later conditions to matter.
     */
    private static Map<String, Boolean> favourable() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Scheme s : OFFICIAL.all()) {
            favourable(s.root, out);
        }
        return out;
    }

    private static void favourable(Condition c, Map<String, Boolean> out) {
        if (c instanceof Condition.Group g) {
            g.children().forEach(child -> favourable(child, out));
        } else if (c instanceof Condition.Check k && k.value() instanceof Expr.FactRef f) {
            out.putIfAbsent(f.fact().id(), k.expect());
        }
    }

    /**
     * A variant of a demo enterprise. With {@code favourable} answers, yes/no facts mostly take the answer their
     * checks need and numbers lean to the top of their range; otherwise they are random.
     */
    private static EnterpriseFacts variant(
            DemoFacts.Firm firm, Map<String, List<FactDefinition>> facts, Map<String, Boolean> favourable, Random r) {
        return variant(firm, facts, favourable, null, r);
    }

    /** A variant in another region, when {@code region} is not null. */
    private static EnterpriseFacts variant(
            DemoFacts.Firm firm,
            Map<String, List<FactDefinition>> facts,
            Map<String, Boolean> favourable,
            RegionCode region,
            Random r) {
        EnterpriseFacts.Builder b;
        if (r.nextInt(5) == 0) {
            // A spreadsheet row: no registry enterprise, so the high-tech field is unknown.
            b = EnterpriseFacts.of(firm.enterprise().creditCode())
                    .registrationDate(firm.enterprise().registrationDate())
                    .region(firm.enterprise().region())
                    .listed(r.nextBoolean() ? null : firm.enterprise().isListed());
        } else {
            b = EnterpriseFacts.of(firm.enterprise());
        }
        if (r.nextInt(8) == 0) {
            b.registrationDate(null);
        }
        if (r.nextInt(10) == 0) {
            b.listed(null);
        }
        for (AnnualReport report : firm.reports()) {
            if (r.nextInt(12) == 0) {
                continue; // a year without a report
            }
            Map<ReportField, BigDecimal> figures = new EnumMap<>(ReportField.class);
            report.figures().forEach((field, value) -> {
                int dice = r.nextInt(25);
                if (dice == 0) {
                    return; // not reported
                }
                figures.put(field, dice == 1 ? BigDecimal.ZERO : value);
            });
            try {
                b.report(AnnualReport.of(report.creditCode(), report.year(), figures));
            } catch (InvalidValueException e) {
                b.report(report); // a zero that breaks a cross-field rule: keep the year as reported
            }
        }
        if (r.nextInt(10) != 0) {
            b.qualifications(firm.qualifications());
        }
        if (r.nextInt(4) != 0) {
            b.platforms(firm.platforms());
        }
        int knownShare = favourable != null ? 3 : r.nextInt(4); // 0: few facts known … 3: nearly all
        for (Map.Entry<String, List<FactDefinition>> e : facts.entrySet()) {
            if (r.nextInt(4) > knownShare) {
                continue;
            }
            Boolean wanted = favourable == null ? null : favourable.get(e.getKey());
            Object value = value(e.getValue(), wanted, favourable != null, r);
            if (value == null) {
                continue;
            }
            if (r.nextInt(8) == 0) {
                b.fact(SPEC.lastYear() - r.nextInt(SPEC.years()), e.getKey(), value);
            } else {
                b.fact(e.getKey(), value);
            }
        }
        if (region != null) {
            b.region(region);
        }
        return b.build();
    }

    /** A valid value for every definition of a fact id, or null when the schemes disagree on its type. */
    private static Object value(List<FactDefinition> defs, Boolean wanted, boolean high, Random r) {
        FactDefinition d = defs.get(0);
        if (defs.stream().anyMatch(x -> x.type() != d.type())) {
            return null;
        }
        switch (d.type()) {
            case BOOLEAN -> {
                // Compliance facts are mostly "no"; spelled in the ways a spreadsheet would.
                boolean yes = wanted != null && r.nextInt(10) != 0 ? wanted : r.nextInt(3) == 0;
                return switch (r.nextInt(4)) {
                    case 0 -> yes ? "是" : "否";
                    case 1 -> yes ? 1 : 0;
                    default -> yes;
                };
            }
            case NUMBER -> {
                double lo = defs.stream().mapToDouble(FactDefinition::min).max().orElseThrow();
                double hi = defs.stream().mapToDouble(FactDefinition::max).min().orElseThrow();
                lo = Double.isInfinite(lo) ? -10 : lo;
                hi = Double.isInfinite(hi) ? lo + (r.nextBoolean() ? 10 : 1e9) : hi;
                if (high) {
                    lo = lo + (hi - lo) * 0.6;
                }
                return switch (r.nextInt(5)) {
                    case 0 -> lo;
                    case 1 -> hi;
                    case 2 -> Math.max(lo, Math.floor(lo + r.nextDouble() * (hi - lo)));
                    default -> lo + r.nextDouble() * (hi - lo);
                };
            }
            default -> {
                List<String> options = new ArrayList<>(d.options());
                defs.forEach(x -> options.retainAll(x.options()));
                return options.isEmpty() ? null : options.get(r.nextInt(options.size()));
            }
        }
    }
}
