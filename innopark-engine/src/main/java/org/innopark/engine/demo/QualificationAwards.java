package org.innopark.engine.demo;

import static org.innopark.engine.registry.ReportField.AWARDS_PROVINCIAL;
import static org.innopark.engine.registry.ReportField.EMPLOYEES;
import static org.innopark.engine.registry.ReportField.EQUITY_FINANCING;
import static org.innopark.engine.registry.ReportField.HIGH_TECH_REVENUE;
import static org.innopark.engine.registry.ReportField.INVENTION_APPLICATIONS;
import static org.innopark.engine.registry.ReportField.INVENTION_GRANTS;
import static org.innopark.engine.registry.ReportField.IP_CLASS1;
import static org.innopark.engine.registry.ReportField.IP_CLASS2;
import static org.innopark.engine.registry.ReportField.MAIN_BUSINESS_REVENUE;
import static org.innopark.engine.registry.ReportField.NET_ASSETS;
import static org.innopark.engine.registry.ReportField.NET_PROFIT;
import static org.innopark.engine.registry.ReportField.OPERATING_REVENUE;
import static org.innopark.engine.registry.ReportField.PLATFORMS_PROVINCIAL;
import static org.innopark.engine.registry.ReportField.RD_EXPENSE;
import static org.innopark.engine.registry.ReportField.RD_EXPENSE_DOMESTIC;
import static org.innopark.engine.registry.ReportField.RD_STAFF;
import static org.innopark.engine.registry.ReportField.STANDARDS_LED;
import static org.innopark.engine.registry.ReportField.ST_STAFF;
import static org.innopark.engine.registry.ReportField.TOTAL_ASSETS;
import static org.innopark.engine.registry.ReportField.TOTAL_COST;
import static org.innopark.engine.registry.ReportField.TOTAL_LIABILITIES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;

/**
 * Derives an enterprise's qualifications from its simulated figures, year by year, with simplified versions of the
 * official rules (shared/docs/domain-rules.md §3–§6): an enterprise holds a certificate only if the figures of the
 * year before it was granted meet the rule, and only if it applied (a firm-level propensity: not every eligible firm
 * applies). What the figures cannot show (technical advancement, management, niche market share) comes from the
 * firm's traits. Numbers that are not in domain-rules.md (the municipal SRDI bar, the gazelle and unicorn
 * thresholds) are the generator's assumptions, marked as such below.
 *
 * <p>One instance serves a whole generation run: it numbers certificates in sequence per issuer and year.
 */
final class QualificationAwards {

    /** Share of eligible firms that apply, by type (a firm applies when its trait {@code applies} is below it). */
    private static final double APPLY_HIGH_TECH = 0.95;

    private static final double APPLY_TECH_SME = 0.58;
    private static final double APPLY_INNOVATIVE = 0.75;
    private static final double APPLY_SRDI = 0.8;
    private static final double APPLY_LITTLE_GIANT = 1.0;
    private static final double APPLY_GAZELLE = 0.8;

    /**
     * Assumptions: what a municipal (市级) 专精特新 list asks for, below the provincial bar (score 60, R&D ≥ 100万元 and
     * ≥ 3 % of revenue, revenue ≥ 1,000万元).
     */
    /** Assumption: provinces cap their 专精特新 lists; the share of qualifying applicants a province selects. */
    private static final double PROVINCIAL_SRDI_SELECTED = 0.55;

    private static final int MUNICIPAL_SRDI_PASS = 47;
    private static final double MUNICIPAL_SRDI_RD = 5e5;
    private static final double MUNICIPAL_SRDI_REVENUE = 5e6;

    private final DemoSpec spec;
    private final Map<String, Integer> serials = new HashMap<>();

    QualificationAwards(DemoSpec spec) {
        this.spec = spec;
    }

