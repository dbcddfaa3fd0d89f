package org.innopark.engine.chain;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.innopark.engine.rules.Confidence;
import org.innopark.engine.rules.RuleFileHeader;
import org.innopark.engine.rules.RuleNode;

/**
 * Reads a chain file (format in {@code chains/README.md}) and checks it: every node id once in the file, every
 * industry code in GB/T 4754-2017, every IPC symbol in a listed subclass, every edge between known nodes, no edge
 * from a node to itself and, for a chain (not a reference list) with {@code acyclic: true} (the default), no cycle of
 * supplier→customer edges. Every error names the file and line, and what would be valid.
 */
public final class ChainLoader {

    private static final Set<String> TOP_KEYS = RuleFileHeader.keysAnd("kind", "acyclic", "nodes", "edges");
    private static final Set<String> NODE_KEYS =
            Set.of("id", "name", "stage", "industries", "products", "ipc", "confidence", "source", "note", "children");
    private static final Set<String> MAPPING_KEYS = Set.of("code", "confidence", "source");

    private ChainLoader() {}

    public static IndustryChain load(Path file) {
        return read(RuleNode.parse(file));
    }

    public static IndustryChain load(String file, Reader reader) {
        return read(RuleNode.parse(file, reader));
    }

    static IndustryChain resource(String resource) {
        return read(RuleNode.parseResource(ChainLoader.class.getClassLoader(), resource));
    }

    static IndustryChain read(RuleNode root) {
        root.allowOnly(TOP_KEYS);
        RuleFileHeader header = RuleFileHeader.read(root, RuleFileHeader.Kind.FRAMEWORK);
        IndustryChain.Kind kind =
                root.get("kind").map(n -> n.enumValue(IndustryChain.Kind.class)).orElse(IndustryChain.Kind.CHAIN);
        boolean acyclic = root.get("acyclic").map(RuleNode::bool).orElse(true);
        Map<String, ChainNode> nodes = new LinkedHashMap<>();
        Map<String, RuleNode> where = new HashMap<>();
        for (RuleNode n : root.require("nodes").items()) {
            node(n, null, 0, null, header, kind, nodes, where);
        }
        List<IndustryChain.Edge> edges = new ArrayList<>();
        RuleNode edgeList = root.get("edges").orElse(null);
        if (edgeList != null) {
            if (kind == IndustryChain.Kind.REFERENCE) {
                throw edgeList.error("a reference list has no edges / 参考目录不含上下游关系");
            }
            for (RuleNode e : edgeList.items()) {
                edges.add(edge(e, nodes));
            }
        }
        if (acyclic && kind == IndustryChain.Kind.CHAIN) {
            rejectCycles(root.file(), nodes, edges);
        }
        return new IndustryChain(header, kind, nodes, edges);
    }

