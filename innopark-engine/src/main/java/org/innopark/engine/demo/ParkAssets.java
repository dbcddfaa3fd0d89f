package org.innopark.engine.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.innopark.engine.registry.AttractionProject;
import org.innopark.engine.registry.Carrier;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.ContractType;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.InnovationPlatform;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.PlatformType;
import org.innopark.engine.registry.ProjectStage;
import org.innopark.engine.registry.RegionCode;
import org.innopark.engine.registry.Talent;
import org.innopark.engine.registry.TechContract;

/**
 * A park's platforms, carriers, talents, attraction projects and technology contracts. Their numbers are the
 * calibration table's rates per enterprise times the park's enterprises; every one names enterprises of the park
 * from its {@link HostPool}, so only enterprises already emitted. Each kind draws from its own random stream.
 */
final class ParkAssets {

    private record PlatformPlan(PlatformType type, Level level, String key) {}

    private static final List<PlatformPlan> PLATFORMS = List.of(
            new PlatformPlan(PlatformType.KEY_LAB, Level.NATIONAL, "keyLabsNational"),
            new PlatformPlan(PlatformType.ENGINEERING_RESEARCH_CENTER, Level.NATIONAL, "engineeringCentresNational"),
            new PlatformPlan(PlatformType.NEW_RD_INSTITUTE, Level.PROVINCIAL, "newRdInstitutes"),
            new PlatformPlan(PlatformType.ACADEMICIAN_WORKSTATION, Level.PROVINCIAL, "academicianWorkstations"),
            new PlatformPlan(PlatformType.PUBLIC_TECH_SERVICE, Level.MUNICIPAL, "publicServicePlatforms"),
            new PlatformPlan(PlatformType.ENTERPRISE_TECH_CENTER, Level.PROVINCIAL, "enterpriseTechCentres"),
            new PlatformPlan(PlatformType.ENGINEERING_TECH_CENTER, Level.PROVINCIAL, "engineeringTechCentres"),
            new PlatformPlan(PlatformType.POSTDOC_WORKSTATION, Level.NATIONAL, "postdocWorkstations"));

    private static final String[] PROJECT_KINDS = {"产业化项目", "研发中心项目", "生产基地项目", "区域总部项目"};

    private final ParkCatalogue.Profile park;
    private final int parkIndex;
    private final long enterprises;
    private final DemoSpec spec;
    private final Calibration calibration = Calibration.get();
    private final HostPool pool;

    ParkAssets(ParkCatalogue.Profile park, int parkIndex, long enterprises, DemoSpec spec) {
        this.park = park;
        this.parkIndex = parkIndex;
        this.enterprises = enterprises;
        this.spec = spec;
        int platforms = PLATFORMS.stream().mapToInt(p -> count(p.key())).sum();
        this.pool = new HostPool(
                (int) Math.min(enterprises, Math.max(64, 3L * platforms)), (int) Math.min(enterprises, 2048), draw(0));
    }

    void offer(Firm firm, String brand) {
        pool.offer(firm, brand);
    }

    private Draw draw(int kind) {
        return new Draw(Draw.seed(spec.seed(), 3, parkIndex, kind));
    }

    /** The calibrated number scaled to this park, rounded to the nearest whole. */
    private int count(String key) {
        return (int) Math.round(calibration.scaled(key, enterprises));
    }

    private int lastYear() {
        return spec.lastYear();
    }

    // 创新平台