    /** Every qualification the firm was granted, in the order granted. */
    List<Qualification> award(Firm f) {
        Draw d = new Draw(Draw.seed(spec.seed(), 2, f.index));
        List<Qualification> held = new ArrayList<>();
        int lastYear = Math.min(f.lastYear, spec.lastYear());
        // Firms older than the simulated history are somewhere in their 3-year 高企 cycle: stagger their first try.
        int nextHighTech = f.firstYear + 1 + (f.registered().getYear() < f.firstYear ? d.between(0, 2) : 0);
        for (int y = f.firstYear + 1; y <= lastYear; y++) {
            if (y >= nextHighTech) {
                if (applies(f, APPLY_HIGH_TECH) && highTechEligible(f, y)) {
                    LocalDate on = d.day(LocalDate.of(y, 10, 15), LocalDate.of(y, 12, 20));
                    held.add(new Qualification(
                            f.code(),
                            QualificationType.HIGH_TECH,
                            Level.NATIONAL,
                            "GR" + y + f.park.provinceDigits() + serial("GR" + f.park.provinceDigits() + y, 5),
                            on,
                            on.plusYears(3).minusDays(1)));
                    nextHighTech = y + 3;
                } else {
                    nextHighTech = y + 1;
                }
            }
            awardTechSme(f, y, d, held);
            awardInnovative(f, y, d, held);
            awardSrdi(f, y, d, held);
            awardLittleGiant(f, y, d, held);
            awardGazelle(f, y, d, held);
            awardUnicorn(f, y, d, held);
        }
        if (f.listedOn != null) {
            held.add(new Qualification(
                    f.code(), QualificationType.LISTED, Level.NATIONAL, stockCode(f), f.listedOn, null));
        }
        return held;
    }

    // 高新技术企业 (§4.1): all eight conditions, with condition 7 as a score over 70.
    private boolean highTechEligible(Firm f, int y) {
        int latest = y - 1;
        if (f.report(latest) == null || !f.registered().isBefore(LocalDate.of(latest, 7, 1))) {
            return false;
        }
        double employees = f.get(latest, EMPLOYEES);
        double revenue = f.get(latest, OPERATING_REVENUE);
        int from = Math.max(f.firstYear, y - 3);
        double rd = f.sum(from, latest, RD_EXPENSE);
        double revenues = f.sum(from, latest, OPERATING_REVENUE);
        double threshold = revenue <= 5e7 ? 0.05 : revenue <= 2e8 ? 0.04 : 0.03;
        return f.get(latest, ST_STAFF) >= 0.10 * employees
                && revenues > 0
                && rd / revenues >= threshold
                && f.sum(from, latest, RD_EXPENSE_DOMESTIC) >= 0.6 * rd
                && revenue > 0
                && f.get(latest, HIGH_TECH_REVENUE) >= 0.6 * revenue
                && (f.get(latest, IP_CLASS1) >= 1 || f.get(latest, IP_CLASS2) >= 1)
                && innovationScore(f, y) > 70;
    }

    /** 创新能力评价 (§4.2): 知识产权 30 + 成果转化 30 + 研发组织管理 20 + 企业成长性 20. */
    private static int innovationScore(Firm f, int y) {
        int latest = y - 1;
        double z = f.traits.innovation();
        int advancement = (int) Draw.clamp(Math.round(6.5 + 1.5 * z), 0, 8);
        int coreSupport = (int) Draw.clamp(Math.round(6.5 + 1.5 * z), 0, 8);
        double ip1 = f.get(latest, IP_CLASS1);
        double ip2 = f.get(latest, IP_CLASS2);
        int quantity = ip1 >= 1 ? (ip1 >= 3 ? 8 : 7) : ip2 >= 5 ? (ip2 >= 8 ? 6 : 5) : ip2 >= 3 ? 3 : ip2 >= 1 ? 1 : 0;
        int from = Math.max(f.firstYear, y - 3);
        int years = latest - from + 1;
        int acquisition = f.sum(from, latest, INVENTION_GRANTS) > 0 ? 6 : 4;
        int ip = Math.min(30, advancement + coreSupport + quantity + acquisition);
        double conversions = 1
                + (f.sum(from, latest, INVENTION_APPLICATIONS) / years) * 0.5
                + ip2 / 3.0
                + ip1 / 3.0
                + (z > 0 ? 1 : 0);
        int conversion = conversions >= 5
                ? 28
                : conversions >= 4 ? 22 : conversions >= 3 ? 16 : conversions >= 2 ? 10 : conversions >= 1 ? 4 : 0;
        int management = (int) Math.round(13 + 7 * f.traits.management());
        int growth = growthPoints(growthRate(f, from, latest, NET_ASSETS))
                + growthPoints(growthRate(f, from, latest, OPERATING_REVENUE));
        return ip + conversion + management + growth;
    }

