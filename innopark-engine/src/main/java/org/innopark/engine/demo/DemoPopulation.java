package org.innopark.engine.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.innopark.engine.registry.CarrierType;
import org.innopark.engine.registry.Level;
import org.innopark.engine.registry.Qualification;
import org.innopark.engine.registry.QualificationType;

/**
 * Generates a deterministic demo population of parks, enterprises and everything around them, and streams it into a
 * {@link DemoSink} in the order the sink's documentation guarantees.
 *
 * <p>The eight parks are real national high-tech zones; enterprises are divided among them in proportion to their
 * sizes. Enterprises are simulated one at a time and forgotten once emitted (only a bounded sample per park is kept
 * to host platforms and sign contracts), so a million enterprises need no more memory than a thousand.
 *
 * <p>The population is calibrated to 长春高新区's published figures (see {@code calibration.tsv}): at
 * {@link #fullSizeEnterprises()} enterprises the park has about 2,400 enterprises and about 608 high-tech
 * enterprises, 400 SRDI enterprises, 733 registered technology-based SMEs, 40 incubators and 1,403 technology
 * contracts in the last year; other sizes scale in proportion. Qualifications are never assigned to reach a count:
 * each is derived from the enterprise's own figures by the rules in {@link QualificationAwards}.
 */
public final class DemoPopulation {

    /**
     * The number of enterprises (all parks together) at which the calibrated park, 长春高新区, reaches the size its
     * published figures describe.
     */
    public static int fullSizeEnterprises() {
        Calibration calibration = Calibration.get();
        return calibration.fullSize()
                * ParkCatalogue.totalWeight()
                / ParkCatalogue.calibrated().weight();
    }

    /** The code of the park the population is calibrated to. */
    public static String calibratedParkCode() {
        return Calibration.get().parkCode();
    }

    /**
     * Generates the population the spec describes into the sink.
     *
     * @return exact counts of what was emitted
     */
    public DemoSummary generate(DemoSpec spec, DemoSink sink) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(sink, "sink");
        Tally tally = new Tally();
        List<ParkCatalogue.Profile> parks = ParkCatalogue.PARKS;
        for (ParkCatalogue.Profile p : parks) {
            sink.park(p.park());
            tally.parks++;
        }
        for (ParkCatalogue.Profile p : parks) {
            p.subParks().forEach(s -> {
                sink.subPark(s);
                tally.subParks++;
            });
        }

        long[] shares = ParkCatalogue.apportion(spec.enterprises());
        QualificationAwards awards = new QualificationAwards(spec);
        CreditHistory credit = new CreditHistory(spec);
        LocalDate end = LocalDate.of(spec.lastYear(), 12, 31);
        List<ParkAssets> assets = new ArrayList<>();
        List<ParkTally> parkTallies = new ArrayList<>();
        long index = 0;
        for (int i = 0; i < parks.size(); i++) {
            ParkCatalogue.Profile park = parks.get(i);
            ParkAssets parkAssets = new ParkAssets(park, i, shares[i], spec);
            ParkTally pt = new ParkTally(park.code());
            for (long local = 0; local < shares[i]; local++, index++) {
                Firm firm = FirmSimulation.simulate(park, index, local, spec);
                sink.enterprise(firm.enterprise);
                sink.business(BusinessTexts.of(firm, spec));
                tally.enterprises++;
                pt.enterprises++;
                for (int y = firm.firstEmittedYear; y <= firm.lastYear; y++) {
                    sink.report(firm.report(y));
                    tally.reports++;
                }
                List<Qualification> qualifications = awards.award(firm);
                for (Qualification q : qualifications) {
                    sink.qualification(q);
                    tally.qualifications++;
                }
                pt.count(qualifications, end);
                credit.emit(firm, qualifications, sink::creditRecord, sink::declaredAssessment);
                parkAssets.offer(firm, Names.brand(local));
            }
            assets.add(parkAssets);
            parkTallies.add(pt);
        }

        for (int i = 0; i < assets.size(); i++) {
            ParkTally pt = parkTallies.get(i);
            assets.get(i).platforms(p -> {
                sink.platform(p);
                tally.platforms++;
                pt.platforms++;
            });
        }
        for (int i = 0; i < assets.size(); i++) {
            ParkTally pt = parkTallies.get(i);
            assets.get(i).carriers(c -> {
                sink.carrier(c);
                tally.carriers++;
                if (c.type() == CarrierType.INCUBATOR) {
                    pt.incubators++;
                }
            });
        }
        for (ParkAssets a : assets) {
            a.talents(t -> {
                sink.talent(t);
                tally.talents++;
            });
        }
        for (ParkAssets a : assets) {
            a.projects(p -> {
                sink.project(p);
                tally.projects++;
            });
        }
        for (int i = 0; i < assets.size(); i++) {
            ParkAssets.ContractTotals totals = assets.get(i).contracts(c -> {
                sink.contract(c);
                tally.contracts++;
            });
            parkTallies.get(i).contracts = totals.count;
            parkTallies.get(i).turnover = totals.turnover;
        }

        credit.coverage(sink::coverage);

        return new DemoSummary(
                spec,
                tally.parks,
                tally.subParks,
                tally.enterprises,
                tally.reports,
                tally.qualifications,
                tally.platforms,
                tally.carriers,
                tally.talents,
                tally.projects,
                tally.contracts,
                parkTallies.stream().map(ParkTally::figures).toList());
    }

    private static final class Tally {
        long parks;
        long subParks;
        long enterprises;
        long reports;
        long qualifications;
        long platforms;
        long carriers;
        long talents;
        long projects;
        long contracts;
    }

    private static final class ParkTally {
        final String code;
        long enterprises;
        long highTech;
        long techSmes;
        long littleGiants;
        long srdiProvincial;
        long srdiMunicipal;
        long incubators;
        long platforms;
        long contracts;
        BigDecimal turnover = BigDecimal.ZERO.setScale(2);

        ParkTally(String code) {
            this.code = code;
        }

        /** Counts the enterprise once per figure, from the qualifications valid on the day. */
        void count(List<Qualification> qualifications, LocalDate day) {
            if (QualificationAwards.validOn(qualifications, QualificationType.HIGH_TECH, day)) {
                highTech++;
            }
            if (QualificationAwards.validOn(qualifications, QualificationType.TECH_SME, day)) {
                techSmes++;
            }
            Level srdi = QualificationAwards.srdiLevel(qualifications, day);
            if (srdi == Level.NATIONAL) {
                littleGiants++;
            } else if (srdi == Level.PROVINCIAL) {
                srdiProvincial++;
            } else if (srdi == Level.MUNICIPAL) {
                srdiMunicipal++;
            }
        }

        DemoSummary.ParkFigures figures() {
            return new DemoSummary.ParkFigures(
                    code,
                    enterprises,
                    highTech,
                    techSmes,
                    littleGiants + srdiProvincial + srdiMunicipal,
                    littleGiants,
                    srdiProvincial,
                    srdiMunicipal,
                    incubators,
                    platforms,
                    contracts,
                    turnover);
        }
    }
}
