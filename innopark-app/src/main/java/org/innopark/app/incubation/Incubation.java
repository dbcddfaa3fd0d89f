package org.innopark.app.incubation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.innopark.app.audit.AuditLog;
import org.innopark.app.incubation.IncubationViews.CarrierSummary;
import org.innopark.app.incubation.IncubationViews.CarrierView;
import org.innopark.app.incubation.IncubationViews.EnterpriseHistory;
import org.innopark.app.incubation.IncubationViews.FunnelStep;
import org.innopark.app.incubation.IncubationViews.ParkView;
import org.innopark.app.incubation.IncubationViews.Profile;
import org.innopark.app.incubation.IncubationViews.Stored;
import org.innopark.app.incubation.IncubationViews.Tenant;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryReads.EnterpriseRecord;
import org.innopark.app.security.Accounts.Account;
import org.innopark.app.security.Role;
import org.innopark.engine.incubation.CarrierEvaluation;
import org.innopark.engine.incubation.CarrierKpis;
import org.innopark.engine.incubation.CarrierMetric;
import org.innopark.engine.incubation.CriterionResult;
import org.innopark.engine.incubation.GraduationCheck;
import org.innopark.engine.incubation.IncubateeCheck;
import org.innopark.engine.incubation.IncubateeFacts;
import org.innopark.engine.incubation.IncubationRules;
import org.innopark.engine.incubation.Lifecycle;
import org.innopark.engine.incubation.RecognitionAssessment;
import org.innopark.engine.incubation.SurveyForms;
import org.innopark.engine.incubation.Tenancy;
import org.innopark.engine.incubation.TenancyState;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.InvalidValueException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incubation feature's facade: a park's funnel and carriers against the 国家级 thresholds, a carrier's tenants
 * (by state, graduations with their criterion, overdue, 毕业 candidates) and KPIs, an enterprise's history across
 * carriers, every move of a tenancy checked by the rule file and audited.
 */
@Service
public class Incubation {

    /** The audit log's entity for a tenancy. */
    public static final String ENTITY = AuditLog.Entity.INCUBATION_TENANCY;

    /** Years of annual reports read for the 毕业 criteria (two consecutive years, cumulative funding). */
    private static final int REPORT_YEARS = 8;

    private final IncubationStore store;
    private final RegistryReads registry;
    private final AuditLog audit;
    private final IncubationRules rules;
    private final SurveyForms forms;
    private final Clock clock;

    @Autowired
    Incubation(IncubationStore store, RegistryReads registry, AuditLog audit) {
        this(store, registry, audit, IncubationRules.builtIn(), SurveyForms.builtIn(), Clock.systemDefaultZone());
    }

    Incubation(
            IncubationStore store,
            RegistryReads registry,
            AuditLog audit,
            IncubationRules rules,
            SurveyForms forms,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.rules = rules;
        this.forms = forms;
        this.clock = clock;
    }

    public IncubationRules rules() {
        return rules;
    }

