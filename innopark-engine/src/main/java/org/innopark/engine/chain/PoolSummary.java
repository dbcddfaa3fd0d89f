package org.innopark.engine.chain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a target ranking needs of the whole national pool along one chain, in counts: its firms per city and industry
 * (the regions and industries of {@link Relatedness}), per industry (the reference of the location quotients and the
 * RCA), per mappable node (the coverage's national reference) and in all. Counts of parts of the pool add up to the
 * counts of the whole ({@link #plus}), so a pool spread over many machines is summed part by part and every part
 * then ranks against the same whole. Keys are kept sorted: the order the relatedness sums its terms in does not
 * depend on the order the firms came in.
 */
public final class PoolSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<String, TreeMap<String, Integer>> byCityIndustry;
    private final TreeMap<String, Integer> byNode;
    private final long size;

    private PoolSummary(
            TreeMap<String, TreeMap<String, Integer>> byCityIndustry, TreeMap<String, Integer> byNode, long size) {
        this.byCityIndustry = byCityIndustry;
        this.byNode = byNode;
        this.size = size;
    }

    /** Nothing counted yet. */
    public static PoolSummary empty() {
        return new PoolSummary(new TreeMap<>(), new TreeMap<>(), 0);
    }

    /** The counts of a pool (or of a part of one) seen along a chain. */
    public static PoolSummary of(CandidatePool pool, PoolChainView view) {
        TreeMap<String, TreeMap<String, Integer>> cells = new TreeMap<>();
        for (int i = 0; i < pool.size; i++) {
            cells.computeIfAbsent(pool.cities.get(pool.city[i]).name(), k -> new TreeMap<>())
                    .merge(pool.industries.get(pool.industry[i]), 1, Integer::sum);
        }
        return new PoolSummary(
                cells, view == null ? new TreeMap<>() : new TreeMap<>(pool.firmsByNode(view)), pool.size);
    }

    /** The counts of this part and another together. */
    public PoolSummary plus(PoolSummary other) {
        TreeMap<String, TreeMap<String, Integer>> cells = new TreeMap<>();
        for (PoolSummary s : List.of(this, other)) {
            s.byCityIndustry.forEach((city, m) -> {
                TreeMap<String, Integer> row = cells.computeIfAbsent(city, k -> new TreeMap<>());
                m.forEach((industry, n) -> row.merge(industry, n, Integer::sum));
            });
        }
        TreeMap<String, Integer> nodes = new TreeMap<>(byNode);
        other.byNode.forEach((node, n) -> nodes.merge(node, n, Integer::sum));
        return new PoolSummary(cells, nodes, size + other.size);
    }

    /** Firms in the pool. */
    public long size() {
        return size;
    }

    /** Every industry code of the pool, sorted. */
    public List<String> industries() {
        TreeSet<String> all = new TreeSet<>();
        byCityIndustry.values().forEach(m -> all.addAll(m.keySet()));
        return new ArrayList<>(all);
    }

    /** Every city of the pool, sorted, each with its firms per industry code. */
    public Map<String, ? extends Map<String, Integer>> byCityIndustry() {
        return java.util.Collections.unmodifiableMap(byCityIndustry);
    }

    /** Firms per industry code. */
    public Map<String, Integer> byIndustry() {
        TreeMap<String, Integer> out = new TreeMap<>();
        byCityIndustry.values().forEach(m -> m.forEach((k, v) -> out.merge(k, v, Integer::sum)));
        return out;
    }

    /** Firms per mappable node of the chain. */
    public Map<String, Integer> byNode() {
        return java.util.Collections.unmodifiableMap(byNode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoolSummary s
                && s.size == size
                && s.byNode.equals(byNode)
                && s.byCityIndustry.equals(byCityIndustry);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + byNode.hashCode();
    }
}
