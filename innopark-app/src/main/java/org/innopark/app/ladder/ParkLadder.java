package org.innopark.app.ladder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.app.registry.RegistryVersion;
import org.innopark.app.registry.VersionedCache;
import org.innopark.app.security.ParkScope;
import org.innopark.engine.ladder.EnterpriseFacts;
import org.innopark.engine.ladder.Gap;
import org.innopark.engine.ladder.Label;
import org.innopark.engine.ladder.Ladder;
import org.innopark.engine.ladder.LadderAnalytics;
import org.innopark.engine.ladder.LadderAssessment;
import org.innopark.engine.ladder.Scheme;
import org.innopark.engine.ladder.SchemeRegistry;
import org.innopark.engine.ladder.Verdict;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.QualificationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 梯度培育评价 over the registry: assesses a park's enterprises against the official schemes for a data year, and
 * gives the park's ladder (held vs assessed per rung, mismatches, transitions, candidates, expiring certificates).
 *
 * <p>A park's data is read in a few bulk queries, never per enterprise, and only inside the reader's
 * {@link ParkScope}: outside it every method answers empty, as if the park or enterprise did not exist. An
 * enterprise user sees only its own enterprise's assessments and no park-wide view.
 *
 * <p>External facts the registry cannot know (a major safety incident, expert sub-scores, niche-market years…) stay
 * UNKNOWN, and the verdicts say which conditions that leaves undecided. The engine offers no park-wide default for
 * the 科技型中小企业 compliance facts, so none is assumed: those verdicts are at best UNDECIDED until the facts are
 * supplied, while their score is computed in full.
 */
@Service
@Transactional(readOnly = true)
public class ParkLadder {

    /** Years of reports before the data year that the schemes read (cagr over 3 years needs Y−3). */
    static final int LOOKBACK = 3;

    /** Default horizon of the expiring-certificates list. */
    public static final int DEFAULT_EXPIRY_MONTHS = 6;

    private final RegistryFacts registry;
    private final LadderAssessment assessment;
    private final Ladder ladder;
    private final LadderAnalytics analytics;

    private final RegistryVersion version;

    /**
     * An enterprise's verdicts with their gaps and bases by credit code and data year, while the registry version
     * they were computed at is current (the profile page's main cost: finding the gaps, measured with JFR under
     * bench/console-load.sh). Declared facts and credit records change the version too.
     */
    private final VersionedCache<String, Optional<EnterpriseAssessments>> assessed = new VersionedCache<>(4096);

    ParkLadder(RegistryFacts registry, RegistryVersion version) {
        this.registry = registry;
        this.version = version;
        this.assessment = new LadderAssessment(SchemeRegistry.official());
        this.ladder = Ladder.official();
        this.analytics = new LadderAnalytics(ladder, assessment);
    }

    /**
     * One enterprise's verdict, with its name, the gap when it does not qualify, and what the verdict rests on
     * (数据判定 / 依据声明 / 待定 and the missing facts).
     */
    public record Assessed(CreditCode creditCode, String name, Verdict verdict, Gap gap, VerdictBasis basis) {

        /** A verdict on an analyst's spreadsheet: its facts are the spreadsheet's, no registry basis. */
        public Assessed(CreditCode creditCode, String name, Verdict verdict, Gap gap) {
            this(creditCode, name, verdict, gap, VerdictBasis.of(verdict, Map.of()));
        }
    }

    /** An enterprise's verdicts against every scheme for a year. */
    public record EnterpriseAssessments(
            CreditCode creditCode, String name, String parkCode, int year, List<Assessed> assessments) {}

    /** A park's ladder for a year, with last year's moves and the certificates expiring soon. */
    public record ParkLadderView(
            String parkCode,
            int year,
            LadderAnalytics.Snapshot snapshot,
            List<LadderAnalytics.Transition> heldTransitions,
            List<LadderAnalytics.Transition> assessedTransitions,
            LocalDate today,
            int months,
            List<LadderAnalytics.ExpiringCertificate> expiring,
            Map<CreditCode, String> names,
            List<BasisCount> bases,
            List<ToCollect> toCollect) {}

    /**
     * A rung's assessed enterprises by what their verdict rests on: qualified from data alone (数据判定), qualified
     * with declared assessments (依据声明), not qualified, and undecided (待定).
     */
    public record BasisCount(
            QualificationType rung, String schemeId, int measured, int declared, int notQualified, int undecided) {

        public int qualified() {
            return measured + declared;
        }
    }

    /**
     * A fact worth collecting: how many undecided verdicts of the park's rungs lack it (their undecided conditions
     * name it), per rung, and how it would be collected. The list is sorted by that count, largest first.
     */
    public record ToCollect(
            String factId, Label name, Label howToCollect, int undecided, Map<QualificationType, Integer> byRung) {}

    /** The candidates for the rung of a scheme, closest first. */
    public record Candidates(
            String parkCode,
            int year,
            String schemeId,
            QualificationType rung,
            int total,
            List<LadderAnalytics.Candidate> candidates,
            Map<CreditCode, String> names) {}

