package org.innopark.engine.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 */
public final class LadderAssessment {

    private final SchemeRegistry schemes;

    public LadderAssessment(SchemeRegistry schemes) {
        this.schemes = schemes;
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

    /** The gap of a verdict: what would make the enterprise stop failing the scheme. */
    public Gap gap(Verdict verdict, EnterpriseFacts facts) {
        return GapFinder.find(verdict.scheme(), facts, verdict.year(), verdict.asOf());
    }
}
