package org.innopark.engine.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.innopark.engine.registry.AbnormalListingReason;
import org.innopark.engine.registry.CoverageDeclaration;
import org.innopark.engine.registry.CreditRecord;
import org.innopark.engine.registry.CreditRecordType;
import org.innopark.engine.registry.DeclaredAssessment;
import org.innopark.engine.registry.IncidentLevel;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;

/**
 * The demo's credit and compliance records, the expert assessments declared for certified 高企, and the parks'
 * coverage declarations, consistent with the qualifications the population derived: a firm never gets a major
 * incident, a research-misconduct record or a listing still in force in a span over which it was certified 科小 or
 * 高企, since such a record would have barred that certificate. Rates are illustrative, not calibrated (no published
 * figure was found); every park but {@value #UNDECLARED_PARK} declares its registers complete.
 */
final class CreditHistory {

    /** The park that declares no coverage, so that the demo shows verdicts the register cannot decide. */
    static final String UNDECLARED_PARK = "LYHTZ";

    static final String DECLARED_BY = "演示数据 / demo";

    private final DemoSpec spec;
    private final LocalDate last;

    CreditHistory(DemoSpec spec) {
        this.spec = spec;
        LocalDate through = LocalDate.of(spec.lastYear() + 1, 11, 30);
        LocalDate today = LocalDate.now();
        this.last = through.isAfter(today) ? today : through;
    }

    /** The last day the demo's registers are complete through (also the last day a record may carry). */
    LocalDate completeThrough() {
        return last;
    }

    /** Emits the firm's records and, for a certified 高企, its declared expert assessments. */
    void emit(Firm f, List<Qualification> held, Consumer<CreditRecord> records, Consumer<DeclaredAssessment> declared) {
        SplittableRandom rng = new SplittableRandom(spec.seed() * 1_000_003L + f.index * 0x9E3779B97F4A7C15L);
        ParkCatalogue.Profile park = f.park;
        LocalDate from = LocalDate.of(spec.firstYear(), 1, 1);
        LocalDate reg = f.enterprise.registrationDate();
        if (reg != null && reg.isAfter(from)) {
            from = reg;
        }
        if (from.isAfter(last)) {
            return;
        }
        String city = park.city();
        int serial = (int) (f.index % 9000) + 1000;
        if (rng.nextDouble() < 0.03) {
            LocalDate listed = day(rng, from, last);
            AbnormalListingReason reason = pick(
                    rng,
                    new double[] {0.6, 0.25, 0.1, 0.05},
                    AbnormalListingReason.ANNUAL_REPORT_NOT_PUBLISHED,
                    AbnormalListingReason.UNREACHABLE,
                    AbnormalListingReason.INFORMATION_NOT_PUBLISHED,
                    AbnormalListingReason.FALSE_INFORMATION);
            LocalDate removed = listed.plusDays(30 + rng.nextInt(170));
            boolean stays = rng.nextDouble() < 0.3 && !certifiedAfter(held, listed);
            records.accept(new CreditRecord(
                    f.enterprise.creditCode(),
                    CreditRecordType.ABNORMAL_OPERATION,
                    city + "市监异常〔" + listed.getYear() + "〕" + serial + "号",
                    listed,
                    stays || removed.isAfter(last) ? null : removed,
                    reason,
                    null,
                    null,
                    null,
                    city + "市市场监督管理局",
                    "国家企业信用信息公示系统"));
        }
        if (rng.nextDouble() < 0.05) {
            LocalDate decided = day(rng, from, last);
            boolean fine = rng.nextDouble() < 0.75;
            BigDecimal amount = fine ? BigDecimal.valueOf(5_000L + rng.nextInt(196) * 1_000L) : null;
            String authority = pick(
                    rng,
                    new double[] {0.45, 0.2, 0.2, 0.15},
                    city + "市市场监督管理局",
                    city + "市应急管理局",
                    city + "市生态环境局",
                    city + "市城市管理行政执法局");
            records.accept(new CreditRecord(
                    f.enterprise.creditCode(),
                    CreditRecordType.ADMINISTRATIVE_PENALTY,
                    city + "罚〔" + decided.getYear() + "〕" + serial + "号",
                    decided,
                    null,
                    null,
                    fine ? "罚款" : "警告",
                    amount,
                    null,
                    authority,
                    "信用中国"));
        }
        if (rng.nextDouble() < 0.04) {
            LocalDate happened = day(rng, from, last);
            CreditRecordType type = pick(
                    rng,
                    new double[] {0.6, 0.2, 0.2},
                    CreditRecordType.SAFETY_INCIDENT,
                    CreditRecordType.QUALITY_INCIDENT,
                    CreditRecordType.ENVIRONMENTAL_INCIDENT);
            IncidentLevel level = pick(
                    rng,
                    new double[] {0.55, 0.2, 0.25},
                    IncidentLevel.ORDINARY,
                    IncidentLevel.LARGER,
                    IncidentLevel.MAJOR);
            if (level == IncidentLevel.MAJOR && certifiedAround(held, happened)) {
                level = IncidentLevel.LARGER;
            }
            String authority = switch (type) {
                case QUALITY_INCIDENT -> city + "市市场监督管理局";
                case ENVIRONMENTAL_INCIDENT -> city + "市生态环境局";
                default -> city + "市应急管理局";
            };
            records.accept(new CreditRecord(
                    f.enterprise.creditCode(),
                    type,
                    city + "事故〔" + happened.getYear() + "〕" + serial + "号",
                    happened,
                    null,
                    null,
                    null,
                    null,
                    level,
                    authority,
                    "园区安全生产与环保台账"));
        }
        if (rng.nextDouble() < 0.004) {
            LocalDate decided = day(rng, from, last);
            if (!certifiedAround(held, decided)) {
                records.accept(new CreditRecord(
                        f.enterprise.creditCode(),
                        CreditRecordType.RESEARCH_MISCONDUCT,
                        park.park().province() + "科失信〔" + decided.getYear() + "〕" + serial + "号",
                        decided,
                        null,
                        null,
                        "科研项目申报弄虚作假",
                        null,
                        null,
                        park.park().province() + "科学技术厅",
                        "科技部科研诚信信息系统"));
            }
        }
        if (rng.nextDouble() < 0.005) {
            LocalDate listed = day(rng, from, last);
            LocalDate paid = listed.plusDays(60 + rng.nextInt(300));
            records.accept(new CreditRecord(
                    f.enterprise.creditCode(),
                    CreditRecordType.DISHONEST_DEBTOR,
                    "(" + listed.getYear() + ")执" + serial + "号",
                    listed,
                    paid.isAfter(last) ? null : paid,
                    null,
                    null,
                    null,
                    null,
                    city + "市中级人民法院",
                    "中国执行信息公开网"));
        }
        if (rng.nextDouble() < 0.003) {
            LocalDate decided = day(rng, from, last);
            records.accept(new CreditRecord(
                    f.enterprise.creditCode(),
                    CreditRecordType.TAX_VIOLATION,
                    city + "税稽罚〔" + decided.getYear() + "〕" + serial + "号",
                    decided,
                    null,
                    null,
                    "偷税",
                    BigDecimal.valueOf(20_000L + rng.nextInt(50) * 10_000L),
                    null,
                    "国家税务总局" + city + "市税务局稽查局",
                    "国家税务总局重大税收违法失信主体信息公布栏"));
        }
        LocalDate end = LocalDate.of(spec.lastYear(), 12, 31);
        if (QualificationAwards.validOn(held, QualificationType.HIGH_TECH, end) && rng.nextDouble() < 0.7) {
            for (int y = spec.lastYear() - 1; y <= spec.lastYear(); y++) {
                declare(declared, f, y, "techAdvancementPoints", 5 + rng.nextInt(4));
                declare(declared, f, y, "coreSupportPoints", 5 + rng.nextInt(4));
                declare(declared, f, y, "ipAcquisitionPoints", 4 + rng.nextInt(3));
                declare(declared, f, y, "conversionPoints", 13 + rng.nextInt(16));
                declare(declared, f, y, "rdManagementPoints", 4 + rng.nextInt(3));
                declare(declared, f, y, "rdInstitutionPoints", 3 + rng.nextInt(4));
                declare(declared, f, y, "conversionOrganisationPoints", 2 + rng.nextInt(3));
                declare(declared, f, y, "talentPoints", 2 + rng.nextInt(3));
            }
        }
    }