    /** g = ½ (Y2/Y1 + Y3/Y2) − 1 over the last three years, or over the years there are. */
    private static double growthRate(Firm f, int from, int latest, org.innopark.engine.registry.ReportField field) {
        if (latest - from >= 2) {
            double y1 = f.get(latest - 2, field);
            double y2 = f.get(latest - 1, field);
            double y3 = f.get(latest, field);
            return y1 > 0 && y2 > 0 ? 0.5 * (y2 / y1 + y3 / y2) - 1 : 0;
        }
        if (latest - from == 1) {
            double y1 = f.get(latest - 1, field);
            return y1 > 0 ? f.get(latest, field) / y1 - 1 : 0;
        }
        return 0;
    }

    private static int growthPoints(double g) {
        return g >= 0.35 ? 9 : g >= 0.25 ? 7 : g >= 0.15 ? 5 : g >= 0.05 ? 3 : g > 0 ? 1 : 0;
    }

    // 科技型中小企业 (§3): size limits, then score ≥ 60 with S&T staff points, or a valid 高企 certificate.
    private void awardTechSme(Firm f, int y, Draw d, List<Qualification> held) {
        int latest = y - 1;
        if (y < 2017 || f.report(latest) == null || !applies(f, APPLY_TECH_SME)) {
            return;
        }
        if (f.get(latest, EMPLOYEES) > 500
                || f.get(latest, OPERATING_REVENUE) > 2e8
                || f.get(latest, TOTAL_ASSETS) > 2e8) {
            return;
        }
        LocalDate on = d.day(LocalDate.of(y, 3, 1), LocalDate.of(y, 9, 30));
        boolean direct = validOn(held, QualificationType.HIGH_TECH, on) || f.sum(y - 5, latest, STANDARDS_LED) >= 1;
        int staff = techSmeStaffPoints(f.get(latest, ST_STAFF) / f.get(latest, EMPLOYEES));
        if (direct || (staff > 0 && staff + techSmeRdPoints(f, latest) + techSmeIpPoints(f, latest) >= 60)) {
            String region = f.park.park().region().value();
            held.add(new Qualification(
                    f.code(),
                    QualificationType.TECH_SME,
                    Level.NATIONAL,
                    y + region + "0" + (on.getMonthValue() <= 5 ? 1 : on.getMonthValue() <= 7 ? 2 : 3)
                            + serial("TS" + region + y, 6),
                    on,
                    LocalDate.of(y, 12, 31)));
        }
    }

    private static int techSmeStaffPoints(double share) {
        return share >= 0.30 ? 20 : share >= 0.25 ? 16 : share >= 0.20 ? 12 : share >= 0.15 ? 8 : share >= 0.10 ? 4 : 0;
    }

    private static int techSmeRdPoints(Firm f, int year) {
        double rd = f.get(year, RD_EXPENSE);
        double revenue = f.get(year, OPERATING_REVENUE);
        double cost = f.get(year, TOTAL_COST);
        double r1 = revenue > 0 ? rd / revenue : 0;
        double r2 = cost > 0 ? rd / cost : 0;
        int byRevenue = r1 >= 0.06 ? 50 : r1 >= 0.05 ? 40 : r1 >= 0.04 ? 30 : r1 >= 0.03 ? 20 : r1 >= 0.02 ? 10 : 0;
        int byCost = r2 >= 0.30 ? 50 : r2 >= 0.25 ? 40 : r2 >= 0.20 ? 30 : r2 >= 0.15 ? 20 : r2 >= 0.10 ? 10 : 0;
        return Math.max(byRevenue, byCost);
    }

