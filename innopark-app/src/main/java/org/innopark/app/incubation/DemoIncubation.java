package org.innopark.app.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.innopark.app.incubation.IncubationViews.Profile;
import org.innopark.app.registry.RegistryReads;
import org.innopark.app.registry.RegistryReads.EnterpriseRecord;
import org.innopark.engine.incubation.CriterionResult;
import org.innopark.engine.incubation.GraduationCheck;
import org.innopark.engine.incubation.IncubateeFacts;
import org.innopark.engine.incubation.IncubationRules;
import org.innopark.engine.incubation.Tenancy;
import org.innopark.engine.incubation.TenancyState;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.ListingBoard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's tenancies, for every carrier of every park, consistent with the registry: young firms of the park enter
 * a carrier within 24 months of their founding; a firm graduates on the day the registry shows a 毕业 criterion met
 * (its 高企 grant, the spring after the year its revenue or funding crossed the threshold, its listing), so every
 * criterion appears; firms with no criterion met stay incubating (some past 48 months: 超期), a few leave; a few
 * maker-space tenants move on to an incubator (history across carriers). Each carrier declares the survey figures of
 * the last two years, one maker space per park with a total that does not add up (a check the survey lists).
 */
@Service
public class DemoIncubation {

    private static final String ACTOR = "demo";
    private static final String[] PLACES = {"A座", "B座", "C座", "研发楼", "孵化楼"};

    private final IncubationStore store;
    private final RegistryReads registry;
    private final Incubation incubation;

    DemoIncubation(IncubationStore store, RegistryReads registry, Incubation incubation) {
        this.store = store;
        this.registry = registry;
        this.incubation = incubation;
    }

    public boolean isEmpty() {
        return store.isEmpty();
    }

    /** Loads every park's tenancies; returns how many were written. */
    @Transactional
    public int load(LocalDate today) {
        int n = 0;
        for (String park : registry.parkCodes()) {
            n += load(park, today);
        }
        return n;
    }

    @Transactional
    public int load(String park, LocalDate today) {
        store.clearPark(park);
        List<Carrier> carriers = new ArrayList<>(registry.carriers(park));
        if (carriers.isEmpty()) {
            return 0;
        }
        // maker spaces take the youngest firms: they come first
        carriers.sort(Comparator.comparing((Carrier c) -> c.type() != CarrierType.MAKER_SPACE)
                .thenComparing(Carrier::name));
        int lastYear = registry.latestReportYear(park, null).orElse(today.getYear() - 1);
        Random random = new Random(park.hashCode() * 31L + 20261202L);
        List<EnterpriseRecord> young = new ArrayList<>();
        for (EnterpriseRecord r : registry.enterpriseRecords(park, null, lastYear - 8, lastYear)) {
            LocalDate founded = r.enterprise().registrationDate();
            if (founded != null && !founded.isBefore(today.minusYears(10)) && founded.isBefore(today.minusMonths(2))) {
                young.add(r);
            }
        }
        young.sort(Comparator.comparing((EnterpriseRecord r) -> r.enterprise().registrationDate())
                .reversed());
        IncubationRules rules = incubation.rules();
        GraduationCheck graduation = new GraduationCheck(rules);
        int written = 0;
        int next = 0;
        Map<String, Long> movable = new LinkedHashMap<>();
        Carrier firstIncubator = carriers.stream()
                .filter(c -> c.type() == CarrierType.INCUBATOR)
                .findFirst()
                .orElse(null);
        for (int ci = 0; ci < carriers.size(); ci++) {
            Carrier c = carriers.get(ci);
            int left = young.size() - next;
            int want = c.incubating() == null ? 10 : c.incubating() + (c.graduated() == null ? 0 : c.graduated() / 3);
            int take = Math.min(Math.max(3, want), left / Math.max(1, carriers.size() - ci));
            for (int k = 0; k < take; k++, next++) {
                EnterpriseRecord r = young.get(next);
                Tenancy t = tenancy(park, c, r, graduation, rules, today, random);
                long id = store.insert(t, null, ACTOR);
                history(id, t);
                written++;
                if (c.type() == CarrierType.MAKER_SPACE && t.state() == TenancyState.INCUBATING && movable.size() < 2) {
                    movable.put(r.enterprise().creditCode().value(), id);
                }
            }
            declare(park, c, lastYear, ci == 0 && c.type() == CarrierType.MAKER_SPACE, random, today);
        }
        if (firstIncubator != null) {
            for (Map.Entry<String, Long> m : movable.entrySet()) {
                Tenancy from = store.tenancy(m.getValue()).orElseThrow().tenancy();
                LocalDate moved = from.entryDate().plusMonths(10);
                if (!moved.isBefore(today)) {
                    continue;
                }
                Tenancy out = new Tenancy(
                        park,
                        from.carrierName(),
                        from.creditCode(),
                        TenancyState.MOVED_OUT,
                        moved,
                        from.nurseryDate(),
                        from.entryDate(),
                        from.agreementNo(),
                        from.areaM2(),
                        from.place(),
                        null,
                        null,
                        moved,
                        "转入" + firstIncubator.name() + "继续孵化",
                        null);
                store.update(m.getValue(), out, null, ACTOR);
                store.transition(m.getValue(), out, TenancyState.INCUBATING, out.exitReason(), ACTOR);
                Tenancy in = new Tenancy(
                        park,
                        firstIncubator.name(),
                        from.creditCode(),
                        TenancyState.INCUBATING,
                        moved,
                        null,
                        moved,
                        agreement(firstIncubator, moved, random),
                        BigDecimal.valueOf(120),
                        PLACES[1] + "302",
                        null,
                        null,
                        null,
                        null,
                        null);
                long id = store.insert(in, null, ACTOR);
                history(id, in);
                written++;
            }
        }
        return written;
    }

