package org.innopark.engine.monitor.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.innopark.engine.monitor.FirmProfile;
import org.innopark.engine.monitor.Panel;
import org.innopark.engine.monitor.Period;
import org.innopark.engine.monitor.SpringFestival;
import org.innopark.engine.registry.CreditCode;

/**
 * 标注面板生成器: a simulated park's monthly reports with labelled trouble injected, to grade an early warning. It
 * is written apart from the detector and shares nothing with it but the calendar (the Spring Festival's dates are a
 * fact): its own model of firms, its own festival effect (each firm stops for its own days around 正月初一, not the
 * rule file's window), its own parameters ({@link GeneratorParameters}).
 *
 * <p>The normal background, per firm: a level (headcount × revenue per head, both log-normal), a yearly growth, an
 * industry factor shared by the firms of a 大类 (an AR(1) walk and, for some industries, a downturn of months), a
 * month-of-year pattern per industry with a year-end bump, the festival dip (deeper for factories, deeper still in
 * electricity), log-normal noise of a firm-specific size, and the look-alikes a naive rule falls for: project
 * billing (most months near zero, a few large invoices), quarterly tax payers (tax in January, April, July and
 * October only), a tax-free month now and then (refunds), post-festival staff turnover that comes back, young
 * firms' ramp-up (revenue, staff and power growing from little, tax only after their first year or so), one-off
 * large contracts (a spike that makes next year's month look like a collapse) and single late reports.
 *
 * <p>Faults (one per firm, for {@link GeneratorParameters#faultShare()} of the firms, starting after at least 15
 * months of reports): shutdown (all figures collapse, reports often stop later), gradual decline (4–9 % a month
 * for 8–16 months), layoffs (a third to two thirds of the staff), tax arrears (no tax for 5–12 months while revenue
 * goes on), contradicting reports (revenue kept steady while electricity falls to 10–40 %), reports that stop, and a
 * sharp drop of revenue (to 15–50 %).
 */
public final class PanelGenerator {

    private static final int[] MAKERS = {26, 27, 34, 35, 36, 38, 39, 40};
    private static final int[] SERVICES = {64, 65, 71, 72, 73, 75};
    private static final int[] PROJECTS = {48, 65, 74};

    private final GeneratorParameters p;
    private final SpringFestival calendar;

    public PanelGenerator(GeneratorParameters parameters, SpringFestival calendar) {
        this.p = parameters;
        this.calendar = calendar;
    }

    /** A panel of the firms over the months that end with December 2025. */
    public LabelledPanel generate(long seed, int firms, int months) {
        return generate(seed, firms, months, Period.of(2026, 1) - months);
    }

