package org.innopark.engine.chain;

import java.util.List;

/**
 * An enterprise of the park as the chain analysis sees it: its figures of the latest report year and the nodes of one
 * chain it is placed on.
 *
 * @param revenue 营业收入 in yuan (0 when unknown)
 * @param rd 研发费用 in yuan (0 when unknown)
 * @param arrivedOn 入驻日期, null when unknown (taken as always in the park)
 * @param departedOn 迁出日期, null while in the park
 */
public record ParkFirm(
        String creditCode,
        String name,
        String industry,
        double revenue,
        double rd,
        boolean highTech,
        boolean srdi,
        boolean littleGiant,
        java.time.LocalDate arrivedOn,
        java.time.LocalDate departedOn,
        List<NodeAssignment> nodes) {

    public ParkFirm {
        nodes = List.copyOf(nodes);
    }

    /** Whether it was in the park on the day (arrived by then and not yet departed). */
    public boolean presentOn(java.time.LocalDate day) {
        return (arrivedOn == null || !arrivedOn.isAfter(day)) && (departedOn == null || departedOn.isAfter(day));
    }

    public boolean on(String nodeId) {
        return nodes.stream().anyMatch(a -> a.nodeId().equals(nodeId));
    }
}