    private Tenancy tenancy(
            String park,
            Carrier c,
            EnterpriseRecord r,
            GraduationCheck graduation,
            IncubationRules rules,
            LocalDate today,
            Random random) {
        LocalDate founded = r.enterprise().registrationDate();
        IncubateeFacts facts = new IncubateeFacts(
                r.enterprise().creditCode(),
                founded,
                r.qualifications(),
                r.reports(),
                r.enterprise().listingBoard() != null && r.enterprise().listingBoard() != ListingBoard.UNLISTED,
                null,
                r.enterprise().highTechField());
        String special = r.enterprise().highTechField() != null
                        && r.enterprise().highTechField().name().equals("BIO_MEDICINE")
                ? "生物医药"
                : null;
        BigDecimal area = BigDecimal.valueOf(
                c.type() == CarrierType.MAKER_SPACE ? 20 + random.nextInt(60) : 80 + random.nextInt(400));
        String place = PLACES[random.nextInt(PLACES.length)] + (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(9));
        if (founded.isAfter(today.minusMonths(14)) && random.nextInt(3) == 0) {
            LocalDate nursery = founded.plusDays(20 + random.nextInt(60));
            return new Tenancy(
                    park,
                    c.name(),
                    r.enterprise().creditCode(),
                    TenancyState.PRE_INCUBATION,
                    nursery,
                    nursery,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    special);
        }
        LocalDate entry = founded.plusDays(15 + random.nextInt(600));
        if (!entry.isBefore(today)) {
            entry = today.minusDays(10 + random.nextInt(30));
        }
        String agreement = agreement(c, entry, random);
        var verdict = graduation.check(facts, today);
        CriterionResult met = verdict.first().orElse(null);
        if (met != null) {
            LocalDate day = met.day() != null ? met.day() : LocalDate.of(met.year() + 1, 3, 31);
            if (day.isBefore(entry.plusMonths(6))) {
                // already qualified at entry: it graduates once the carrier has checked it, months later
                day = entry.plusMonths(6 + random.nextInt(12));
            }
            if (!day.isAfter(today)) {
                int roll = random.nextInt(20);
                TenancyState state = roll < 10
                        ? TenancyState.STAYED
                        : roll < 14
                                ? TenancyState.ACCELERATING
                                : roll < 17 ? TenancyState.GRADUATED : TenancyState.MOVED_OUT;
                LocalDate stateDay = state == TenancyState.GRADUATED ? day : day.plusDays(30 + random.nextInt(200));
                if (stateDay.isAfter(today)) {
                    state = TenancyState.GRADUATED;
                    stateDay = day;
                }
                return new Tenancy(
                        park,
                        c.name(),
                        r.enterprise().creditCode(),
                        state,
                        stateDay,
                        null,
                        entry,
                        agreement,
                        area,
                        place,
                        day,
                        met.id(),
                        state == TenancyState.MOVED_OUT ? stateDay : null,
                        state == TenancyState.MOVED_OUT ? "扩大生产规模, 迁往市外新厂区" : null,
                        special);
            }
        }
        long months = ChronoUnit.MONTHS.between(entry, today);
        if (months > 30 && random.nextInt(7) == 0) {
            LocalDate exit = entry.plusMonths(12 + random.nextInt((int) Math.min(months - 12, 36)));
            boolean closed = random.nextBoolean();
            return new Tenancy(
                    park,
                    c.name(),
                    r.enterprise().creditCode(),
                    closed ? TenancyState.DEREGISTERED : TenancyState.MOVED_OUT,
                    exit,
                    null,
                    entry,
                    agreement,
                    area,
                    place,
                    null,
                    null,
                    exit,
                    closed ? "经营不善, 办理注销" : "租约到期未续签, 迁往区外",
                    special);
        }
        return new Tenancy(
                park,
                c.name(),
                r.enterprise().creditCode(),
                TenancyState.INCUBATING,
                entry,
                null,
                entry,
                agreement,
                area,
                place,
                null,
                null,
                null,
                null,
                special);
    }

