package org.innopark.engine.chain;

import java.util.List;

/**
 * A park's coverage of one chain node: its enterprises and their figures, its 链主, the location quotient against the
 * national pool, the class and the reason in words.
 *
 * @param locationQuotient (park firms on the node / park firms) ÷ (pool firms on the node / pool firms); NaN when
 *     the pool has none on the node
 */
public record NodeCoverage(
        ChainNode node,
        int firms,
        double revenue,
        double rd,
        int highTech,
        int srdi,
        int littleGiants,
        List<Anchor> anchors,
        int poolFirms,
        double locationQuotient,
        NodeStrength strength,
        String reason) {

    /** 链主: a leading firm of the node. */
    public record Anchor(String creditCode, String name, double revenue) {}

    public NodeCoverage {
        anchors = List.copyOf(anchors);
    }
}
