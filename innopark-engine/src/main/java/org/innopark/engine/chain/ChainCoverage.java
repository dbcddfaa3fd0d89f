package org.innopark.engine.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A park's coverage and gaps along one chain: per mappable node the firms, revenue, R&D, 高企 / 专精特新 / 小巨人
 * counts, the 链主, the location quotient against the national candidate pool, and the class with its reason.
 *
 * <p>Classes (thresholds from {@link TargetingRules}): no firm on the node is 延链 (missing); a location quotient of
 * at least {@code strongLocationQuotient} with at least {@code strongMinFirms} firms, or a 链主 with a location
 * quotient of at least 1, is 强链 (strong); anything else is 补链 (weak).
 */
public final class ChainCoverage {

    private final IndustryChain chain;
    private final Map<String, NodeCoverage> nodes;
    private final int parkFirms;

    private ChainCoverage(IndustryChain chain, Map<String, NodeCoverage> nodes, int parkFirms) {
        this.chain = chain;
        this.nodes = nodes;
        this.parkFirms = parkFirms;
    }

    /**
     * @param firms the park's enterprises placed on the chain (those on no node may be left out)
     * @param parkTotal every enterprise of the park (the denominator of the location quotient)
     * @param poolByNode pool firms per node id
     * @param poolTotal every firm of the pool
     */
    public static ChainCoverage of(
            IndustryChain chain,
            List<ParkFirm> firms,
            int parkTotal,
            Map<String, Integer> poolByNode,
            int poolTotal,
            TargetingRules rules) {
        Map<String, NodeCoverage> out = new LinkedHashMap<>();
        for (ChainNode n : chain.mappableNodes()) {
            List<ParkFirm> on = firms.stream().filter(f -> f.on(n.id())).toList();
            double revenue = on.stream().mapToDouble(ParkFirm::revenue).sum();
            double rd = on.stream().mapToDouble(ParkFirm::rd).sum();
            int highTech = (int) on.stream().filter(ParkFirm::highTech).count();
            int srdi = (int) on.stream().filter(ParkFirm::srdi).count();
            int giants = (int) on.stream().filter(ParkFirm::littleGiant).count();
            List<NodeCoverage.Anchor> anchors = on.stream()
                    .filter(f -> f.revenue() >= rules.anchorRevenueYuan())
                    .sorted(Comparator.comparingDouble(ParkFirm::revenue).reversed())
                    .limit(rules.anchorsPerNode())
                    .map(f -> new NodeCoverage.Anchor(f.creditCode(), f.name(), f.revenue()))
                    .toList();
            int pool = poolByNode.getOrDefault(n.id(), 0);
            double lq = pool == 0 || parkTotal == 0 || poolTotal == 0
                    ? Double.NaN
                    : ((double) on.size() / parkTotal) / ((double) pool / poolTotal);
            NodeStrength strength;
            String reason;
            String lqText = Double.isNaN(lq) ? "全国候选库无可比企业" : String.format(Locale.ROOT, "区位熵%.2f", lq);
            if (on.isEmpty()) {
                strength = NodeStrength.MISSING;
                reason = "本区无该环节企业(全国候选库" + pool + "家)，需延链引进";
            } else if (!Double.isNaN(lq)
                    && ((lq >= rules.strongLocationQuotient() && on.size() >= rules.strongMinFirms())
                            || (!anchors.isEmpty() && lq >= 1))) {
                strength = NodeStrength.STRONG;
                reason = "本区" + on.size() + "家，" + lqText + "≥"
                        + (anchors.isEmpty() ? format(rules.strongLocationQuotient()) : "1")
                        + (anchors.isEmpty() ? "" : "，有链主" + anchors.get(0).name()) + "，为强链环节";
            } else {
                strength = NodeStrength.WEAK;
                List<String> why = new ArrayList<>();
                if (Double.isNaN(lq) || lq < rules.strongLocationQuotient()) {
                    why.add(lqText + (Double.isNaN(lq) ? "" : "<" + format(rules.strongLocationQuotient())));
                }
                if (on.size() < rules.strongMinFirms()) {
                    why.add("仅" + on.size() + "家(<" + rules.strongMinFirms() + ")");
                }
                if (anchors.isEmpty()) {
                    why.add("无营收" + format(rules.anchorRevenueYuan() / 1e8) + "亿元以上链主");
                }
                reason = "本区" + on.size() + "家，" + String.join("，", why) + "，需补链";
            }
            out.put(
                    n.id(),
                    new NodeCoverage(
                            n, on.size(), revenue, rd, highTech, srdi, giants, anchors, pool, lq, strength, reason));
        }
        return new ChainCoverage(chain, out, parkTotal);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    public IndustryChain chain() {
        return chain;
    }

    public int parkFirms() {
        return parkFirms;
    }

    /** Every mappable node's coverage, in file order. */
    public List<NodeCoverage> nodes() {
        return List.copyOf(nodes.values());
    }

    public NodeCoverage node(String id) {
        return nodes.get(id);
    }

    /** The 链主 of the nodes supplying or buying from the node, with the direction: the adjacency of a target. */
    public List<String> anchorRelations(String nodeId) {
        List<String> out = new ArrayList<>();
        for (String customer : chain.customersOf(nodeId)) {
            NodeCoverage c = nodes.get(customer);
            if (c != null && !c.anchors().isEmpty()) {
                out.add("为链主" + c.anchors().get(0).name() + "的上游供应商");
            }
        }
        for (String supplier : chain.suppliersOf(nodeId)) {
            NodeCoverage c = nodes.get(supplier);
            if (c != null && !c.anchors().isEmpty()) {
                out.add("为链主" + c.anchors().get(0).name() + "的下游客户");
            }
        }
        return out;
    }
}
