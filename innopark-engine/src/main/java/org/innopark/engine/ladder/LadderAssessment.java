package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.innopark.engine.registry.QualificationType;

/**
 * 梯度培育评价: assesses enterprises against the qualification schemes and finds their gaps. Pure computation over
 * in-memory data; thread-safe.
 *
 * <pre>
 * LadderAssessment assessment = new LadderAssessment(SchemeRegistry.official());
 * EnterpriseFacts facts = EnterpriseFacts.of(enterprise).reports(reports).qualifications(held)
 *         .fact("majorIncident", false).build();
 * Verdict verdict = assessment.assess("high-tech", facts, 2024).orElseThrow();
 * Gap gap = assessment.gap(verdict, facts);
 * </pre>
 *
 * <p>For counts over many enterprises, {@link #outcome} and {@link #outcomes} give the same outcome and score as
 * {@link #assess} and {@link #assessAll} without building the explanation (an outcome-only evaluator compiled once per
 * scheme version).
 */
public final class LadderAssessment {

    private record InForce(String id, int year) {}

    private final SchemeRegistry schemes;
    /** The scheme ids that have regional variants: only these need the enterprise's region to pick a version. */
    private final Set<String> withVariants;

    private final ConcurrentMap<Scheme, OutcomeEvaluator> compiled = new ConcurrentHashMap<>();
    private final ConcurrentMap<InForce, Optional<Scheme>> inForce = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, List<String>> rungSchemes = new ConcurrentHashMap<>();
    /** Per year, the compiled rung schemes of {@link #outcomes} for an enterprise whose region cannot matter. */
    private final ConcurrentMap<Integer, List<OutcomeEvaluator>> rungEvaluators = new ConcurrentHashMap<>();

    public LadderAssessment(SchemeRegistry schemes) {
        this.schemes = schemes;
        this.withVariants = new HashSet<>(schemes.variants().values());
    }

    public SchemeRegistry schemes() {
        return schemes;
    }

    /**
     * Assesses an enterprise for a data year against the version of the scheme in force at the end of that year, or
     * its regional variant for the enterprise's region. Empty when no version is in force.
     */
    public Optional<Verdict> assess(String schemeId, EnterpriseFacts facts, int year) {
        LocalDate asOf = LocalDate.of(year, 12, 31);
        return schemes.effective(schemeId, asOf, facts.region().orElse(null)).map(s -> assess(s, facts, year, asOf));
    }

    /** Assesses against a given scheme version, as of the end of the data year. */
    public Verdict assess(Scheme scheme, EnterpriseFacts facts, int year) {
        return assess(scheme, facts, year, LocalDate.of(year, 12, 31));
    }

    /**
     * Assesses against a given scheme version.
     *
     * @param year the data year (the latest accounting year); multi-year formulas count back from it
     * @param asOf the day certificates must be valid on and ages are counted to
     */
    public Verdict assess(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf) {
        return Evaluator.evaluate(scheme, facts, year, asOf);
    }

    /** Assesses against every scheme in force for the year that grants a rung of the ladder. */
    public List<Verdict> assessAll(EnterpriseFacts facts, int year) {
        List<Verdict> verdicts = new ArrayList<>();
        for (String id : schemes.ids()) {
            schemes.effective(id, year)
                    .filter(s -> s.baseId().isEmpty() && s.rung().isPresent())
                    .flatMap(s -> assess(id, facts, year))
                    .ifPresent(verdicts::add);
        }
        return verdicts;
    }

    /** The verdict for the scheme of a rung, if a scheme for it is in force. */
    public Optional<Verdict> assess(QualificationType rung, EnterpriseFacts facts, int year) {
        for (String id : schemes.ids()) {
            Optional<Scheme> s = schemes.effective(id, year);
            if (s.isPresent()
                    && s.get().baseId().isEmpty()
                    && s.get().rung().filter(rung::equals).isPresent()) {
                return assess(id, facts, year);
            }
        }
        return Optional.empty();
    }