    public SurveyForms forms() {
        return forms;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Park staff with the park in scope (and the park exists); anyone else gets "forbidden" or "not found". */
    public void checkStaff(Account account, String park) {
        if (account.role() == Role.ENTERPRISE || account.role() == Role.BANK) {
            throw new AccessDeniedException("仅园区工作人员可用 / for park staff only");
        }
        if (!account.scope().includesPark(park) || !registry.parkExists(park)) {
            throw new IncubationException.NotFound("无此园区 / no such park: " + park);
        }
    }

    // ---- reads

    @Transactional(readOnly = true)
    public ParkView park(Account account, String park, LocalDate asOf) {
        checkStaff(account, park);
        return park(park, asOf == null ? today() : asOf);
    }

    /** The park view without a caller (the CLI, the report). */
    @Transactional(readOnly = true)
    public ParkView park(String park, LocalDate asOf) {
        Computed c = compute(park, asOf);
        Map<TenancyState, Long> all = new EnumMap<>(TenancyState.class);
        c.byCarrier
                .values()
                .forEach(list -> list.forEach(m -> all.merge(m.stored.tenancy().state(), 1L, Long::sum)));
        long overdue = c.summaries.stream().mapToLong(CarrierSummary::overdue).sum();
        return new ParkView(park, asOf, funnel(all), c.summaries, overdue);
    }

    @Transactional(readOnly = true)
    public CarrierView carrier(Account account, String park, String carrier, LocalDate asOf) {
        checkStaff(account, park);
        return carrier(park, carrier, asOf == null ? today() : asOf);
    }

    @Transactional(readOnly = true)
    public CarrierView carrier(String park, String carrier, LocalDate asOf) {
        if (registry.carrier(park, carrier).isEmpty()) {
            throw new IncubationException.NotFound("无此载体 / no such carrier: " + carrier);
        }
        Computed c = compute(park, asOf);
        CarrierSummary summary = c.summaries.stream()
                .filter(s -> s.name().equals(carrier))
                .findFirst()
                .orElseThrow();
        List<Tenant> tenants = c.byCarrier.getOrDefault(carrier, List.of()).stream()
                .map(m -> m.tenant)
                .toList();
        return new CarrierView(
                park,
                asOf,
                summary,
                tenants,
                tenants.stream().filter(t -> t.graduationDate() != null).toList(),
                tenants.stream().filter(Tenant::overdue).toList(),
                tenants.stream().filter(t -> t.met() != null).toList());
    }

    /** An enterprise's tenancies and moves; its own user, or staff of its park, may read them. */
    @Transactional(readOnly = true)
    public EnterpriseHistory enterprise(Account account, String creditCode) {
        String park = registry.parkOf(creditCode).orElse(null);
        boolean own = account.role() == Role.ENTERPRISE && creditCode.equals(account.creditCode());
        boolean staff = account.role() != Role.ENTERPRISE
                && account.role() != Role.BANK
                && park != null
                && account.scope().includesPark(park);
        if (!own && !staff) {
            throw new IncubationException.NotFound("无此企业 / no such enterprise: " + creditCode);
        }
        return enterprise(creditCode);
    }

    @Transactional(readOnly = true)
    public EnterpriseHistory enterprise(String creditCode) {
        List<Stored> stored = store.ofEnterprise(creditCode);
        LocalDate asOf = today();
        Map<String, EnterpriseRecord> records = records(null, Set.of(creditCode), asOf);
        List<Tenant> tenants = stored.stream()
                .map(s -> tenant(s, facts(s, records.get(creditCode)), asOf, registryName(records, creditCode)))
                .toList();
        return new EnterpriseHistory(creditCode, tenants, store.steps(null, creditCode));
    }

    /** The tenancies of a park (every carrier), as stored. */
    @Transactional(readOnly = true)
    public List<Stored> tenancies(String park) {
        return store.tenancies(park, null);
    }

    // ---- changes

    /** Moves a tenancy to another state by the rule file; refused with the reason, audited when done. */
    @Transactional
    public Tenant move(Account account, String park, long id, Lifecycle.Move move) {
        return move(account, park, null, id, move);
    }

    /**
     * Moves a tenancy, as {@link #move(Account, String, long, Lifecycle.Move)}, when it is one of {@code carrier}'s
     * (the carrier page's form names its carrier; a tenancy of another carrier is not found there).
     */
    @Transactional
    public Tenant move(Account account, String park, String carrier, long id, Lifecycle.Move move) {
        checkStaff(account, park);
        Stored s = store.tenancy(id)
                .filter(x -> x.tenancy().parkCode().equals(park))
                .filter(x -> carrier == null || x.tenancy().carrierName().equals(carrier))
                .orElseThrow(() -> new IncubationException.NotFound("无此入孵记录 / no such tenancy: " + id));
        Tenancy after;
        try {
            after = new Lifecycle(rules).apply(s.tenancy(), move);
        } catch (InvalidValueException e) {
            throw new IncubationException(List.of(e.messageZh() + " / " + e.messageEn()));
        }
        store.update(id, after, s.acquiredOn(), account.username());
        store.transition(id, after, s.tenancy().state(), move.reason(), account.username());
        audit.record(account.username(), AuditLog.Action.UPDATE, ENTITY, key(after), park, s.tenancy(), after);
        LocalDate asOf = today();
        String code = after.creditCode().value();
        Map<String, EnterpriseRecord> records = records(park, Set.of(code), asOf);
        return tenant(
                new Stored(id, after, s.acquiredOn()),
                facts(new Stored(id, after, s.acquiredOn()), records.get(code)),
                asOf,
                registryName(records, code));
    }

    /** Sets a carrier's profile (variant, remote area, opening day); audited. */
    @Transactional
    public void saveProfile(Account account, String park, Profile p) {
        checkStaff(account, park);
        if (registry.carrier(park, p.carrier()).isEmpty()) {
            throw new IncubationException.NotFound("无此载体 / no such carrier: " + p.carrier());
        }
        if (rules.variant(p.variant()).isEmpty()) {
            throw new IncubationException(List.of("未知的孵化器类别 '" + p.variant() + "',可选:comprehensive(综合)、specialised(专业)"
                    + " / unknown variant; valid: comprehensive, specialised"));
        }
        Profile before = store.profiles(park).get(p.carrier());
        store.saveProfile(park, p);
        audit.record(
                account.username(),
                before == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                AuditLog.Entity.INCUBATION_CARRIER,
                park + "/" + p.carrier(),
                park,
                before,
                p);
    }

    static String key(Tenancy t) {
        return t.parkCode() + "/" + t.carrierName() + "/" + t.creditCode().value();
    }

    /** A carrier with its tenancies and their firms' facts, for the survey. */
    record CarrierMembers(
            Carrier carrier, List<Tenancy> tenancies, List<IncubateeFacts> facts, Map<String, BigDecimal> declared) {}

    /** Every carrier of the park with its tenancies and the facts of their firms, and its declared figures of the year. */
    List<CarrierMembers> members(String park, int year) {
        LocalDate asOf = LocalDate.of(year, 12, 31);
        List<Stored> stored = store.tenancies(park, null);
        Set<String> codes =
                stored.stream().map(s -> s.tenancy().creditCode().value()).collect(Collectors.toSet());
        Map<String, EnterpriseRecord> records = records(park, codes, asOf);
        Map<String, Map<String, BigDecimal>> declared = store.figures(park, year);
        List<CarrierMembers> out = new ArrayList<>();
        for (Carrier c : registry.carriers(park)) {
            List<Tenancy> ts = new ArrayList<>();
            List<IncubateeFacts> fs = new ArrayList<>();
            for (Stored s : stored) {
                if (s.tenancy().carrierName().equals(c.name())) {
                    ts.add(s.tenancy());
                    fs.add(facts(s, records.get(s.tenancy().creditCode().value())));
                }
            }
            out.add(new CarrierMembers(c, ts, fs, declared.getOrDefault(c.name(), Map.of())));
        }
        return out;
    }

    // ---- the computation shared by the park, the carrier and the survey

    private record Member(Stored stored, IncubateeFacts facts, Tenant tenant) {}

    private record Computed(Map<String, List<Member>> byCarrier, List<CarrierSummary> summaries) {}

    private Computed compute(String park, LocalDate asOf) {
        List<Carrier> carriers = registry.carriers(park);
        List<Stored> stored = store.tenancies(park, null);
        Set<String> codes =
                stored.stream().map(s -> s.tenancy().creditCode().value()).collect(Collectors.toSet());
        Map<String, EnterpriseRecord> records = records(park, codes, asOf);
        Map<String, List<Member>> byCarrier = new LinkedHashMap<>();
        for (Stored s : stored) {
            String code = s.tenancy().creditCode().value();
            IncubateeFacts f = facts(s, records.get(code));
            byCarrier
                    .computeIfAbsent(s.tenancy().carrierName(), k -> new ArrayList<>())
                    .add(new Member(s, f, tenant(s, f, asOf, registryName(records, code))));
        }
        Map<String, Profile> profiles = store.profiles(park);
        Map<String, Map<String, BigDecimal>> declared = store.figures(park, asOf.getYear());
        RecognitionAssessment recognition = new RecognitionAssessment(rules);
        List<CarrierSummary> summaries = new ArrayList<>();
        List<CarrierEvaluation.Input> inputs = new ArrayList<>();
        for (Carrier carrier : carriers) {
            List<Member> members = byCarrier.getOrDefault(carrier.name(), List.of());
            CarrierKpis kpis = CarrierKpis.of(
                    members.stream()
                            .map(m -> new CarrierKpis.Member(m.stored.tenancy(), m.facts))
                            .toList(),
                    carrier.areaSquareMetres(),
                    asOf);
            Profile profile =
                    profiles.getOrDefault(carrier.name(), new Profile(carrier.name(), "comprehensive", false, null));
            Map<String, BigDecimal> figures = declared.getOrDefault(carrier.name(), Map.of());
            Map<CarrierMetric, BigDecimal> metrics = metrics(park, carrier, profile, kpis, figures, asOf);
            RecognitionAssessment.Verdict verdict = carrier.type() == CarrierType.MAKER_SPACE
                    ? null
                    : recognition.assess(profile.variant(), profile.remote(), metrics);
            Map<TenancyState, Long> counts = new EnumMap<>(TenancyState.class);
            members.forEach(m -> counts.merge(m.stored.tenancy().state(), 1L, Long::sum));
            summaries.add(new CarrierSummary(
                    carrier.name(),
                    carrier.type().code(),
                    carrier.type().zh(),
                    carrier.level().zh(),
                    carrier.areaSquareMetres(),
                    funnel(counts),
                    members.stream().filter(m -> m.tenant.overdue()).count(),
                    members.stream().filter(m -> m.tenant.met() != null).count(),
                    kpis,
                    profile,
                    verdict,
                    null,
                    null));
            if (carrier.type() != CarrierType.MAKER_SPACE) {
                inputs.add(new CarrierEvaluation.Input(
                        carrier.name(), carrier.name(), evaluationFigures(kpis, metrics, figures)));
            }
        }
        Map<String, CarrierEvaluation.Graded> grades = new HashMap<>();
        new CarrierEvaluation(rules).grade(asOf.getYear(), inputs).forEach(g -> grades.put(g.id(), g));
        List<CarrierSummary> graded = summaries.stream()
                .map(s -> {
                    CarrierEvaluation.Graded g = grades.get(s.name());
                    return g == null
                            ? s
                            : new CarrierSummary(
                                    s.name(),
                                    s.type(),
                                    s.typeZh(),
                                    s.level(),
                                    s.areaM2(),
                                    s.byState(),
                                    s.overdue(),
                                    s.candidates(),
                                    s.kpis(),
                                    s.profile(),
                                    s.recognition(),
                                    g.grade(),
                                    Double.isNaN(g.score()) ? null : g.score());
                })
                .toList();
        return new Computed(byCarrier, graded);
    }

    /** The recognition metrics: the tenancies' and the carrier's declared figures (money declared in 千元). */
    private Map<CarrierMetric, BigDecimal> metrics(
            String park,
            Carrier carrier,
            Profile profile,
            CarrierKpis kpis,
            Map<String, BigDecimal> figures,
            LocalDate asOf) {
        Map<CarrierMetric, BigDecimal> m = new EnumMap<>(CarrierMetric.class);
        m.putAll(kpis.metrics());
        BigDecimal area = carrier.areaSquareMetres() != null ? carrier.areaSquareMetres() : figures.get("area");
        if (area != null) {
            m.put(CarrierMetric.AREA_M2, area);
        }
        if (profile.openedOn() != null) {
            m.put(
                    CarrierMetric.YEARS_OPERATING,
                    BigDecimal.valueOf(ChronoUnit.YEARS.between(profile.openedOn(), asOf)));
        }
        long reported = store.figureYears(park, carrier.name()).stream()
                .filter(y -> y <= asOf.getYear())
                .count();
        m.put(CarrierMetric.YEARS_REPORTED, BigDecimal.valueOf(reported));
        if (figures.get("seedFund") != null) {
            m.put(CarrierMetric.SEED_FUND, figures.get("seedFund").multiply(BigDecimal.valueOf(1000)));
        }
        m.put(CarrierMetric.FUNDED_CASES, kpis.funded().numerator());
        BigDecimal staff = figures.get("staff");
        BigDecimal professional = figures.get("professionalStaff");
        if (staff != null && professional != null && staff.signum() > 0) {
            m.put(CarrierMetric.PROFESSIONAL_STAFF_SHARE, professional.divide(staff, 4, RoundingMode.HALF_UP));
        }
        if (kpis.incubatees() > 0) {
            BigDecimal tens = BigDecimal.valueOf(kpis.incubatees()).divide(BigDecimal.TEN, 4, RoundingMode.HALF_UP);
            if (figures.get("mentors") != null) {
                m.put(CarrierMetric.MENTORS_PER_10, figures.get("mentors").divide(tens, 2, RoundingMode.HALF_UP));
            }
            if (professional != null) {
                m.put(CarrierMetric.SERVICE_STAFF_PER_10, professional.divide(tens, 2, RoundingMode.HALF_UP));
            }
        }
        return m;
    }

    private static Map<String, Double> evaluationFigures(
            CarrierKpis k, Map<CarrierMetric, BigDecimal> m, Map<String, BigDecimal> figures) {
        Map<String, Double> out = new HashMap<>();
        put(out, "professionalStaffShare", m.get(CarrierMetric.PROFESSIONAL_STAFF_SHARE));
        put(out, "mentorsPer10", m.get(CarrierMetric.MENTORS_PER_10));
        put(out, "seedFundThousand", figures.get("seedFund"));
        put(out, "fundedIncubateeShare", k.funded().value());
        put(out, "graduationRate", k.graduationRate().value());
        put(out, "incubateesPerThousandM2", k.perThousandM2().value());
        put(out, "ipHolderShare", k.ipHolders().value());
        put(out, "graduatesHighTechShare", k.graduatesHighTech().value());
        put(out, "retention", k.retention().value());
        BigDecimal total = figures.get("incomeTotal");
        BigDecimal service = figures.get("incomeService");
        if (total != null && service != null && total.signum() > 0) {
            put(out, "serviceIncomeShare", service.divide(total, 4, RoundingMode.HALF_UP));
        }
        return out;
    }

    private static void put(Map<String, Double> out, String key, BigDecimal v) {
        if (v != null) {
            out.put(key, v.doubleValue());
        }
    }

    private List<FunnelStep> funnel(Map<TenancyState, Long> counts) {
        List<FunnelStep> out = new ArrayList<>();
        for (TenancyState s : TenancyState.values()) {
            IncubationRules.StateRule r = rules.state(s);
            out.add(new FunnelStep(s, r.nameZh(), r.nameEn(), counts.getOrDefault(s, 0L)));
        }
        return out;
    }

    /** The registry's records of the tenancies' enterprises, with reports of the years the criteria read. */
    Map<String, EnterpriseRecord> records(String park, Set<String> codes, LocalDate asOf) {
        Map<String, EnterpriseRecord> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        int to = asOf.getYear();
        int from = to - REPORT_YEARS;
        if (codes.size() <= 20 || park == null) {
            for (String code : new TreeSet<>(codes)) {
                registry.enterpriseRecords(null, code, from, to).forEach(r -> out.put(code, r));
            }
            return out;
        }
        registry.forEachEnterprise(park, null, from, to, r -> {
            String code = r.enterprise().creditCode().value();
            if (codes.contains(code)) {
                out.put(code, r);
            }
        });
        return out;
    }

    private static String registryName(Map<String, EnterpriseRecord> records, String code) {
        EnterpriseRecord r = records.get(code);
        return r == null ? code : r.enterprise().name();
    }

    static IncubateeFacts facts(Stored s, EnterpriseRecord r) {
        if (r == null) {
            return new IncubateeFacts(
                    s.tenancy().creditCode(), null, List.of(), List.of(), false, s.acquiredOn(), null);
        }
        return new IncubateeFacts(
                s.tenancy().creditCode(),
                r.enterprise().registrationDate(),
                r.qualifications(),
                r.reports(),
                r.enterprise().listingBoard() != null
                        && r.enterprise().listingBoard() != org.innopark.engine.registry.ListingBoard.UNLISTED,
                s.acquiredOn(),
                r.enterprise().highTechField());
    }

    private Tenant tenant(Stored s, IncubateeFacts f, LocalDate asOf, String name) {
        Tenancy t = s.tenancy();
        IncubateeCheck check = new IncubateeCheck(rules);
        CriterionResult met = null;
        if (t.state().incubating()) {
            met = new GraduationCheck(rules).check(f, asOf).first().orElse(null);
        }
        String criterion = t.criterionId() == null
                ? null
                : rules.criterion(t.criterionId())
                        .map(IncubationRules.GraduationCriterion::nameZh)
                        .orElse(t.criterionId());
        return new Tenant(
                s.id(),
                t.carrierName(),
                t.creditCode().value(),
                name,
                t.state(),
                rules.state(t.state()).nameZh(),
                t.stateDate(),
                t.entryDate(),
                t.areaM2(),
                t.place(),
                IncubateeCheck.monthsIncubated(t, asOf),
                check.deadline(t),
                check.overdue(t, asOf),
                t.graduationDate(),
                t.criterionId(),
                criterion,
                t.specialField(),
                t.exitReason(),
                met);
    }
}