    void platforms(Outlet<InnovationPlatform> out) {
        if (pool.isEmpty()) {
            return;
        }
        Draw d = draw(1);
        List<HostPool.Host> leaders = pool.research();
        Set<String> names = new HashSet<>();
        for (PlatformPlan plan : PLATFORMS) {
            for (int i = 0, n = count(plan.key()); i < n; i++) {
                HostPool.Host host = leaders.get((int) (leaders.size() * d.uniform() * d.uniform()));
                String topic = d.pick(Industries.topics(host.field()));
                String name = switch (plan.type()) {
                    case KEY_LAB -> topic + "全国重点实验室";
                    case ENGINEERING_RESEARCH_CENTER -> topic + "国家工程研究中心";
                    case NEW_RD_INSTITUTE -> park.city() + topic + "研究院";
                    case PUBLIC_TECH_SERVICE -> park.shortName() + topic + "公共技术服务平台";
                    case ENGINEERING_TECH_CENTER -> park.park().province() + topic + "工程技术研究中心";
                    case ACADEMICIAN_WORKSTATION -> host.name() + "院士工作站";
                    case ENTERPRISE_TECH_CENTER -> host.name() + "企业技术中心";
                    default -> host.name() + "博士后科研工作站";
                };
                Level level = plan.type() == PlatformType.PUBLIC_TECH_SERVICE && d.chance(0.3)
                        ? Level.PROVINCIAL
                        : plan.level();
                int earliest = Math.min(lastYear(), Math.max(host.registeredYear() + 2, lastYear() - 15));
                out.accept(new InnovationPlatform(
                        park.code(),
                        unique(names, name),
                        plan.type(),
                        level,
                        host.code(),
                        host.name(),
                        d.between(earliest, lastYear())));
            }
        }
    }

    // 孵化载体

    void carriers(Outlet<Carrier> out) {
        if (pool.isEmpty()) {
            return;
        }
        Draw d = draw(2);
        List<HostPool.Host> operators = pool.sample();
        Set<String> names = new HashSet<>();
        for (int i = 0, n = count("incubators"); i < n; i++) {
            HostPool.Host op = d.pick(operators);
            Level level = d.chance(0.25) ? Level.NATIONAL : d.chance(0.45) ? Level.PROVINCIAL : Level.MUNICIPAL;
            // Median chosen so that the mean area (median × e^(σ²/2)) and mean incubatees match the table.
            double area = d.logNormal(
                    calibration.value("incubationArea").doubleValue()
                            / calibration.value("incubators").doubleValue()
                            / StrictMath.exp(0.32),
                    0.8);
            int incubating = (int) Math.max(
                    3,
                    Math.round(d.logNormal(
                            calibration.value("incubating").doubleValue()
                                    / calibration.value("incubators").doubleValue()
                                    / StrictMath.exp(0.18),
                            0.6)));
            String name = d.chance(0.5)
                    ? park.city() + op.brand() + "科技企业孵化器"
                    : park.shortName() + d.pick(Industries.topics(op.field())) + "孵化器";
            out.accept(new Carrier(
                    park.code(),
                    unique(names, name),
                    CarrierType.INCUBATOR,
                    level,
                    op.code(),
                    area(area),
                    incubating,
                    (int) Math.round(incubating * d.uniform(0.5, 3)),
                    lastYear()));
        }
        for (int i = 0, n = count("makerSpaces"); i < n; i++) {
            HostPool.Host op = d.pick(operators);
            int incubating = (int) Math.max(2, Math.round(d.logNormal(12, 0.5)));
            out.accept(new Carrier(
                    park.code(),
                    unique(names, op.brand() + "众创空间"),
                    CarrierType.MAKER_SPACE,
                    d.chance(0.2) ? Level.NATIONAL : Level.MUNICIPAL,
                    op.code(),
                    area(d.logNormal(2500, 0.6)),
                    incubating,
                    (int) Math.round(incubating * d.uniform(0.3, 2)),
                    lastYear()));
        }
        for (int i = 0, n = count("accelerators"); i < n; i++) {
            HostPool.Host op = d.pick(operators);
            int incubating = (int) Math.max(3, Math.round(d.logNormal(15, 0.4)));
            String name = park.shortName() + d.pick(Industries.topics(op.field())) + "产业加速器";
            out.accept(new Carrier(
                    park.code(),
                    unique(names, name),
                    CarrierType.ACCELERATOR,
                    Level.PROVINCIAL,
                    op.code(),
                    area(d.logNormal(40000, 0.5)),
                    incubating,
                    (int) Math.round(incubating * d.uniform(0.2, 1.5)),
                    lastYear()));
        }
        int universityParks =
                Math.min(count("universityParks"), park.universities().size());
        for (int i = 0; i < universityParks; i++) {
            String name = park.universities().get(i);
            int incubating = (int) Math.max(5, Math.round(d.logNormal(60, 0.4)));
            out.accept(new Carrier(
                    park.code(),
                    unique(names, name),
                    CarrierType.UNIVERSITY_SCIENCE_PARK,
                    name.contains("国家") ? Level.NATIONAL : Level.PROVINCIAL,
                    null,
                    area(d.logNormal(60000, 0.4)),
                    incubating,
                    (int) Math.round(incubating * d.uniform(1, 4)),
                    lastYear()));
        }
    }