    /** Every park's coverage declarations but {@value #UNDECLARED_PARK}'s. */
    void coverage(Consumer<CoverageDeclaration> sink) {
        LocalDate since = LocalDate.of(spec.firstYear(), 1, 1);
        for (ParkCatalogue.Profile p : ParkCatalogue.PARKS) {
            if (p.park().code().equals(UNDECLARED_PARK)) {
                continue;
            }
            for (CreditRecordType t : CreditRecordType.values()) {
                sink.accept(new CoverageDeclaration(p.park().code(), t, since, last, source(t), DECLARED_BY));
            }
        }
    }

    private static String source(CreditRecordType t) {
        return switch (t) {
            case ABNORMAL_OPERATION, SERIOUS_VIOLATION -> "每月从国家企业信用信息公示系统同步";
            case ADMINISTRATIVE_PENALTY -> "每月从信用中国(行政处罚)同步";
            case DISHONEST_DEBTOR -> "每月从中国执行信息公开网同步";
            case SAFETY_INCIDENT, QUALITY_INCIDENT, ENVIRONMENTAL_INCIDENT -> "园区安全生产与环保台账,事故发生即登记";
            case RESEARCH_MISCONDUCT -> "每季度从科研诚信信息系统同步";
            case TAX_VIOLATION -> "每季度从重大税收违法失信主体信息公布栏同步";
        };
    }

    private static void declare(Consumer<DeclaredAssessment> sink, Firm f, int year, String fact, int points) {
        sink.accept(new DeclaredAssessment(f.enterprise.creditCode(), year, fact, String.valueOf(points), DECLARED_BY));
    }

    /** Whether a 科小 or 高企 certificate was granted in the year of the day or the next (the schemes' windows). */
    private static boolean certifiedAround(List<Qualification> held, LocalDate day) {
        for (Qualification q : held) {
            if ((q.type() == QualificationType.TECH_SME || q.type() == QualificationType.HIGH_TECH)
                    && q.grantedOn().getYear() >= day.getYear()
                    && q.grantedOn().getYear() <= day.getYear() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether a 科小 or 高企 certificate was granted on or after the day (a listing still in force would bar it). */
    private static boolean certifiedAfter(List<Qualification> held, LocalDate day) {
        for (Qualification q : held) {
            if ((q.type() == QualificationType.TECH_SME || q.type() == QualificationType.HIGH_TECH)
                    && !q.grantedOn().isBefore(day)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate day(SplittableRandom rng, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(span <= 0 ? 0 : rng.nextLong(span + 1));
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom rng, double[] weights, T... options) {
        double u = rng.nextDouble();
        double sum = 0;
        for (int i = 0; i < options.length; i++) {
            sum += weights[i];
            if (u < sum) {
                return options[i];
            }
        }
        return options[options.length - 1];
    }
}
