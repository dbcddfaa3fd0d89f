package org.innopark.engine.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.HighTechField;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.ReportField;
import org.innopark.engine.registry.SubPark;

/**
 * Simulates one enterprise from its own random stream (seeded by the spec's seed and the enterprise's index, so an
 * enterprise does not depend on any other).
 *
 * <p>The model, in short:
 * <ul>
 *   <li>age: exponential with a mean of 9 years, so many firms are young and some are decades old; a firm files
 *       reports from its registration year, and about 1.5 % a year stop reporting (exit);
 *   <li>revenue: log-normal in the last year (median about 2,500万元 for a mature firm, σ = 1.35, smaller when
 *       young), and back in time through log growth that follows an AR(1) around a firm-specific mean (higher for
 *       young firms and for the one in ten with a high-growth profile), so growth persists from year to year;
 *   <li>employees from revenue and a firm-specific productivity; S&T staff, R&D staff and postgraduates as shares of
 *       employees; R&D expense as a firm-specific intensity (median about 3 %, mostly 1–10 %) of revenue;
 *   <li>one latent "innovation" score per firm lifts R&D intensity, S&T share, high-tech revenue share, patents and
 *       margins together, so the figures an assessor checks are consistent with each other;
 *   <li>patents: invention applications in proportion to R&D, grants two-fifths of the previous year's,
 *       class I IP a stock of grants, class II IP a stock of utility models and software copyrights;
 *   <li>a few auxiliary figures are sometimes not reported (null), as in real surveys; employees, revenue, R&D
 *       expense and the figures the qualification rules read never are.
 * </ul>
 */
final class FirmSimulation {

    private static final double EXIT_HAZARD = 0.015;
    private static final int LOOK_BACK_YEARS = 3;

    private FirmSimulation() {}

