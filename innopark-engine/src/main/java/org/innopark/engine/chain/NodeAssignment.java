package org.innopark.engine.chain;

import java.util.List;

/**
 * An enterprise placed on a chain node, with every piece of evidence, and whether an analyst confirmed it.
 *
 * @param confirmed an analyst confirmed the mapping (or added it)
 */
public record NodeAssignment(String nodeId, List<NodeEvidence> evidence, boolean confirmed) {

    public NodeAssignment {
        evidence = List.copyOf(evidence);
    }

    /** The evidence in words, joined by '；'. */
    public String evidenceZh() {
        return String.join("；", evidence.stream().map(NodeEvidence::zh).toList());
    }

    public double strength() {
        return evidence.stream().mapToDouble(NodeEvidence::strength).sum();
    }
}