    private static BigDecimal area(double squareMetres) {
        return BigDecimal.valueOf(Math.round(squareMetres * 100) / 100.0).setScale(2, RoundingMode.HALF_UP);
    }

    // 人才

    void talents(Outlet<Talent> out) {
        if (pool.isEmpty()) {
            return;
        }
        Draw d = draw(3);
        List<HostPool.Host> leaders = pool.research();
        List<HostPool.Host> sample = pool.sample();
        Set<String> keys = new HashSet<>();
        for (int i = 0, n = count("talents"); i < n; i++) {
            HostPool.Host employer = d.chance(0.6) ? d.pick(leaders) : d.pick(sample);
            double u = d.uniform();
            Level level = u < 0.1 ? Level.NATIONAL : u < 0.45 ? Level.PROVINCIAL : Level.MUNICIPAL;
            String programme = switch (level) {
                case NATIONAL -> d.pick(ParkCatalogue.NATIONAL_TALENT_PROGRAMMES);
                case PROVINCIAL -> park.provincialTalentProgramme();
                default -> park.municipalTalentProgramme();
            };
            String name = Names.person(d);
            while (!keys.add(name + "|" + programme + "|" + employer.code())) {
                name = Names.person(d);
            }
            int earliest = Math.min(lastYear(), Math.max(employer.registeredYear() + 1, lastYear() - 9));
            out.accept(new Talent(
                    park.code(),
                    name,
                    programme,
                    level,
                    employer.code(),
                    d.pick(Industries.topics(employer.field())),
                    d.between(earliest, lastYear())));
        }
    }

    // 招商项目

    void projects(Outlet<AttractionProject> out) {
        if (pool.isEmpty()) {
            return;
        }
        Draw d = draw(4);
        List<HostPool.Host> sample = pool.sample();
        LocalDate end = LocalDate.of(lastYear(), 12, 31);
        int n = (int) Math.round(calibration.scaled("projects", enterprises) * spec.years() / 5.0);
        for (int i = 0; i < n; i++) {
            LocalDate lead = d.day(LocalDate.of(spec.firstYear(), 1, 1), end);
            HighTechField field = HighTechField.values()[d.weighted(park.fieldWeights())];
            Industries.Industry industry = d.pick(Industries.of(field));
            String investor;
            String investorShort;
            HostPool.Host local = d.chance(0.25) ? d.pick(sample) : null;
            RegionCode source;
            if (local != null && local.registeredYear() < lead.getYear()) {
                investor = local.name();
                investorShort = park.city() + local.brand();
                source = park.park().region();
            } else {
                local = null;
                Names.City city = d.pick(Names.PARTNER_CITIES);
                investorShort = city.name() + Names.randomBrand(d);
                investor = investorShort + industry.word() + (d.chance(0.3) ? "集团有限公司" : "有限公司");
                source = RegionCode.of(city.regionCode());
            }
            LocalDate signed = lead.plusDays(d.between(30, 240));
            LocalDate production = signed.plusDays(d.between(180, 720));
            ProjectStage stage;
            if (d.chance(0.08)) {
                stage = ProjectStage.DROPPED;
                signed = null;
                production = null;
            } else if (signed.isAfter(end)) {
                stage = lead.isBefore(end.minusDays(60)) ? ProjectStage.NEGOTIATING : ProjectStage.LEAD;
                signed = null;
                production = null;
            } else if (production.isAfter(end)) {
                stage = signed.isAfter(end.minusDays(90)) ? ProjectStage.SIGNED : ProjectStage.UNDER_CONSTRUCTION;
                production = null;
            } else {
                stage = ProjectStage.IN_PRODUCTION;
            }
            BigDecimal amount = BigDecimal.valueOf(Math.round(d.logNormal(2e8, 1.0) / 1e4) * 10_000L)
                    .setScale(2);
            String no = String.format(Locale.ROOT, "%s-ZS-%d-%04d", park.code(), lead.getYear(), i + 1);
            out.accept(new AttractionProject(
                    no,
                    park.code(),
                    investorShort + d.pick(Industries.topics(field)) + d.pick(PROJECT_KINDS),
                    investor,
                    local == null ? null : local.code(),
                    source,
                    industry.code(),
                    amount,
                    stage,
                    lead,
                    signed,
                    production));
        }
    }