    public LabelledPanel generate(long seed, int firms, int months, int start) {
        SplittableRandom root = new SplittableRandom(seed);
        Industry[] industries = new Industry[100];
        SplittableRandom industryRandom = root.split();
        for (int d : allDivisions()) {
            industries[d] = new Industry(industryRandom.split(), months);
        }
        Panel.Builder panel = Panel.builder();
        List<FirmProfile> profiles = new ArrayList<>();
        List<FaultLabel> labels = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            Firm f = new Firm(root.split(), i, months, start);
            profiles.add(f.profile);
            panel.profile(f.profile);
            f.simulate(industries[f.division], panel, labels);
        }
        return new LabelledPanel(panel.build(), profiles, labels);
    }

    private static int[] allDivisions() {
        return new int[] {26, 27, 34, 35, 36, 38, 39, 40, 48, 64, 65, 71, 72, 73, 74, 75};
    }

    /** An industry's shared factor per month: an AR(1) walk in logs, and maybe a downturn. */
    private final class Industry {

        final double[] factor;
        final double amplitude;
        final double phase;
        final double december;

        Industry(SplittableRandom r, int months) {
            factor = new double[months];
            double walk = 0;
            int downFrom = r.nextDouble() < p.industryDownturn() ? r.nextInt(Math.max(1, months)) : -1;
            int downFor = 4 + r.nextInt(6);
            double depth = 0.15 + 0.2 * r.nextDouble();
            for (int t = 0; t < months; t++) {
                walk = 0.85 * walk + 0.02 * r.nextGaussian();
                double down = downFrom >= 0 && t >= downFrom && t < downFrom + downFor ? 1 - depth : 1;
                factor[t] = Math.exp(walk) * down;
            }
            amplitude = 0.12 * r.nextDouble();
            phase = 12 * r.nextDouble();
            december = 0.25 * r.nextDouble();
        }

        double season(int period) {
            int m = Period.month(period);
            return (1 + amplitude * Math.sin(2 * Math.PI * (m + phase) / 12)) * (m == 12 ? 1 + december : 1);
        }
    }

    private enum Type {
        MAKER,
        SERVICE,
        PROJECT
    }

    /** One simulated firm. */
    private final class Firm {

        final SplittableRandom r;
        final int months;
        final int start;
        final Type type;
        final int division;
        final String code;
        final FirmProfile profile;
        /** Months from the panel's start to registration (negative: before it). */
        final int registered;

        Firm(SplittableRandom r, int index, int months, int start) {
            this.r = r;
            this.months = months;
            this.start = start;
            double u = r.nextDouble();
            type = u < p.manufacturers()
                    ? Type.MAKER
                    : u < p.manufacturers() + p.projectBilled() ? Type.PROJECT : Type.SERVICE;
            int[] pool = type == Type.MAKER ? MAKERS : type == Type.PROJECT ? PROJECTS : SERVICES;
            division = pool[r.nextInt(pool.length)];
            String first17 =
                    "91220101" + String.format("%09d", 100_000_000L + index).substring(0, 9);
            code = first17 + CreditCode.checkCharacter(first17);
            boolean young = r.nextDouble() < p.young();
            registered = young ? -12 + r.nextInt(Math.max(1, months - 8 + 12)) : -(24 + r.nextInt(216));
            LocalDate day = Period.firstDay(start + registered).plusDays(r.nextInt(28));
            profile = new FirmProfile(code, "仿真企业" + (index + 1), String.valueOf(division), day);
        }

        double uniform(double a, double b) {
            return a + (b - a) * r.nextDouble();
        }

        /** The share of the month in this firm's own stop around the festival. */
        double stop(int period, int before, int after) {
            int m = Period.month(period);
            if (m > 3) {
                return 0;
            }
            LocalDate fest = calendar.date(Period.year(period));
            LocalDate from = fest.minusDays(before);
            LocalDate to = fest.plusDays(after);
            LocalDate first = Period.firstDay(period);
            LocalDate last = first.plusMonths(1).minusDays(1);
            LocalDate a = from.isAfter(first) ? from : first;
            LocalDate b = to.isBefore(last) ? to : last;
            return a.isAfter(b) ? 0 : (ChronoUnit.DAYS.between(a, b) + 1) / (double) Period.daysIn(period);
        }

        void simulate(Industry industry, Panel.Builder out, List<FaultLabel> labels) {
            double head0 = Math.min(3000, Math.max(3, Math.exp(Math.log(35) + 1.0 * r.nextGaussian())));
            double perHead = Math.exp(Math.log(2.5) + 0.5 * r.nextGaussian());
            double level = head0 * perHead;
            double growth = (0.06 + 0.12 * r.nextGaussian()) / 12;
            double noise = uniform(0.05, 0.3);
            double powerNoise = uniform(0.04, 0.15);
            double depth = switch (type) {
                case MAKER -> uniform(0.25, 0.65);
                case SERVICE -> uniform(0.05, 0.35);
                case PROJECT -> uniform(0, 0.2);
            };
            int before = 3 + r.nextInt(10);
            int after = 7 + r.nextInt(19);
            double intensity = type == Type.MAKER ? uniform(150, 900) : uniform(80, 250);
            double taxRate = uniform(0.02, 0.09);
            boolean quarterly = r.nextDouble() < p.quarterlyTax() * (head0 < 50 ? 1.6 : 0.5);
            boolean turnover = r.nextDouble() < p.turnover() * (type == Type.MAKER ? 1.3 : 0.6);
            double turnoverDepth = uniform(0.05, 0.22);
            int bigContract = r.nextDouble() < p.bigContract() ? r.nextInt(months) : -1;
            double bigFactor = uniform(2.5, 6);
            double tau = uniform(3, 10);
            int taxFree = 6 + r.nextInt(13);

            // The fault, if any.
            FaultKind fault = null;
            int onset = -1;
            int firstReport = Math.max(0, registered + r.nextInt(3));
            int earliest = Math.max(15, firstReport + 15);
            if (r.nextDouble() < p.faultShare() && earliest <= months - 3) {
                fault = FaultKind.values()[r.nextInt(FaultKind.values().length)];
                onset = earliest + r.nextInt(months - 3 - earliest + 1);
            }
            double a = uniform(0, 1);
            double b = uniform(0, 1);
            double c = uniform(0, 1);
            int duration = 5 + r.nextInt(8);
            int stopAfter = r.nextDouble() < 0.6 ? 1 + r.nextInt(6) : Integer.MAX_VALUE;
            int declineMonths = 8 + r.nextInt(9);
            double declineRate = uniform(0.04, 0.09);
            if (fault == FaultKind.TAX_ARREARS && quarterly) {
                duration = Math.max(duration, 7);
            }
            if (fault != null) {
                int end = switch (fault) {
                    case TAX_ARREARS -> Math.min(months - 1, onset + duration - 1) + start;
                    default -> FaultLabel.OPEN;
                };
                labels.add(new FaultLabel(code, fault, start + onset, end));
            }

            double[] liability = new double[months];
            double turnoverLeft = 1;
            double head = head0;
            int gapLeft = 0;
            for (int t = 0; t < months; t++) {
                int period = start + t;
                int age = t - registered;
                double ramp = age < 0 ? 0 : registered >= -12 ? 1 - Math.exp(-(age + 1) / tau) : 1;
                double festival = stop(period, before, after);
                double trend = Math.exp(growth * t) * industry.factor[t] * industry.season(period);
                double rev;
                if (type == Type.PROJECT) {
                    rev = r.nextDouble() < 0.22
                            ? level * 4.5 * Math.exp(0.5 * r.nextGaussian() - 0.125)
                            : level * 0.03 * r.nextDouble();
                    rev *= Math.exp(growth * t);
                } else {
                    double sd = noise * (ramp < 0.8 ? 1.5 : 1);
                    rev = level * trend * (1 - depth * festival) * Math.exp(sd * r.nextGaussian() - sd * sd / 2);
                    if (t == bigContract) {
                        rev *= bigFactor;
                    }
                }
                rev *= ramp;
                // Staff: a slow drift with the firm's growth; turnover after the festival, coming back.
                head = head * Math.exp(growth / 2 + 0.01 * r.nextGaussian());
                if (turnover
                        && Period.month(period)
                                == calendar.date(Period.year(period)).getMonthValue() + 1) {
                    turnoverLeft = 1 - turnoverDepth * uniform(0.6, 1.0);
                } else {
                    turnoverLeft = Math.min(1, turnoverLeft + (1 - turnoverLeft) * 0.55 + 0.01);
                }
                double staff = head * turnoverLeft * (0.3 + 0.7 * ramp);
                double production = type == Type.MAKER
                        ? level * trend * (1 - Math.min(0.95, depth * 1.15) * festival) * ramp * intensity
                        : staff
                                * intensity
                                * (1 - 0.5 * festival)
                                * (Period.month(period) == 7 || Period.month(period) == 8 ? 1.15 : 1);
                double power = production * Math.exp(powerNoise * r.nextGaussian());
                double taxLiability = rev * taxRate * Math.exp(0.1 * r.nextGaussian());

                boolean reports = age >= 0 && t >= firstReport;
                if (fault != null && t >= onset) {
                    int k = t - onset;
                    switch (fault) {
                        case SHUTDOWN -> {
                            rev *= 0.05 * a;
                            power *= 0.02 + 0.1 * b;
                            staff *= k == 0 ? 0.5 : 0.15 * c;
                            taxLiability = 0;
                            reports &= k < stopAfter;
                        }
                        case DECLINE -> {
                            int n = Math.min(k + 1, declineMonths);
                            rev *= Math.pow(1 - declineRate, n);
                            power *= Math.pow(1 - declineRate * (0.6 + 0.4 * a), n);
                            staff *= Math.pow(1 - declineRate * (0.3 + 0.5 * b), n);
                            taxLiability *= Math.pow(1 - declineRate, n);
                        }
                        case LAYOFFS -> {
                            double cut = 0.35 + 0.35 * a;
                            staff *= k == 0 ? Math.sqrt(cut) : cut;
                            rev *= 0.75 + 0.25 * b;
                            power *= 0.7 + 0.3 * c;
                            taxLiability *= 0.75 + 0.25 * b;
                        }
                        case TAX_ARREARS -> {}
                        case CONTRADICTION -> {
                            power *= 0.1 + 0.3 * a;
                            staff *= 0.85 + 0.15 * b;
                        }
                        case REPORTS_STOP -> reports = false;
                        case SHARP_DROP -> {
                            double drop = 0.15 + 0.35 * a;
                            rev *= drop;
                            power *= 0.3 + 0.4 * b;
                            staff *= 0.8 + 0.2 * c;
                            taxLiability *= drop;
                        }
                    }
                }
                liability[t] = taxLiability;
                double tax;
                if (age < taxFree && registered >= -12) {
                    tax = 0;
                } else if (quarterly) {
                    int m = Period.month(period);
                    tax = m % 3 == 1 && t >= 3 ? liability[t - 1] + liability[t - 2] + liability[t - 3] : 0;
                    tax = m % 3 == 1 && t < 3 ? 3 * taxLiability : tax;
                } else {
                    tax = t == 0 ? taxLiability : liability[t - 1];
                    if (r.nextDouble() < 0.015) {
                        tax = 0;
                    }
                }
                if (fault == FaultKind.TAX_ARREARS && t >= onset && t < onset + duration) {
                    tax = 0;
                }
                if (fault == FaultKind.SHUTDOWN && t > onset) {
                    tax = 0;
                }
                if (gapLeft > 0) {
                    gapLeft--;
                    reports = false;
                } else if (reports && t > firstReport) {
                    double u = r.nextDouble();
                    if (u < p.lateReport()) {
                        reports = false;
                    } else if (u < p.lateReport() * 1.125) {
                        reports = false;
                        gapLeft = 1;
                    }
                }
                if (reports) {
                    out.row(
                            code,
                            period,
                            Math.round(rev * 100) / 100.0,
                            Math.round(tax * 10000) / 10000.0,
                            Math.max(0, Math.round(staff)),
                            Math.round(power));
                }
            }
        }
    }
}
