package org.innopark.engine.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innopark.engine.rules.RuleFileHeader;

/**
 * 产业链: a tree of nodes (上游/中游/下游 → segments → products) with supplier→customer edges between them, read from
 * a versioned chain file. A reference list (《战略性新兴产业分类(2018)》, the 国家先进制造业集群) is the same tree
 * without edges.
 */
public final class IndustryChain {

    /** What a file holds: a chain with edges, or a reference list. */
    public enum Kind {
        CHAIN,
        REFERENCE
    }

    /** A supplier→customer edge, read from the given line. */
    public record Edge(String supplier, String customer, int line) {}

    private final RuleFileHeader header;
    private final Kind kind;
    private final Map<String, ChainNode> nodes;
    private final List<Edge> edges;

    IndustryChain(RuleFileHeader header, Kind kind, Map<String, ChainNode> nodes, List<Edge> edges) {
        this.header = header;
        this.kind = kind;
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        this.edges = List.copyOf(edges);
    }

    public RuleFileHeader header() {
        return header;
    }

    public String id() {
        return header.id();
    }

    public String nameZh() {
        return header.nameZh();
    }

    public Kind kind() {
        return kind;
    }

    /** Every node in file order (a parent before its children). */
    public List<ChainNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public Optional<ChainNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public List<Edge> edges() {
        return edges;
    }

    /** The nodes enterprises are mapped to: those naming an industry, a product or an IPC class. */
    public List<ChainNode> mappableNodes() {
        return nodes.values().stream().filter(ChainNode::mappable).toList();
    }

    /** The direct children of a node (of the root when null). */
    public List<ChainNode> children(String parent) {
        List<ChainNode> out = new ArrayList<>();
        for (ChainNode n : nodes.values()) {
            if (parent == null ? n.parent() == null : parent.equals(n.parent())) {
                out.add(n);
            }
        }
        return out;
    }

    /** The nodes supplying the given node. */
    public List<String> suppliersOf(String id) {
        return edges.stream()
                .filter(e -> e.customer().equals(id))
                .map(Edge::supplier)
                .toList();
    }

    /** The nodes the given node supplies. */
    public List<String> customersOf(String id) {
        return edges.stream()
                .filter(e -> e.supplier().equals(id))
                .map(Edge::customer)
                .toList();
    }
}
