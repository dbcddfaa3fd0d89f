package org.innopark.engine.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.SpringFestival;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.IndustryCode;
import org.innopark.engine.registry.MonthlyReport;

/**
 * 演示月度报表: 36 months (by default) of monthly reports for each demo enterprise, around the level of its annual
 * report: the Spring Festival's dip in the month it falls each year (and the catch-up after it), the year-end billing
 * peak, staff turnover after the festival, the summer's electricity peak of manufacturers, quarterly tax payers and
 * a few project-billed firms; and a few firms in trouble (停产, 持续下滑, 裁员, 欠税, 报表中断), half of them in the
 * last months (the open cases of the demo) and half a year or more earlier (its history). Deterministic in the seed
 * and the credit code, so that {@link #trouble} tells, for any firm, what really happened to it: what an officer's
 * visit would find.
 */
public final class MonthlyHistory {

    /** What befell a firm in trouble. */
    public enum Trouble {
        SHUTDOWN("停产"),
        DECLINE("持续下滑"),
        LAYOFFS("裁员"),
        TAX_ARREARS("欠税"),
        REPORTS_STOPPED("报表中断");

        private final String zh;

        Trouble(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }

    /** A firm's trouble and the month (index from the first) it began. */
    public record Onset(Trouble trouble, int month) {}

    /** Share of firms in trouble over the whole span. */
    static final double TROUBLED = 0.02;

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final long seed;
    private final int first;
    private final int months;
    private final SpringFestival festival;

    /**
     * @param last the last month reported
     * @param months how many months, ending with {@code last}
     */
    public MonthlyHistory(long seed, YearMonth last, int months, SpringFestival festival) {
        this.seed = seed;
        this.months = months;
        this.first = Period.of(last.getYear(), last.getMonthValue()) - months + 1;
        this.festival = festival;
    }

    private SplittableRandom random(CreditCode code, long salt) {
        return new SplittableRandom(seed * 31 + code.value().hashCode() * 1_000_003L + salt);
    }

    /** The firm's trouble, if it has one. */
    public Onset trouble(CreditCode code) {
        SplittableRandom r = random(code, 17);
        if (r.nextDouble() >= TROUBLED) {
            return null;
        }
        Trouble t = Trouble.values()[r.nextInt(Trouble.values().length)];
        int month = r.nextBoolean() ? months - 1 - r.nextInt(4) : months - 9 - r.nextInt(12);
        return new Onset(t, Math.max(18, month));
    }

    /** The firm's trouble if it had begun by the month (what a visit that month would find), else null. */
    public Onset troubleBy(CreditCode code, YearMonth month) {
        Onset o = trouble(code);
        int t = Period.of(month.getYear(), month.getMonthValue()) - first;
        return o != null && t >= o.month() ? o : null;
    }