    private static void node(
            RuleNode n,
            ChainNode parent,
            int depth,
            ChainStage inherited,
            RuleFileHeader header,
            IndustryChain.Kind kind,
            Map<String, ChainNode> nodes,
            Map<String, RuleNode> where) {
        n.allowOnly(NODE_KEYS);
        RuleNode idNode = n.require("id");
        String id = idNode.text().strip();
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw idNode.error(
                    "'" + id + "': a node id uses letters, digits, '-', '_' and '.' / 节点 id 只能包含字母、数字、-、_、.");
        }
        if (nodes.containsKey(id)) {
            throw idNode.error("duplicate node id '" + id + "', first at line "
                    + where.get(id).line() + " / 节点 id 重复");
        }
        ChainStage stage = inherited;
        RuleNode stageNode = n.get("stage").orElse(null);
        if (stageNode != null) {
            if (parent != null && inherited != null && inherited != ChainStage.NONE) {
                throw stageNode.error("only a top-level node states its stage / 仅顶层节点标注上中下游");
            }
            stage = stageNode.enumValue(ChainStage.class);
        }
        if (stage == null) {
            if (kind == IndustryChain.Kind.CHAIN) {
                throw n.error("a top-level node of a chain states its stage: upstream, midstream or downstream"
                        + " / 产业链顶层节点须标注 stage(upstream 上游, midstream 中游, downstream 下游)");
            }
            stage = ChainStage.NONE;
        }
        Confidence confidence = Confidence.read(n, parent == null ? header.confidence() : parent.confidence());
        String source = n.text("source", parent == null ? header.source() : parent.source())
                .strip();
        List<ChainMapping> industries = new ArrayList<>();
        for (RuleNode m : n.get("industries").map(RuleNode::items).orElse(List.of())) {
            ChainMapping mapping = mapping(m, confidence, source);
            if (ChainCodes.industryName(mapping.code()).isEmpty()) {
                throw m.error("'" + mapping.code() + "' is not a GB/T 4754-2017 industry code (a 大类, 中类 or 小类 of"
                        + " the standard, as listed in " + ChainCodes.INDUSTRY_FILE + ") / 不是GB/T 4754-2017行业代码");
            }
            industries.add(mapping);
        }
        List<ChainMapping> ipc = new ArrayList<>();
        for (RuleNode m : n.get("ipc").map(RuleNode::items).orElse(List.of())) {
            ChainMapping mapping = mapping(m, confidence, source);
            String normalised = mapping.code().toUpperCase(Locale.ROOT);
            if (ChainCodes.ipcSubclass(normalised).isEmpty()) {
                throw m.error("'" + mapping.code() + "' is not an IPC symbol of a subclass listed in "
                        + ChainCodes.IPC_FILE + " (e.g. H01M or H01M 10/0525) / 不是已收录的IPC分类号");
            }
            ipc.add(new ChainMapping(normalised, mapping.confidence(), mapping.source(), mapping.line()));
        }
        List<String> products = new ArrayList<>();
        for (RuleNode p : n.get("products").map(RuleNode::items).orElse(List.of())) {
            String product = p.text().strip();
            if (product.isEmpty()) {
                throw p.error("a product name is empty / 产品名称为空");
            }
            products.add(product);
        }
        ChainNode node = new ChainNode(
                id,
                n.require("name").text().strip(),
                parent == null ? null : parent.id(),
                depth,
                stage,
                industries,
                products,
                ipc,
                confidence,
                source,
                n.text("note", "").strip(),
                n.line());
        nodes.put(id, node);
        where.put(id, idNode);
        for (RuleNode child : n.get("children").map(RuleNode::items).orElse(List.of())) {
            node(child, node, depth + 1, stage, header, kind, nodes, where);
        }
    }

    private static ChainMapping mapping(RuleNode m, Confidence confidence, String source) {
        if (m.isScalar()) {
            return new ChainMapping(m.text().strip(), confidence, source, m.line());
        }
        m.allowOnly(MAPPING_KEYS);
        return new ChainMapping(
                m.require("code").text().strip(),
                Confidence.read(m, confidence),
                m.text("source", source).strip(),
                m.line());
    }

    private static IndustryChain.Edge edge(RuleNode e, Map<String, ChainNode> nodes) {
        String text = e.text();
        int arrow = text.indexOf("->");
        if (arrow < 0) {
            throw e.error("an edge is written 'supplier -> customer', got '" + text + "' / 上下游关系写作 '供应方 -> 客户方'");
        }
        String supplier = text.substring(0, arrow).strip();
        String customer = text.substring(arrow + 2).strip();
        for (String id : List.of(supplier, customer)) {
            if (!nodes.containsKey(id)) {
                throw e.error(
                        "unknown node '" + id + "' / 未知节点; known nodes / 已有节点: " + String.join(", ", nodes.keySet()));
            }
        }
        if (supplier.equals(customer)) {
            throw e.error("an edge from node '" + supplier + "' to itself / 节点不能是自身的上游");
        }
        return new IndustryChain.Edge(supplier, customer, e.line());
    }

    /** Depth-first search; the first edge that closes a cycle is reported with the cycle. */
    private static void rejectCycles(String file, Map<String, ChainNode> nodes, List<IndustryChain.Edge> edges) {
        Map<String, List<IndustryChain.Edge>> out = new HashMap<>();
        for (IndustryChain.Edge e : edges) {
            out.computeIfAbsent(e.supplier(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Integer> state = new HashMap<>();
        for (String start : nodes.keySet()) {
            if (!state.containsKey(start)) {
                List<String> path = new ArrayList<>();
                visit(file, start, out, state, path);
            }
        }
    }

    private static void visit(
            String file,
            String id,
            Map<String, List<IndustryChain.Edge>> out,
            Map<String, Integer> state,
            List<String> path) {
        state.put(id, 1);
        path.add(id);
        for (IndustryChain.Edge e : out.getOrDefault(id, List.of())) {
            Integer s = state.get(e.customer());
            if (s == null) {
                visit(file, e.customer(), out, state, path);
            } else if (s == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(e.customer()), path.size()));
                cycle.add(e.customer());
                throw new org.innopark.engine.rules.RuleFileException(
                        file,
                        e.line(),
                        0,
                        "edges: the edge '" + e.supplier() + " -> " + e.customer() + "' closes a cycle "
                                + String.join(" -> ", cycle)
                                + "; a chain's supplier→customer edges must not form a cycle (or set acyclic: false)"
                                + " / 上下游关系形成环路");
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }
}