    static Firm simulate(ParkCatalogue.Profile park, long index, long localIndex, DemoSpec spec) {
        Draw d = new Draw(Draw.seed(spec.seed(), 1, index));
        int lastYear = spec.lastYear();

        HighTechField field = HighTechField.values()[d.weighted(park.fieldWeights())];
        Industries.Industry industry = d.pick(Industries.of(field));
        double z = d.gaussian();
        Firm.Traits traits = new Firm.Traits(
                z,
                Draw.clamp(0.5 + 0.15 * z + 0.15 * d.gaussian(), 0, 1),
                Draw.clamp(0.45 + 0.15 * z + 0.2 * d.gaussian(), 0, 1),
                d.chance(0.25 + 0.2 * Math.max(0, z)),
                d.chance(Draw.clamp(0.15 + 0.15 * z, 0.02, 0.7)),
                d.uniform());

        int age = (int) Math.min(35, -StrictMath.log(1 - d.uniform()) * 9.0);
        int regYear = lastYear - 1 - age;
        LocalDate registered = d.dayIn(regYear);
        int firstYear = Math.max(regYear, spec.firstYear() - LOOK_BACK_YEARS);
        int firstEmitted = Math.max(regYear, spec.firstYear());
        int last = lastYear;
        for (int y = firstEmitted + 1; y <= lastYear; y++) {
            if (d.chance(EXIT_HAZARD)) {
                last = y - 1;
                break;
            }
        }

        // Revenue: anchored in the last year, walked back through persistent (AR(1)) log growth.
        boolean manufacturing = industry.manufacturing();
        double scaleAge = Math.min(1.0, (lastYear - regYear) / 8.0);
        double logLast = StrictMath.log(2.5e7)
                + 0.2 * z
                + StrictMath.log(scaleAge)
                + 1.35 * d.gaussian()
                + (manufacturing ? 0.2 : -0.2);
        double meanGrowth = 0.04 + 0.03 * z + 0.05 * d.gaussian() + (d.chance(0.07) ? 0.18 : 0);
        int span = lastYear - firstYear + 1;
        double[] growth = new double[span];
        for (int i = 1; i < span; i++) {
            double mu = meanGrowth + 0.22 * StrictMath.exp(-(firstYear + i - regYear) / 3.0);
            double previousMu = meanGrowth + 0.22 * StrictMath.exp(-(firstYear + i - 1 - regYear) / 3.0);
            double previous = i == 1 ? previousMu : growth[i - 1];
            growth[i] = mu + 0.5 * (previous - previousMu) + 0.13 * d.gaussian();
        }
        double[] logRevenue = new double[span];
        logRevenue[span - 1] = logLast;
        for (int i = span - 1; i > 0; i--) {
            logRevenue[i - 1] = logRevenue[i] - growth[i];
        }

        // Firm-specific ratios.
        double productivity = d.logNormal(manufacturing ? 7.0e5 : 4.2e5, 0.45);
        int minStaff = 3 + d.between(0, 12);
        double stShare = Draw.logistic(-1.0 + 0.9 * z + 0.5 * d.gaussian() + (manufacturing ? -0.2 : 0.4));
        double rdStaffShare = d.uniform(0.45, 0.85);
        double postgradShare = Draw.clamp(stShare * d.uniform(0.1, 0.5) * (z > 0 ? 1.4 : 1.0), 0, 0.9);
        double rdIntensity = Draw.clamp(
                StrictMath.exp(StrictMath.log(0.043) + 0.6 * z + 0.4 * d.gaussian() + (manufacturing ? -0.1 : 0.15)),
                0.002,
                0.6);
        double highTechShare = Draw.logistic(1.2 + 1.0 * z + 0.9 * d.gaussian());
        double mainShare = d.chance(0.1) ? d.uniform(0.5, 0.82) : d.uniform(0.82, 1.0);
        double domesticShare = d.chance(0.04) ? d.uniform(0.3, 0.6) : d.uniform(0.88, 1.0);
        double margin = 0.05 + 0.03 * z + 0.08 * d.gaussian();
        double assetRatio = d.logNormal(1.1, 0.45);
        double leverage = Draw.clamp(0.42 + 0.16 * d.gaussian(), 0.03, 1.2);
        double taxRate = d.uniform(0.015, 0.06);
        boolean exporter = d.chance(
                field == HighTechField.ELECTRONIC_INFORMATION || field == HighTechField.ADVANCED_MANUFACTURING
                        ? 0.4
                        : 0.3);
        double exportShare = d.uniform(0.05, 0.5);
        boolean licensor = d.chance(0.12 + 0.08 * Math.max(0, z));
        double contractShare = d.uniform(0.01, 0.12);
        boolean seeksCapital = z > -0.2 && d.chance(0.5);
        double patentPropensity = 0.6 * StrictMath.exp(0.35 * z);

        AnnualReport[] reports = new AnnualReport[last - firstYear + 1];
        long ip1 = 0;
        long ip2 = 0;
        double previousPatentRate = 0;
        double raised = 0;
        CreditCode code = CreditCodes.of(park.park().region(), index);
        for (int y = firstYear; y <= last; y++) {
            int i = y - firstYear;
            int ageAtYear = y - regYear;
            double revenue = Math.max(2e4, StrictMath.exp(logRevenue[i]));
            long employees = Math.min(
                    80_000,
                    Math.max(minStaff, Math.round(revenue / productivity * StrictMath.exp(0.06 * d.gaussian()))));
            long stStaff =
                    Math.min(employees, Math.round(employees * Draw.clamp(stShare + 0.02 * d.gaussian(), 0.01, 0.98)));
            long rdStaff = Math.min(stStaff, Math.round(stStaff * rdStaffShare));
            long postgrad = Math.min(employees, Math.round(employees * postgradShare));
            double rd = revenue * Draw.clamp(rdIntensity * StrictMath.exp(0.12 * d.gaussian()), 0.001, 0.8);
            double yearMargin = Draw.clamp(margin + 0.04 * d.gaussian() - (ageAtYear < 3 ? 0.08 : 0), -0.8, 0.45);
            double profit = revenue * yearMargin;
            double patentRate = rd / 1.5e6 * patentPropensity;
            if (y == firstYear) {
                int stockYears = Math.min(ageAtYear, 8);
                ip1 = d.poisson(patentRate * 0.45 * stockYears * 0.8);
                ip2 = d.poisson((1 + 1.5 * StrictMath.exp(0.5 * z)) * Math.min(ageAtYear + 1, 6) * 0.6);
                previousPatentRate = patentRate;
            }
            long grants = d.poisson(0.4 * previousPatentRate);
            ip1 = ip1 + grants - Math.min(ip1, d.poisson(0.03 * ip1));
            ip2 = ip2 + d.poisson(0.6 + rd / 3e6 * (1 + Math.max(0, z))) - Math.min(ip2, d.poisson(0.1 * ip2));
            previousPatentRate = patentRate;
            double venture = 0;
            double equity = 0;
            if (seeksCapital && ageAtYear <= 8 && d.chance(Draw.clamp(0.10 + 0.05 * z, 0.02, 0.3))) {
                venture = d.logNormal(2.5e7 * StrictMath.exp(0.3 * z), 1.1);
                equity = venture;
            }
            if (d.chance(0.02)) {
                equity += d.logNormal(3e7, 1.0);
            }
            raised += equity;
            double assets = revenue * assetRatio * StrictMath.exp(0.05 * d.gaussian()) + 0.5 * raised;
            double growthNow = i == 0 ? 0 : growth[i];

            EnumMap<ReportField, BigDecimal> f = new EnumMap<>(ReportField.class);
            BigDecimal revenueYuan = money(revenue);
            BigDecimal rdYuan = money(rd);
            BigDecimal assetsYuan = money(assets);
            BigDecimal liabilitiesYuan = money(assets * Draw.clamp(leverage + 0.03 * d.gaussian(), 0.01, 1.3));
            f.put(ReportField.EMPLOYEES, BigDecimal.valueOf(employees));
            f.put(ReportField.ST_STAFF, BigDecimal.valueOf(stStaff));
            f.put(ReportField.RD_STAFF, BigDecimal.valueOf(rdStaff));
            f.put(ReportField.POSTGRAD_STAFF, BigDecimal.valueOf(postgrad));
            f.put(
                    ReportField.FRESH_GRADUATES,
                    BigDecimal.valueOf(d.poisson(employees * 0.03 * (growthNow > 0 ? 1.3 : 0.6))));
            f.put(ReportField.OPERATING_REVENUE, revenueYuan);
            f.put(
                    ReportField.MAIN_BUSINESS_REVENUE,
                    part(revenueYuan, Draw.clamp(mainShare + 0.01 * d.gaussian(), 0.3, 1)));
            f.put(
                    ReportField.HIGH_TECH_REVENUE,
                    part(revenueYuan, Draw.clamp(highTechShare + 0.03 * d.gaussian(), 0, 1)));
            f.put(ReportField.TOTAL_COST, money(profit > 0 ? revenue - profit / 0.85 : revenue - profit));
            f.put(ReportField.RD_EXPENSE, rdYuan);
            f.put(ReportField.RD_EXPENSE_DOMESTIC, part(rdYuan, Draw.clamp(domesticShare + 0.01 * d.gaussian(), 0, 1)));
            f.put(ReportField.NET_PROFIT, money(profit));
            f.put(ReportField.TOTAL_ASSETS, assetsYuan);
            f.put(ReportField.TOTAL_LIABILITIES, liabilitiesYuan);
            f.put(ReportField.NET_ASSETS, assetsYuan.subtract(liabilitiesYuan));
            f.put(ReportField.TAXES_PAID, money(revenue * taxRate * (profit > 0 ? 1 : 0.4)));
            f.put(ReportField.RD_TAX_RELIEF, money(profit > 0 ? rd * d.uniform(0.12, 0.25) : 0));
            f.put(
                    ReportField.EXPORTS,
                    exporter
                            ? part(revenueYuan, Draw.clamp(exportShare * StrictMath.exp(0.1 * d.gaussian()), 0, 1))
                            : BigDecimal.ZERO);
            f.put(ReportField.INVENTION_APPLICATIONS, BigDecimal.valueOf(d.poisson(patentRate)));
            f.put(ReportField.INVENTION_GRANTS, BigDecimal.valueOf(grants));
            f.put(ReportField.PCT_APPLICATIONS, BigDecimal.valueOf(d.poisson((exporter ? 0.08 : 0.02) * patentRate)));
            f.put(ReportField.IP_CLASS1, BigDecimal.valueOf(ip1));
            f.put(ReportField.IP_CLASS2, BigDecimal.valueOf(ip2));
            f.put(
                    ReportField.TECH_CONTRACT_TURNOVER,
                    licensor
                            ? part(revenueYuan, Draw.clamp(contractShare * StrictMath.exp(0.3 * d.gaussian()), 0, 1))
                            : BigDecimal.ZERO);
            f.put(ReportField.VENTURE_CAPITAL, money(venture));
            f.put(ReportField.EQUITY_FINANCING, money(equity));
            f.put(
                    ReportField.PLATFORMS_PROVINCIAL,
                    count(d.chance(Math.min(0.25, 0.012 * StrictMath.exp(0.9 * z) * (rd > 5e6 ? 2.5 : 1))) ? 1 : 0));
            f.put(
                    ReportField.AWARDS_PROVINCIAL,
                    count(d.chance(Math.min(0.2, 0.008 * StrictMath.exp(0.9 * z) * (rd > 5e6 ? 2 : 1))) ? 1 : 0));
            f.put(
                    ReportField.STANDARDS_LED,
                    count(
                            d.chance(Math.min(0.3, 0.02 * StrictMath.exp(0.6 * z) * (revenue > 1e8 ? 2 : 1)))
                                    ? 1 + d.poisson(0.3)
                                    : 0));
            leaveOut(d, f);
            reports[i] = AnnualReport.of(code, y, f);
        }

        double lastRevenue = StrictMath.exp(logRevenue[last - firstYear]);
        ListingBoard board = ListingBoard.UNLISTED;
        LocalDate listedOn = null;
        if (last == lastYear && regYear + 3 <= lastYear) {
            board = listing(d, lastRevenue, margin, z);
            if (board != ListingBoard.UNLISTED) {
                listedOn = d.dayIn(d.between(Math.max(regYear + 3, lastYear - 12), lastYear));
            }
        }
        boolean jointStock = board != ListingBoard.UNLISTED || (lastRevenue > 2e8 && d.chance(0.4)) || d.chance(0.03);
        List<SubPark> subParks = park.subParks();
        String subPark = d.chance(0.05)
                ? null
                : subParks.get(d.weighted(subParkWeights(subParks.size()))).code();
        Enterprise enterprise = new Enterprise(
                code,
                Names.company(park.city(), Names.brand(localIndex), industry.word(), jointStock),
                registered,
                park.park().region(),
                industry.code(),
                field,
                park.code(),
                subPark,
                board);
        return new Firm(index, park, enterprise, traits, firstYear, firstEmitted, last, listedOn, reports);
    }