    private static int techSmeIpPoints(Firm f, int year) {
        double ip2 = f.get(year, IP_CLASS2);
        return f.get(year, IP_CLASS1) >= 1 ? 30 : ip2 >= 4 ? 24 : ip2 >= 3 ? 18 : ip2 >= 2 ? 12 : ip2 >= 1 ? 6 : 0;
    }

    // 创新型中小企业 (§5.1, from 2022): an SME scoring ≥ 60 with the three minimums, or a direct pass.
    private void awardInnovative(Firm f, int y, Draw d, List<Qualification> held) {
        int latest = y - 1;
        if (y < 2022
                || f.report(latest) == null
                || !applies(f, APPLY_INNOVATIVE)
                || f.get(latest, EMPLOYEES) >= 1000
                || f.get(latest, OPERATING_REVENUE) >= 4e8) {
            return;
        }
        LocalDate on = d.day(LocalDate.of(y, 4, 1), LocalDate.of(y, 6, 15));
        if (validOn(held, QualificationType.INNOVATIVE_SME, on)) {
            return;
        }
        double revenue = f.get(latest, OPERATING_REVENUE);
        boolean direct = validOn(held, QualificationType.HIGH_TECH, on)
                || f.sum(y - 3, latest, AWARDS_PROVINCIAL) >= 1
                || f.sum(y - 3, latest, EQUITY_FINANCING) >= 5e6
                || f.sum(y - 3, latest, PLATFORMS_PROVINCIAL) >= 1;
        double ip1 = f.get(latest, IP_CLASS1);
        int ip = ip1 >= 1
                ? (f.traits.ownLab() ? 15 : 10) + (f.traits.innovation() > 1 ? 5 : 0)
                : f.get(latest, IP_CLASS2) >= 1 ? 5 : 0;
        double rdRatio = revenue > 0 ? f.get(latest, RD_EXPENSE) / revenue : 0;
        int rd = rdRatio > 0.05 ? 20 : rdRatio >= 0.03 ? 15 : rdRatio >= 0.02 ? 10 : rdRatio >= 0.01 ? 5 : 0;
        double g = ratio(f.get(latest, MAIN_BUSINESS_REVENUE), f.get(latest - 1, MAIN_BUSINESS_REVENUE)) - 1;
        int growth = g > 0.15 ? 20 : g >= 0.10 ? 15 : g >= 0.05 ? 10 : g >= 0 ? 5 : 0;
        double debt = ratio(f.get(latest, TOTAL_LIABILITIES), f.get(latest, TOTAL_ASSETS));
        int leverage = debt < 0.55 ? 10 : debt <= 0.75 ? 5 : 0;
        double main = ratio(f.get(latest, MAIN_BUSINESS_REVENUE), revenue);
        int focus = 10 + (main > 0.70 ? 20 : main >= 0.60 ? 15 : main >= 0.55 ? 10 : main >= 0.50 ? 5 : 0);
        boolean scored =
                ip + rd >= 20 && growth + leverage >= 15 && focus >= 15 && ip + rd + growth + leverage + focus >= 60;
        if (direct || scored) {
            held.add(new Qualification(
                    f.code(),
                    QualificationType.INNOVATIVE_SME,
                    Level.PROVINCIAL,
                    "CXZX" + y + f.park.provinceDigits() + serial("CX" + f.park.provinceDigits() + y, 5),
                    on,
                    on.plusYears(3).minusDays(1)));
        }
    }

