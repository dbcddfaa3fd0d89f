package org.innopark.engine.chain;

import java.util.List;

/** A recommended target enterprise: its rank, score, the nodes it fills, and the contributions that make the score. */
public record Target(
        int rank,
        String creditCode,
        String name,
        String industry,
        String city,
        double revenueYuan,
        double score,
        List<String> nodes,
        List<Contribution> contributions)
        implements java.io.Serializable {

    public Target {
        nodes = List.copyOf(nodes);
        contributions = List.copyOf(contributions);
    }

    /** The same target at another rank (when part lists are merged). */
    public Target withRank(int newRank) {
        return new Target(newRank, creditCode, name, industry, city, revenueYuan, score, nodes, contributions);
    }

    /** The explanation in one line: the contributions that add points, largest first, joined by '；'. */
    public String explanationZh() {
        return String.join(
                "；",
                contributions.stream()
                        .filter(c -> c.points() > 0.005 && !c.textZh().isEmpty())
                        .sorted((a, b) -> Double.compare(b.points(), a.points()))
                        .map(Contribution::textZh)
                        .toList());
    }
}