    private static String agreement(Carrier c, LocalDate entry, Random random) {
        String prefix = c.type() == CarrierType.MAKER_SPACE ? "ZC" : c.type() == CarrierType.ACCELERATOR ? "JS" : "FH";
        return prefix + "-" + entry.getYear() + "-" + String.format("%03d", 1 + random.nextInt(300));
    }

    /** The moves of a demo tenancy, from its dates. */
    private void history(long id, Tenancy t) {
        List<Object[]> steps = new ArrayList<>();
        if (t.nurseryDate() != null) {
            steps.add(new Object[] {TenancyState.PRE_INCUBATION, t.nurseryDate(), null});
        }
        if (t.entryDate() != null) {
            steps.add(new Object[] {TenancyState.ENTERED, t.entryDate(), null});
            steps.add(new Object[] {TenancyState.INCUBATING, t.entryDate().plusDays(30), null});
        }
        if (t.graduationDate() != null) {
            steps.add(new Object[] {TenancyState.GRADUATED, t.graduationDate(), null});
        }
        if (t.state() == TenancyState.ACCELERATING
                || t.state() == TenancyState.STAYED
                || t.state().ended()) {
            steps.add(new Object[] {t.state(), t.stateDate(), t.exitReason()});
        }
        TenancyState from = null;
        for (Object[] s : steps) {
            TenancyState to = (TenancyState) s[0];
            LocalDate day = (LocalDate) s[1];
            if (to == from || (t.stateDate() != null && day.isAfter(t.stateDate()) && to != t.state())) {
                continue;
            }
            Tenancy at = new Tenancy(
                    t.parkCode(),
                    t.carrierName(),
                    t.creditCode(),
                    to,
                    day,
                    t.nurseryDate(),
                    t.entryDate(),
                    t.agreementNo(),
                    t.areaM2(),
                    t.place(),
                    t.graduationDate(),
                    t.criterionId(),
                    t.exitDate(),
                    t.exitReason(),
                    t.specialField());
            store.transition(id, at, from, (String) s[2], ACTOR);
            from = to;
        }
    }

    /** The carrier's declared survey figures of the last two years and its profile. */
    private void declare(String park, Carrier c, int lastYear, boolean broken, Random random, LocalDate today) {
        boolean maker = c.type() == CarrierType.MAKER_SPACE;
        for (int year = lastYear - 1; year <= lastYear; year++) {
            Map<String, BigDecimal> f = new LinkedHashMap<>();
            int staff = maker ? 4 + random.nextInt(8) : 10 + random.nextInt(25);
            f.put("staff", BigDecimal.valueOf(staff));
            f.put("mentors", BigDecimal.valueOf(maker ? 3 + random.nextInt(10) : 5 + random.nextInt(20)));
            long service = 300 + random.nextInt(3000);
            long rent = 500 + random.nextInt(6000);
            long other = random.nextInt(400);
            if (maker) {
                int teams = 6 + random.nextInt(30);
                f.put("teams", BigDecimal.valueOf(teams));
                f.put("teamMembers", BigDecimal.valueOf(teams * (2 + random.nextInt(4))));
                f.put("workstations", BigDecimal.valueOf(teams * 3 + random.nextInt(40)));
                f.put("activities", BigDecimal.valueOf(10 + random.nextInt(60)));
                f.put("incomeService", BigDecimal.valueOf(service));
                f.put("incomeRent", BigDecimal.valueOf(rent));
                f.put("incomeOther", BigDecimal.valueOf(other));
                // the maker space that typed its total by hand, 120 千元 off its parts
                f.put(
                        "incomeTotal",
                        BigDecimal.valueOf(service + rent + other + (broken && year == lastYear ? 120 : 0)));
            } else {
                long investment = random.nextInt(1500);
                f.put(
                        "professionalStaff",
                        BigDecimal.valueOf(Math.max(1, Math.round(staff * (0.7 + random.nextDouble() * 0.25)))));
                f.put("seedFund", BigDecimal.valueOf(2000 + random.nextInt(12000)));
                f.put("incomeService", BigDecimal.valueOf(service));
                f.put("incomeRent", BigDecimal.valueOf(rent));
                f.put("incomeInvestment", BigDecimal.valueOf(investment));
                f.put("incomeOther", BigDecimal.valueOf(other));
                f.put("incomeTotal", BigDecimal.valueOf(service + rent + investment + other));
            }
            store.saveFigures(park, c.name(), year, f);
        }
        String variant = !maker && random.nextInt(10) < 3 ? "specialised" : "comprehensive";
        store.saveProfile(
                park,
                new Profile(
                        c.name(),
                        variant,
                        false,
                        today.minusYears(3 + random.nextInt(10)).withDayOfMonth(1)));
    }
}
