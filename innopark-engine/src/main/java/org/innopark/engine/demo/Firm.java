package org.innopark.engine.demo;

import java.time.LocalDate;
import org.innopark.engine.registry.AnnualReport;
import org.innopark.engine.registry.CreditCode;
import org.innopark.engine.registry.Enterprise;
import org.innopark.engine.registry.ListingBoard;
import org.innopark.engine.registry.ReportField;

/**
 * One simulated enterprise: its registry record, the annual reports of every simulated year (including a few years
 * before the reporting window, which the qualification rules look back on but which are not emitted), and the
 * traits that the figures alone do not show (management quality, niche leadership, …).
 */
final class Firm {

    final long index;
    final ParkCatalogue.Profile park;
    final Enterprise enterprise;
    final Traits traits;
    /** First simulated year (the first year it filed figures, or the start of the look-back). */
    final int firstYear;
    /** First year whose report is emitted. */
    final int firstEmittedYear;
    /** Last year it filed a report (before the spec's last year when it stopped reporting). */
    final int lastYear;

    final LocalDate listedOn;
    private final AnnualReport[] reports;

    /** What an assessor would learn beyond the annual figures; drawn once per enterprise. */
    record Traits(
            double innovation,
            double management,
            double digital,
            boolean nicheLeader,
            boolean ownLab,
            double applies) {}

    Firm(
            long index,
            ParkCatalogue.Profile park,
            Enterprise enterprise,
            Traits traits,
            int firstYear,
            int firstEmittedYear,
            int lastYear,
            LocalDate listedOn,
            AnnualReport[] reports) {
        this.index = index;
        this.park = park;
        this.enterprise = enterprise;
        this.traits = traits;
        this.firstYear = firstYear;
        this.firstEmittedYear = firstEmittedYear;
        this.lastYear = lastYear;
        this.listedOn = listedOn;
        this.reports = reports;
    }

    CreditCode code() {
        return enterprise.creditCode();
    }

    LocalDate registered() {
        return enterprise.registrationDate();
    }

    ListingBoard board() {
        return enterprise.listingBoard();
    }

    boolean listedBy(int year) {
        return listedOn != null && listedOn.getYear() <= year;
    }

    /** The report of the year, or null when it did not file one. */
    AnnualReport report(int year) {
        return year < firstYear || year > lastYear ? null : reports[year - firstYear];
    }

    /** A figure of a year; 0 when the year has no report or the figure is absent. */
    double get(int year, ReportField field) {
        AnnualReport r = report(year);
        if (r == null) {
            return 0;
        }
        double v = r.getDouble(field);
        return Double.isNaN(v) ? 0 : v;
    }

    /** The sum of a figure over the years {@code from..to}. */
    double sum(int from, int to, ReportField field) {
        double total = 0;
        for (int y = from; y <= to; y++) {
            total += get(y, field);
        }
        return total;
    }

    /** Whole years between registration and the first day of the year. */
    int ageAt(int year) {
        return year - 1 - registered().getYear() + (registered().getDayOfYear() == 1 ? 1 : 0);
    }
}