    /**
     * The firm's monthly reports.
     *
     * @param annualRevenue its latest annual revenue in yuan (null: a small firm's)
     * @param employees its latest headcount (null: a small firm's)
     * @param annualTax its latest taxes paid in yuan (null: 5 % of revenue)
     */
    public List<MonthlyReport> reports(
            CreditCode code,
            IndustryCode industry,
            LocalDate registered,
            BigDecimal annualRevenue,
            Long employees,
            BigDecimal annualTax) {
        SplittableRandom r = random(code, 0);
        double yearly = annualRevenue == null || annualRevenue.signum() <= 0
                ? 3_000_000 * Math.exp(r.nextGaussian() * 0.8)
                : annualRevenue.doubleValue();
        double staff = employees == null || employees <= 0 ? 10 + r.nextInt(40) : employees;
        double taxRate = annualTax == null || annualRevenue == null || annualRevenue.signum() <= 0
                ? 0.03 + 0.04 * r.nextDouble()
                : Math.min(0.3, annualTax.doubleValue() / annualRevenue.doubleValue());
        String division = industry == null ? "" : industry.value().replaceAll("[^0-9]", "");
        int d = division.length() >= 2 ? Integer.parseInt(division.substring(0, 2)) : 0;
        boolean manufacturer = d >= 13 && d <= 43;
        boolean quarterlyTax = r.nextDouble() < 0.3;
        boolean projectBilled = !manufacturer && r.nextDouble() < 0.05;
        double depth = 0.2 + 0.25 * r.nextDouble();
        double noise = 0.04 + 0.06 * r.nextDouble();
        double growth = 0.06 + 0.08 * r.nextGaussian();
        double intensity = manufacturer ? 300 + 1200 * r.nextDouble() : 0;
        int born = registered == null ? Integer.MIN_VALUE : Period.of(registered);
        Onset onset = trouble(code);
        List<MonthlyReport> out = new ArrayList<>();
        double quarterTax = 0;
        for (int t = 0; t < months; t++) {
            int p = first + t;
            if (p < born) {
                continue;
            }
            int month = Period.month(p);
            double trend = Math.pow(1 + growth, (t - months + 1) / 12.0);
            double share = festival.covers(Period.year(p)) ? festival.share(p) : 0;
            double season = (1 - depth * share) * (month == 12 ? 1.12 : 1) * (month == 3 ? 1.04 : 1);
            double revenue = yearly / 12 * trend * season * Math.exp(noise * r.nextGaussian());
            if (projectBilled) {
                revenue = r.nextDouble() < 0.3 ? revenue * 3.2 : revenue * 0.05 * r.nextDouble();
            }
            double heads = staff * (month == 3 ? 0.97 : 1) * Math.exp(0.015 * r.nextGaussian());
            double power = manufacturer
                    ? revenue
                            / 10_000
                            * intensity
                            * (month == 7 || month == 8 ? 1.1 : 1)
                            * Math.exp(0.05 * r.nextGaussian())
                    : heads * 220 * (month == 7 || month == 8 ? 1.25 : 1) * Math.exp(0.08 * r.nextGaussian());
            boolean taxZero = false;
            if (onset != null && t >= onset.month()) {
                int k = t - onset.month();
                switch (onset.trouble()) {
                    case SHUTDOWN -> {
                        revenue *= 0.04;
                        power *= 0.1;
                        heads *= k == 0 ? 0.8 : 0.25;
                        taxZero = true;
                    }
                    case DECLINE -> {
                        revenue *= Math.pow(0.9, k + 1);
                        power *= Math.pow(0.92, k + 1);
                        heads *= Math.pow(0.96, k + 1);
                    }
                    case LAYOFFS -> {
                        heads *= 0.4;
                        revenue *= 0.75;
                        power *= 0.7;
                    }
                    case TAX_ARREARS -> taxZero = true;
                    case REPORTS_STOPPED -> {
                        continue;
                    }
                }
            }
            double tax = taxZero ? 0 : revenue * taxRate * Math.exp(0.1 * r.nextGaussian());
            Double paid;
            if (quarterlyTax && !taxZero) {
                quarterTax += tax;
                paid = month % 3 == 1 ? quarterTax : 0.0;
                if (month % 3 == 1) {
                    quarterTax = 0;
                }
            } else {
                paid = tax;
            }
            out.add(new MonthlyReport(
                    code,
                    YearMonth.of(Period.year(p), month),
                    yuan(revenue),
                    yuan(paid),
                    Math.max(0, Math.round(heads)),
                    BigDecimal.valueOf(Math.round(power)).setScale(2),
                    manufacturer ? yuan(revenue * (0.9 + 0.1 * r.nextDouble())) : null,
                    null,
                    null));
        }
        return out;
    }

    /** Yuan rounded to the hundred (a 月报 in 万元 with two decimals). */
    private static BigDecimal yuan(double v) {
        return BigDecimal.valueOf(Math.max(0, v))
                .divide(TEN_THOUSAND)
                .setScale(2, RoundingMode.HALF_UP)
                .multiply(TEN_THOUSAND)
                .setScale(2);
    }
}
