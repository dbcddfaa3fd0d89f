package org.innopark.engine.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What {@link DemoPopulation#generate} emitted: exact counts of every kind of record, and headline figures per park.
 * The counts are taken from the records as they were emitted, so they equal what a sink that stores everything holds.
 *
 * @param spec the spec the population was generated from
 * @param perPark the headline figures of each park, in the order the parks were emitted
 */
public record DemoSummary(
        DemoSpec spec,
        long parks,
        long subParks,
        long enterprises,
        long reports,
        long qualifications,
        long platforms,
        long carriers,
        long talents,
        long projects,
        long contracts,
        List<ParkFigures> perPark) {

    public DemoSummary {
        perPark = List.copyOf(perPark);
    }

    /** The figures of one park. */
    public ParkFigures park(String parkCode) {
        return perPark.stream()
                .filter(p -> p.parkCode().equals(parkCode))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no park " + parkCode));
    }

    /**
     * One park's headline figures. "Valid" means valid on 31 December of the spec's last year; an enterprise is
     * counted once in each figure however many certificates it holds.
     *
     * @param enterprises enterprises registered in the park
     * @param highTech enterprises holding a valid 高新技术企业 certificate
     * @param techSmes enterprises holding a valid 科技型中小企业 registration (入库) of the last year
     * @param srdi enterprises holding a valid 专精特新中小企业 or 专精特新"小巨人" qualification; each is counted once,
     *     at its highest level, in exactly one of {@code littleGiants}, {@code srdiProvincial}, {@code srdiMunicipal}
     * @param littleGiants enterprises holding a valid national 专精特新"小巨人" qualification
     * @param srdiProvincial enterprises whose highest valid SRDI qualification is provincial
     * @param srdiMunicipal enterprises whose highest valid SRDI qualification is municipal
     * @param incubators carriers of type 孵化器
     * @param platforms innovation platforms of every type and level
     * @param contracts technology contracts registered in the last year
     * @param contractTurnover their total amount (成交额), in yuan
     */
    public record ParkFigures(
            String parkCode,
            long enterprises,
            long highTech,
            long techSmes,
            long srdi,
            long littleGiants,
            long srdiProvincial,
            long srdiMunicipal,
            long incubators,
            long platforms,
            long contracts,
            BigDecimal contractTurnover) {}
}