    public LadderAssessment assessment() {
        return assessment;
    }

    public Ladder ladder() {
        return ladder;
    }

    /** The schemes in force at the end of a year that assess a rung of the ladder. */
    public List<Scheme> schemes(int year) {
        SchemeRegistry schemes = assessment.schemes();
        List<Scheme> out = new ArrayList<>();
        for (String id : schemes.ids()) {
            schemes.effective(id, year)
                    .filter(s -> s.baseId().isEmpty() && s.rung().isPresent())
                    .ifPresent(out::add);
        }
        return out;
    }

    /** The latest year with an annual report in the park, if the park is in scope and has reports. */
    public Optional<Integer> latestYear(ParkScope scope, String parkCode) {
        if (!parkVisible(scope, parkCode)) {
            return Optional.empty();
        }
        return registry.latestYear(parkCode, null);
    }

    /**
     * An enterprise's verdicts against every scheme in force for the year (default: its latest report year), each
     * with its gap. Empty when the enterprise is not in the reader's scope.
     */
    public Optional<EnterpriseAssessments> enterprise(ParkScope scope, String creditCode, Integer year) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CreditCode.isValid(code)
                || scope.enterprise().filter(own -> !own.equals(code)).isPresent()) {
            return Optional.empty();
        }
        Optional<String> park = registry.parkOf(code).filter(scope::includesPark);
        if (park.isEmpty()) {
            return Optional.empty();
        }
        int y = year != null
                ? year
                : registry.latestYear(park.get(), code).orElse(LocalDate.now().getYear() - 1);
        return assessed.get(code + "/" + y, version.current(), () -> assess(park.get(), code, y));
    }

    /** Assesses one enterprise of a park in a data year against every scheme (no scope check: the caller's). */
    private Optional<EnterpriseAssessments> assess(String parkCode, String code, int y) {
        RegistryFacts.Loaded loaded = registry.load(parkCode, code, y - LOOKBACK, y);
        if (loaded.facts().isEmpty()) {
            return Optional.empty();
        }
        EnterpriseFacts facts = loaded.facts().get(0);
        Enterprise e = loaded.enterprises().get(facts.creditCode());
        List<Assessed> out = new ArrayList<>();
        for (Verdict v : assessment.assessAll(facts, y)) {
            out.add(new Assessed(
                    facts.creditCode(),
                    e.name(),
                    v,
                    assessment.gap(v, facts),
                    VerdictBasis.of(v, loaded.bases(facts.creditCode(), baseId(v), y))));
        }
        return Optional.of(new EnterpriseAssessments(facts.creditCode(), e.name(), e.parkCode(), y, out));
    }

    /**
     * The park's ladder for a data year: counts per rung as held and as assessed, the mismatches, the moves
     * between top rungs since the year before (by certificates held and by assessment), and the certificates valid
     * {@code today} that expire within {@code months} months.
     */
    public Optional<ParkLadderView> ladder(ParkScope scope, String parkCode, int year, LocalDate today, int months) {
        if (!parkVisible(scope, parkCode)) {
            return Optional.empty();
        }
        RegistryFacts.Loaded loaded = registry.load(parkCode, null, year - 1 - LOOKBACK, year);
        List<EnterpriseFacts> park = loaded.facts();
        LadderAnalytics.Snapshot snapshot = analytics.snapshot(park, year);
        Map<String, ToCollectTally> collect = new java.util.LinkedHashMap<>();
        return Optional.of(new ParkLadderView(
                parkCode,
                year,
                snapshot,
                analytics.transitions(park, year - 1, year, LadderAnalytics.Basis.HELD),
                analytics.transitions(park, year - 1, year, LadderAnalytics.Basis.ASSESSED),
                today,
                months,
                analytics.expiring(park, today, months),
                names(loaded),
                basisCounts(loaded, year, collect),
                toCollect(collect)));
    }

    /** Assesses every enterprise against each rung's scheme, counting by basis and collecting the missing facts. */
    private List<BasisCount> basisCounts(RegistryFacts.Loaded loaded, int year, Map<String, ToCollectTally> collect) {
        List<BasisCount> out = new ArrayList<>();
        for (Ladder.Rung r : ladder.rungs()) {
            if (r.schemeId() == null) {
                continue;
            }
            int measured = 0;
            int declared = 0;
            int not = 0;
            int undecided = 0;
            String schemeId = r.schemeId();
            for (EnterpriseFacts f : loaded.facts()) {
                Optional<Verdict> v = assessment.assess(r.type(), f, year);
                if (v.isEmpty()) {
                    continue;
                }
                schemeId = v.get().schemeId();
                VerdictBasis basis = VerdictBasis.of(v.get(), loaded.bases(f.creditCode(), baseId(v.get()), year));
                switch (v.get().outcome()) {
                    case QUALIFIED -> {
                        if (basis.kind() == VerdictBasis.Kind.DECLARED) {
                            declared++;
                        } else {
                            measured++;
                        }
                    }
                    case NOT_QUALIFIED -> not++;
                    case UNDECIDED -> {
                        undecided++;
                        for (VerdictBasis.Missing m : basis.missing()) {
                            String key =
                                    m.factId() != null ? m.factId() : m.name().zh();
                            collect.computeIfAbsent(key, k -> new ToCollectTally(m))
                                    .add(r.type());
                        }
                    }
                }
            }
            out.add(new BasisCount(r.type(), schemeId, measured, declared, not, undecided));
        }
        return out;
    }

    private static final class ToCollectTally {
        final VerdictBasis.Missing first;
        final Map<QualificationType, Integer> byRung = new java.util.EnumMap<>(QualificationType.class);
        int total;

        ToCollectTally(VerdictBasis.Missing first) {
            this.first = first;
        }

        void add(QualificationType rung) {
            byRung.merge(rung, 1, Integer::sum);
            total++;
        }
    }

    private static List<ToCollect> toCollect(Map<String, ToCollectTally> collect) {
        return collect.values().stream()
                .map(t -> new ToCollect(
                        t.first.factId(), t.first.name(), t.first.howToCollect(), t.total, Map.copyOf(t.byRung)))
                .sorted(Comparator.comparingInt(ToCollect::undecided)
                        .reversed()
                        .thenComparing(t -> t.name().zh()))
                .toList();
    }

    /**
     * The candidates for the rung a scheme grants: enterprises below it, not holding it, whose gap can be closed,
     * sorted by gap size (qualified but not held first). At most {@code limit}; {@link Candidates#total()} counts all.
     */
    public Optional<Candidates> candidates(ParkScope scope, String parkCode, String schemeId, int year, int limit) {
        if (!parkVisible(scope, parkCode)) {
            return Optional.empty();
        }
        Scheme scheme = assessment
                .schemes()
                .effective(schemeId, year)
                .filter(s -> s.rung().isPresent())
                .orElseThrow(() -> new IllegalArgumentException("方案 " + schemeId + " 在 " + year
                        + " 年无有效版本或不对应梯级 / scheme " + schemeId + " has no version in force in " + year
                        + " that grants a rung"));
        QualificationType rung = scheme.rung().orElseThrow();
        RegistryFacts.Loaded loaded = registry.load(parkCode, null, year - LOOKBACK, year);
        List<LadderAnalytics.Candidate> all = analytics.candidates(loaded.facts(), rung, year);
        return Optional.of(new Candidates(
                parkCode,
                year,
                scheme.id(),
                rung,
                all.size(),
                all.subList(0, Math.min(Math.max(0, limit), all.size())),
                names(loaded)));
    }

    /**
     * Every enterprise of a park (or of every park in the scope when {@code parkCode} is null) assessed against one
     * scheme, by id (the regional variant for each enterprise's region) or as a given scheme version; in park then
     * credit-code order. Enterprises for which the scheme has no version in force are left out.
     */
    public Optional<List<Assessed>> verdicts(
            ParkScope scope, String parkCode, SchemeChoice scheme, int year, boolean withGaps) {
        List<String> parks;
        if (parkCode != null) {
            if (!parkVisible(scope, parkCode)) {
                return Optional.empty();
            }
            parks = List.of(parkCode);
        } else if (scope.enterprise().isPresent()) {
            return Optional.empty();
        } else {
            parks = registry.parkCodes().stream().filter(scope::includesPark).toList();
        }
        List<Assessed> out = new ArrayList<>();
        for (String p : parks) {
            RegistryFacts.Loaded loaded = registry.load(p, null, year - LOOKBACK, year);
            List<Assessed> own = loaded.facts().parallelStream()
                    .map(f -> scheme.assess(assessment, f, year)
                            .map(v -> new Assessed(
                                    f.creditCode(),
                                    loaded.enterprises().get(f.creditCode()).name(),
                                    v,
                                    withGaps ? assessment.gap(v, f) : null,
                                    VerdictBasis.of(v, loaded.bases(f.creditCode(), baseId(v), year)))))
                    .flatMap(Optional::stream)
                    .toList();
            out.addAll(own);
        }
        out.sort(Comparator.comparing((Assessed a) -> a.creditCode().value()));
        return Optional.of(out);
    }

    /** The id a scheme's facts are derived under: the base scheme's for a regional variant. */
    static String baseId(Verdict v) {
        return v.scheme().baseId().orElse(v.schemeId());
    }

    /** Whether the park exists and its park-wide views are open to the reader (not to an enterprise user). */
    private boolean parkVisible(ParkScope scope, String parkCode) {
        return parkCode != null
                && scope.enterprise().isEmpty()
                && scope.includesPark(parkCode)
                && registry.parkExists(parkCode);
    }

    private static Map<CreditCode, String> names(RegistryFacts.Loaded loaded) {
        Map<CreditCode, String> names = new java.util.HashMap<>();
        loaded.enterprises().forEach((code, e) -> names.put(code, e.name()));
        return names;
    }
}