    // 技术合同

    /** Emits the contracts of every reporting year and returns the last year's count and turnover. */
    ContractTotals contracts(Outlet<TechContract> out) {
        ContractTotals totals = new ContractTotals();
        if (pool.isEmpty()) {
            return totals;
        }
        Draw d = draw(5);
        List<HostPool.Host> leaders = pool.research();
        List<HostPool.Host> sample = pool.sample();
        double growth = calibration.value("contractGrowth").doubleValue();
        double mean = calibration.value("contractTurnover").doubleValue()
                / calibration.value("contracts").doubleValue();
        double sigma = 1.3;
        double median = mean / StrictMath.exp(sigma * sigma / 2);
        String region = park.park().region().value();
        for (int y = spec.firstYear(); y <= lastYear(); y++) {
            int year = y;
            long n = Math.round(
                    calibration.scaled("contracts", enterprises) / StrictMath.pow(1 + growth, lastYear() - y));
            int number = 0;
            for (long i = 0; i < n; i++) {
                HostPool.Host seller = find(d, d.chance(0.6) ? leaders : sample, h -> h.activeIn(year));
                if (seller == null) {
                    continue;
                }
                HostPool.Host buyer =
                        d.chance(0.35) ? find(d, sample, h -> h.activeIn(year) && h.index() != seller.index()) : null;
                String buyerName;
                if (buyer != null) {
                    buyerName = buyer.name();
                } else if (d.chance(0.25)) {
                    buyerName = d.pick(Names.INSTITUTIONS);
                } else {
                    Names.City city = d.pick(Names.PARTNER_CITIES);
                    buyerName = Names.company(
                            city.name(),
                            Names.randomBrand(d),
                            d.pick(Industries.of(seller.field())).word(),
                            d.chance(0.2));
                }
                ContractType type = ContractType.values()[d.weighted(new int[] {45, 10, 10, 35})];
                BigDecimal amount = BigDecimal.valueOf(Math.max(1, Math.round(d.logNormal(median, sigma) / 100)) * 100L)
                        .setScale(2);
                number++;
                TechContract contract = new TechContract(
                        String.format(Locale.ROOT, "%d%s%06d", year, region, number),
                        park.code(),
                        seller.code(),
                        seller.name(),
                        buyer == null ? null : buyer.code(),
                        buyerName,
                        type,
                        amount,
                        d.dayIn(year));
                out.accept(contract);
                if (year == lastYear()) {
                    totals.count++;
                    totals.turnover = totals.turnover.add(contract.amount());
                }
            }
        }
        return totals;
    }

    /** The last year's contracts of a park. */
    static final class ContractTotals {
        long count;
        BigDecimal turnover = BigDecimal.ZERO.setScale(2);
    }

    /** Where the records go (the sink's method for the kind). */
    interface Outlet<T> {
        void accept(T record);
    }

    private static HostPool.Host find(Draw d, List<HostPool.Host> hosts, Predicate<HostPool.Host> fits) {
        for (int attempt = 0; attempt < 20; attempt++) {
            HostPool.Host h = d.pick(hosts);
            if (fits.test(h)) {
                return h;
            }
        }
        return null;
    }

    /** The name, or a disambiguated one when the park already has it (names are the key of these records). */
    private static String unique(Set<String> taken, String name) {
        if (taken.add(name)) {
            return name;
        }
        for (int i = 2; ; i++) {
            String candidate = name + "(" + Names.ordinal(i) + ")";
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }
}