    private static ListingBoard listing(Draw d, double revenue, double margin, double z) {
        if (revenue >= 4e8 && margin > 0 && d.chance(0.3)) {
            return pick(
                    d,
                    new int[] {35, 30, 15, 15, 5},
                    ListingBoard.SSE_MAIN,
                    ListingBoard.SZSE_MAIN,
                    ListingBoard.STAR,
                    ListingBoard.CHINEXT,
                    ListingBoard.HKEX);
        }
        if (revenue >= 1e8 && z > 0.3 && d.chance(0.08)) {
            return pick(d, new int[] {40, 35, 25}, ListingBoard.STAR, ListingBoard.CHINEXT, ListingBoard.BSE);
        }
        if (revenue >= 2e7 && d.chance(0.025)) {
            return d.chance(0.9) ? ListingBoard.NEEQ : ListingBoard.OVERSEAS;
        }
        return ListingBoard.UNLISTED;
    }

    private static ListingBoard pick(Draw d, int[] weights, ListingBoard... boards) {
        return boards[d.weighted(weights)];
    }

    /** The first sub-park (the core) takes the most enterprises. */
    private static int[] subParkWeights(int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = i == 0 ? 4 : 2;
        }
        return w;
    }

    /** Figures that real surveys sometimes lack; none of them is read by the qualification rules. */
    private static final List<ReportField> SOMETIMES_MISSING = List.of(
            ReportField.FRESH_GRADUATES,
            ReportField.EXPORTS,
            ReportField.RD_TAX_RELIEF,
            ReportField.TAXES_PAID,
            ReportField.POSTGRAD_STAFF,
            ReportField.PCT_APPLICATIONS,
            ReportField.TECH_CONTRACT_TURNOVER,
            ReportField.VENTURE_CAPITAL);

    private static void leaveOut(Draw d, EnumMap<ReportField, BigDecimal> figures) {
        for (ReportField field : SOMETIMES_MISSING) {
            if (d.chance(0.05)) {
                figures.remove(field);
            }
        }
    }

    static BigDecimal money(double yuan) {
        return BigDecimal.valueOf(Math.max(-1e15, Math.min(1e15, yuan))).setScale(2, RoundingMode.HALF_UP);
    }

    /** A share of a whole, rounded down to the fen, so that it never exceeds the whole. */
    static BigDecimal part(BigDecimal whole, double share) {
        return whole.multiply(BigDecimal.valueOf(Draw.clamp(share, 0, 1))).setScale(2, RoundingMode.DOWN);
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }
}