    // ---- outcomes only

    /**
     * The outcome and score of {@link #assess(String, EnterpriseFacts, int)} without the explanation: the version in
     * force at the end of the year (or its regional variant). Empty when no version is in force.
     */
    public Optional<SchemeOutcome> outcome(String schemeId, EnterpriseFacts facts, int year) {
        return effective(schemeId, year, facts).map(s -> outcome(s, facts, year));
    }

    /** The outcome and score against a given scheme version, as of the end of the data year. */
    public SchemeOutcome outcome(Scheme scheme, EnterpriseFacts facts, int year) {
        return outcome(scheme, facts, year, LocalDate.of(year, 12, 31));
    }

    /** The outcome and score of {@link #assess(Scheme, EnterpriseFacts, int, LocalDate)} without the explanation. */
    public SchemeOutcome outcome(Scheme scheme, EnterpriseFacts facts, int year, LocalDate asOf) {
        return outcome(compiled(scheme), facts, year, asOf);
    }

    private static SchemeOutcome outcome(OutcomeEvaluator e, EnterpriseFacts facts, int year, LocalDate asOf) {
        double[] score = new double[2];
        Outcome outcome = e.evaluate(facts, year, asOf, score);
        Scheme scheme = e.scheme();
        return new SchemeOutcome(scheme, year, outcome, scheme.scored() ? new Points(score[0], score[1]) : null);
    }

    /** The outcomes of {@link #assessAll}: every scheme in force for the year that grants a rung, in the same order. */
    public List<SchemeOutcome> outcomes(EnterpriseFacts facts, int year) {
        LocalDate asOf = LocalDate.of(year, 12, 31);
        if (withVariants.isEmpty() || facts.region().isEmpty()) {
            List<OutcomeEvaluator> evaluators = rungEvaluators.computeIfAbsent(
                    year,
                    y -> rungSchemeIds(y).stream()
                            .map(id -> compiled(schemes.effective(id, y).orElseThrow()))
                            .toList());
            List<SchemeOutcome> out = new ArrayList<>(evaluators.size());
            for (OutcomeEvaluator e : evaluators) {
                out.add(outcome(e, facts, year, asOf));
            }
            return out;
        }
        List<String> ids = rungSchemes.computeIfAbsent(year, this::rungSchemeIds);
        List<SchemeOutcome> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            effective(id, year, facts).ifPresent(s -> out.add(outcome(s, facts, year, asOf)));
        }
        return out;
    }

    private List<String> rungSchemeIds(int year) {
        List<String> ids = new ArrayList<>();
        for (String id : schemes.ids()) {
            schemes.effective(id, year)
                    .filter(s -> s.baseId().isEmpty() && s.rung().isPresent())
                    .ifPresent(s -> ids.add(id));
        }
        return List.copyOf(ids);
    }

    /** As {@code schemes.effective(id, end of year, region)}, remembered when the region cannot matter. */
    private Optional<Scheme> effective(String id, int year, EnterpriseFacts facts) {
        if (withVariants.contains(id) && facts.region().isPresent()) {
            return schemes.effective(
                    id, LocalDate.of(year, 12, 31), facts.region().get());
        }
        return inForce.computeIfAbsent(new InForce(id, year), k -> schemes.effective(k.id(), k.year()));
    }

    private OutcomeEvaluator compiled(Scheme scheme) {
        OutcomeEvaluator e = compiled.get(scheme);
        return e != null ? e : compiled.computeIfAbsent(scheme, OutcomeEvaluator::compile);
    }

    /** The gap of a verdict: what would make the enterprise stop failing the scheme. */
    public Gap gap(Verdict verdict, EnterpriseFacts facts) {
        return GapFinder.find(verdict.scheme(), facts, verdict.year(), verdict.asOf());
    }
}
