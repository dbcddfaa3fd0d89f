package org.innopark.engine.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places an enterprise on the nodes of one chain from its industry code, the product terms of its 主营产品/经营范围
 * and its patents' IPC classes, each placement with its evidence; then applies the analysts' decisions.
 *
 * <p>Rule: a node is matched by the industry code when one of its industry mappings is a prefix of the enterprise's
 * code (strength 1 for the same 小类, 0.7 for a 中类, 0.4 for a 大类, times 0.5 when the mapping is not confirmed or
 * partial); by text when the text names one of its products (0.8); by patents when a patent's IPC subclass is one of
 * its IPC classes (0.5). When the text or the patents point to some nodes, nodes matched by the industry code alone
 * are dropped: one code (3841) covers several nodes (电芯, 储能系统), and the products tell which. An analyst's
 * rejection removes a node; a confirmation marks it; an addition places the enterprise on a node the rules missed.
 */
public final class NodeMatcher {

    private final IndustryChain chain;
    private final Map<String, List<ChainNode>> byProduct = new HashMap<>();

    public NodeMatcher(IndustryChain chain) {
        this.chain = chain;
        for (ChainNode n : chain.mappableNodes()) {
            for (String p : n.products()) {
                byProduct.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
            }
        }
    }

    public IndustryChain chain() {
        return chain;
    }

    /**
     * The nodes of the chain the enterprise belongs on.
     *
     * @param industry its GB/T 4754 code (2 to 4 digits), or null
     * @param terms the product terms found in its text (see {@link ProductDictionary})
     * @param ipc its patents' IPC symbols (any form: H01M, H01M 10/0525)
     * @param decisions the analysts' decisions for this enterprise and chain
     */
    public List<NodeAssignment> match(
            String industry, Collection<String> terms, Collection<String> ipc, Collection<AnalystDecision> decisions) {
        Map<String, List<NodeEvidence>> evidence = new LinkedHashMap<>();
        Set<String> specific = new HashSet<>();
        for (String term : terms) {
            for (ChainNode n : byProduct.getOrDefault(term, List.of())) {
                add(evidence, n.id(), MappingBasis.PRODUCT, "含“" + term + "”", 0.8);
                specific.add(n.id());
            }
        }
        Set<String> subclasses = new HashSet<>();
        for (String symbol : ipc) {
            ChainCodes.ipcSubclass(symbol).ifPresent(subclasses::add);
        }
        if (!subclasses.isEmpty()) {
            for (ChainNode n : chain.mappableNodes()) {
                for (ChainMapping m : n.ipc()) {
                    String sub = m.code().substring(0, 4);
                    if (subclasses.contains(sub)) {
                        add(
                                evidence,
                                n.id(),
                                MappingBasis.PATENT,
                                sub + " " + ChainCodes.ipcTitle(sub).orElse(""),
                                0.5);
                        specific.add(n.id());
                        break;
                    }
                }
            }
        }
        if (industry != null && !industry.isEmpty()) {
            for (ChainNode n : chain.mappableNodes()) {
                for (ChainMapping m : n.industries()) {
                    if (m.coversIndustry(industry)) {
                        double s = m.code().length() >= 4 ? 1.0 : m.code().length() == 3 ? 0.7 : 0.4;
                        if (m.confidence() != org.innopark.engine.rules.Confidence.CONFIRMED
                                && m.confidence() != org.innopark.engine.rules.Confidence.PARTIAL) {
                            s *= 0.5;
                        }
                        String detail = industry + " "
                                + ChainCodes.industryName(industry).orElse("")
                                + (m.code().equals(industry) ? "" : "(属" + m.code() + ")");
                        if (specific.isEmpty() || specific.contains(n.id())) {
                            add(evidence, n.id(), MappingBasis.INDUSTRY, detail.strip(), s);
                        }
                        break;
                    }
                }
            }
        }
        Set<String> confirmed = new HashSet<>();
        for (AnalystDecision d : decisions) {
            if (!d.chainId().equals(chain.id())) {
                continue;
            }
            switch (d.verb()) {
                case REJECT -> evidence.remove(d.nodeId());
                case CONFIRM -> confirmed.add(d.nodeId());
                case ADD -> {
                    if (chain.node(d.nodeId()).isPresent()) {
                        add(evidence, d.nodeId(), MappingBasis.ANALYST, d.note() == null ? "" : d.note(), 1.0);
                        confirmed.add(d.nodeId());
                    }
                }
            }
        }
        List<NodeAssignment> out = new ArrayList<>();
        evidence.forEach((node, ev) -> out.add(new NodeAssignment(node, ev, confirmed.contains(node))));
        return out;
    }

    private static void add(
            Map<String, List<NodeEvidence>> evidence, String node, MappingBasis basis, String detail, double strength) {
        evidence.computeIfAbsent(node, k -> new ArrayList<>()).add(new NodeEvidence(node, basis, detail, strength));
    }
}