    // 专精特新中小企业 (§5.2): provincial at a score of 60 (or a direct route), municipal at the lower city bar.
    private void awardSrdi(Firm f, int y, Draw d, List<Qualification> held) {
        int latest = y - 1;
        if (f.report(latest) == null || f.report(latest - 1) == null || !applies(f, APPLY_SRDI)) {
            return;
        }
        LocalDate on = d.day(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 15));
        Level current = srdiLevel(held, on);
        if (current == Level.NATIONAL || current == Level.PROVINCIAL) {
            return;
        }
        if (y >= 2022 && !validOn(held, QualificationType.INNOVATIVE_SME, LocalDate.of(y, 6, 30))) {
            return;
        }
        double revenue = f.get(latest, OPERATING_REVENUE);
        double rd = f.get(latest, RD_EXPENSE);
        double equity2 = f.sum(latest - 1, latest, EQUITY_FINANCING);
        if (f.ageAt(y) < 2) {
            return;
        }
        boolean provincialBasics = rd >= 1e6 && rd >= 0.03 * revenue && (revenue >= 1e7 || equity2 >= 2e7);
        boolean municipalBasics = rd >= MUNICIPAL_SRDI_RD && rd >= 0.02 * revenue && revenue >= MUNICIPAL_SRDI_REVENUE;
        boolean direct = f.sum(y - 3, latest, AWARDS_PROVINCIAL) >= 1
                || f.sum(latest - 1, latest, RD_EXPENSE) / 2 >= 1e7
                || equity2 >= 6e7;
        int score = srdiScore(f, y);
        boolean selected = d.chance(PROVINCIAL_SRDI_SELECTED);
        Level level = provincialBasics && (direct || score >= 60) && selected
                ? Level.PROVINCIAL
                : municipalBasics && score >= MUNICIPAL_SRDI_PASS ? Level.MUNICIPAL : null;
        if (level == null || level == current) {
            return;
        }
        String issuer = level == Level.PROVINCIAL
                ? f.park.provinceDigits()
                : f.park.park().region().value().substring(0, 4) + "00";
        held.add(new Qualification(
                f.code(),
                QualificationType.SRDI_SME,
                level,
                "ZJTX-" + issuer + "-" + y + "-" + serial("ZJTX" + issuer + y, 5),
                on,
                on.plusYears(3).minusDays(1)));
    }

    /** The four categories of §5.2: 专业化 25, 精细化 25, 特色化 15, 创新能力 35. */
    private static int srdiScore(Firm f, int y) {
        int latest = y - 1;
        Firm.Traits t = f.traits;
        double revenue = f.get(latest, OPERATING_REVENUE);
        double main = ratio(f.get(latest, MAIN_BUSINESS_REVENUE), revenue);
        int mainPoints = main > 0.8 ? 5 : main >= 0.7 ? 3 : main >= 0.6 ? 1 : 0;
        double g = mainGrowth(f, latest);
        int growth = g > 0.10 ? 10 : g >= 0.08 ? 8 : g >= 0.06 ? 6 : g >= 0.04 ? 4 : g >= 0 ? 2 : 0;
        int niche = Math.min(5, f.ageAt(y) / 2);
        int product = t.nicheLeader() ? 5 : t.innovation() > 0.5 ? 3 : 0;
        int digital = t.digital() >= 0.66 ? 5 : t.digital() >= 0.33 ? 3 : 0;
        int qualityItems = (t.management() > 0.55 ? 1 : 0) + (f.sum(y - 3, latest, STANDARDS_LED) > 0 ? 1 : 0);
        int quality = Math.min(5, 3 * qualityItems);
        double m = ratio(f.get(latest, NET_PROFIT), revenue);
        int margin = m > 0.10 ? 10 : m >= 0.08 ? 8 : m >= 0.06 ? 6 : m >= 0.04 ? 4 : m >= 0.02 ? 2 : 0;
        double debt = ratio(f.get(latest, TOTAL_LIABILITIES), f.get(latest, TOTAL_ASSETS));
        int leverage = debt < 0.5 ? 5 : debt < 0.6 ? 3 : debt <= 0.7 ? 1 : 0;
        int local = (int) Draw.clamp(Math.round(1 + 3.5 * t.innovation()), 0, 15);
        double ip1 = f.get(latest, IP_CLASS1);
        int ip = ip1 >= 1
                ? Math.min(10, (t.ownLab() ? 8 : 6) + (ip1 >= 5 ? 2 : 0))
                : f.get(latest, IP_CLASS2) >= 1 ? 2 : 0;
        double rd = f.get(latest, RD_EXPENSE);
        double rdRatio = ratio(rd, revenue);
        int rdPoints = rd >= 5e6 || rdRatio >= 0.10
                ? 10
                : rd >= 4e6 || rdRatio >= 0.08
                        ? 8
                        : rd >= 3e6 || rdRatio >= 0.06
                                ? 6
                                : rd >= 2e6 || rdRatio >= 0.04 ? 4 : rd >= 1e6 || rdRatio >= 0.03 ? 2 : 0;
        double staff = ratio(f.get(latest, RD_STAFF), f.get(latest, EMPLOYEES));
        int staffPoints = staff >= 0.20 ? 5 : staff >= 0.10 ? 3 : staff >= 0.05 ? 1 : 0;
        int institution = f.sum(f.firstYear, latest, PLATFORMS_PROVINCIAL) >= 1 ? 8 : t.ownLab() ? 4 : 0;
        return mainPoints
                + growth
                + niche
                + product
                + digital
                + quality
                + margin
                + leverage
                + local
                + ip
                + rdPoints
                + staffPoints
                + institution;
    }

    // 专精特新"小巨人" (§5.3): a provincial SRDI firm meeting 专, 精, 特 and the general route of 新.
    private void awardLittleGiant(Firm f, int y, Draw d, List<Qualification> held) {
        int latest = y - 1;
        if (y < 2019 || f.report(latest) == null || f.report(latest - 2) == null || !applies(f, APPLY_LITTLE_GIANT)) {
            return;
        }
        LocalDate on = d.day(LocalDate.of(y, 7, 1), LocalDate.of(y, 9, 30));
        if (srdiLevel(held, LocalDate.of(y, 6, 30)) != Level.PROVINCIAL
                || validOn(held, QualificationType.LITTLE_GIANT, on)) {
            return;
        }
        double revenue = f.get(latest, OPERATING_REVENUE);
        boolean specialised = f.ageAt(y) >= 3
                && ratio(f.get(latest, MAIN_BUSINESS_REVENUE), revenue) >= 0.7
                && mainGrowth(f, latest) >= 0.05;
        boolean refined = ratio(f.get(latest, TOTAL_LIABILITIES), f.get(latest, TOTAL_ASSETS)) <= 0.7
                && f.traits.digital() >= 0.33;
        boolean novel = rdIntensityMet(f, latest)
                && rdIntensityMet(f, latest - 1)
                && (f.traits.ownLab() || f.sum(f.firstYear, latest, PLATFORMS_PROVINCIAL) >= 1)
                && f.get(latest, IP_CLASS1) >= 2;
        if (specialised && refined && f.traits.nicheLeader() && novel) {
            held.add(new Qualification(
                    f.code(),
                    QualificationType.LITTLE_GIANT,
                    Level.NATIONAL,
                    "XJR-" + y + "-" + f.park.provinceDigits() + serial("XJR" + f.park.provinceDigits() + y, 4),
                    on,
                    on.plusYears(3).minusDays(1)));
        }
    }

    private static boolean rdIntensityMet(Firm f, int year) {
        double revenue = f.get(year, OPERATING_REVENUE);
        double rd = f.get(year, RD_EXPENSE);
        if (revenue >= 1e8) {
            return rd >= 0.03 * revenue;
        }
        if (revenue >= 5e7) {
            return rd >= 0.06 * revenue;
        }
        return f.sum(year - 1, year, EQUITY_FINANCING) >= 8e7
                && rd >= 3e7
                && f.get(year, RD_STAFF) >= 0.5 * f.get(year, EMPLOYEES);
    }

    // 瞪羚 (§6, thresholds unconfirmed; an assumption): ≤ 10 years old, revenue ≥ 1,000万元, 3-year CAGR ≥ 20 %.
    private void awardGazelle(Firm f, int y, Draw d, List<Qualification> held) {
        int latest = y - 1;
        if (f.report(latest) == null
                || f.report(latest - 3) == null
                || f.ageAt(latest) > 10
                || !applies(f, APPLY_GAZELLE)) {
            return;
        }
        double revenue = f.get(latest, OPERATING_REVENUE);
        double base = f.get(latest - 3, OPERATING_REVENUE);
        if (revenue >= 1e7 && base > 0 && StrictMath.pow(revenue / base, 1.0 / 3) - 1 >= 0.20) {
            LocalDate on = d.day(LocalDate.of(y, 4, 1), LocalDate.of(y, 10, 31));
            held.add(new Qualification(
                    f.code(),
                    QualificationType.GAZELLE,
                    Level.PROVINCIAL,
                    "DL-" + f.park.code() + "-" + y + "-" + serial("DL" + f.park.code() + y, 4),
                    on,
                    on.plusYears(1).minusDays(1)));
        }
    }

    // 独角兽 (§6): ≤ 10 years old, unlisted, privately financed, valued ≥ US$1bn (taken as 70亿元; the valuation is
    // estimated as the larger of 8 × revenue and 6 × the equity raised, an assumption).
    private void awardUnicorn(Firm f, int y, Draw d, List<Qualification> held) {
        int latest = y - 1;
        if (f.report(latest) == null || f.ageAt(y) > 10 || f.listedBy(y)) {
            return;
        }
        double raised = f.sum(f.firstYear, latest, EQUITY_FINANCING);
        double valuation = Math.max(8 * f.get(latest, OPERATING_REVENUE), 6 * raised);
        if (raised >= 3e8 && valuation >= 7e9) {
            LocalDate on = d.day(LocalDate.of(y, 3, 1), LocalDate.of(y, 6, 30));
            held.add(new Qualification(
                    f.code(),
                    QualificationType.UNICORN,
                    Level.NATIONAL,
                    "DJS-" + y + "-" + serial("DJS" + y, 3),
                    on,
                    on.plusYears(1).minusDays(1)));
        }
    }

    private static double mainGrowth(Firm f, int latest) {
        double y1 = f.get(latest - 2, MAIN_BUSINESS_REVENUE);
        double y2 = f.get(latest - 1, MAIN_BUSINESS_REVENUE);
        double y3 = f.get(latest, MAIN_BUSINESS_REVENUE);
        return y1 > 0 && y2 > 0 ? 0.5 * (y2 / y1 + y3 / y2) - 1 : y2 > 0 ? y3 / y2 - 1 : 0;
    }

    private static boolean applies(Firm f, double share) {
        return f.traits.applies() < share;
    }

    static boolean validOn(List<Qualification> held, QualificationType type, LocalDate day) {
        for (Qualification q : held) {
            if (q.type() == type && q.validOn(day)) {
                return true;
            }
        }
        return false;
    }

    /** The highest SRDI level valid on the day (NATIONAL for a little giant), or null. */
    static Level srdiLevel(List<Qualification> held, LocalDate day) {
        Level best = null;
        for (Qualification q : held) {
            if ((q.type() == QualificationType.SRDI_SME || q.type() == QualificationType.LITTLE_GIANT)
                    && q.validOn(day)) {
                Level level = q.type() == QualificationType.LITTLE_GIANT ? Level.NATIONAL : q.level();
                if (best == null || level.ordinal() < best.ordinal()) {
                    best = level;
                }
            }
        }
        return best;
    }

    private static double ratio(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }

    private String serial(String issuer, int digits) {
        int next = serials.merge(issuer, 1, Integer::sum);
        return String.format(Locale.ROOT, "%0" + digits + "d", next);
    }

    /** A stock code of the right form for the board (codes are illustrative, not real listings). */
    private static String stockCode(Firm f) {
        long n = f.index;
        ListingBoard board = f.board();
        return switch (board) {
            case SSE_MAIN -> "60" + "0135".charAt((int) (n % 4)) + three(n / 4);
            case SZSE_MAIN -> "00" + "0123".charAt((int) (n % 4)) + three(n / 4);
            case STAR -> "688" + three(n);
            case CHINEXT -> "30" + (n % 2) + three(n / 2);
            case BSE -> "920" + three(n);
            case NEEQ -> "8" + "37".charAt((int) (n % 2)) + String.format(Locale.ROOT, "%04d", (n / 2) % 10_000);
            case HKEX -> String.format(Locale.ROOT, "0%04d", n % 10_000);
            case OVERSEAS ->
                "NASDAQ:" + (char) ('A' + n % 26) + (char) ('A' + n / 26 % 26) + (char) ('A' + n / 676 % 26);
            case UNLISTED -> throw new IllegalStateException("not listed");
        };
    }

    private static String three(long n) {
        return String.format(Locale.ROOT, "%03d", n % 1000);
    }
}
