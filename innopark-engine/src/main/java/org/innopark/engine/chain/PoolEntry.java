package org.innopark.engine.chain;

import java.time.LocalDate;
import java.util.List;

/**
 * One firm of the national candidate pool as imported or generated, before its texts are segmented: the registry's
 * fields (name, credit code, industry, city, dates, size, qualifications, texts), whether it is on a bad list, its
 * expansion signals and (when known) its move into a park.
 *
 * @param registeredCapitalYuan 注册资本 in yuan, 0 when unknown
 * @param revenueYuan 营业收入 in yuan, 0 when unknown
 * @param growth revenue growth on the year before (0.12 = 12 %)
 */
public record PoolEntry(
        String creditCode,
        String name,
        String industry,
        String city,
        LocalDate registrationDate,
        double registeredCapitalYuan,
        double revenueYuan,
        double growth,
        int employees,
        boolean highTech,
        boolean srdi,
        boolean littleGiant,
        boolean badList,
        String mainProducts,
        String businessScope,
        List<CandidatePool.Signal> signals,
        String movedToPark,
        LocalDate movedOn) {

    public PoolEntry {
        signals = List.copyOf(signals);
    }

    /** The texts the product terms are found in. */
    public String text() {
        return (mainProducts == null ? "" : mainProducts) + "\n" + (businessScope == null ? "" : businessScope);
    }
}
