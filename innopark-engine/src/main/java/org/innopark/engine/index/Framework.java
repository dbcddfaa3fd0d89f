package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 指标体系: a versioned indicator tree with its pipeline settings. Built by {@link FrameworkLoader} from YAML; node ids
 * are unique in the tree.
 *
 * @param id stable id, e.g. {@code national-htz-2021}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param version version label
 * @param source where the structure and weights come from
 * @param confirmed whether the whole framework is confirmed by an official text
 * @param notes caveats shown with every result
 * @param root the index node
 * @param settings the pipeline
 */
public record Framework(
        String id,
        String nameZh,
        String nameEn,
        String version,
        String source,
        boolean confirmed,
        List<String> notes,
        FrameworkNode root,
        PipelineSettings settings) {

    public Framework {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(settings, "settings");
        notes = List.copyOf(notes);
        Set<String> seen = new HashSet<>();
        for (FrameworkNode n : root.descendantsAndSelf()) {
            if (!seen.add(n.id())) {
                throw new IllegalArgumentException("node id " + n.id() + " appears twice in framework " + id);
            }
        }
        if (root.isIndicator()) {
            throw new IllegalArgumentException("the root of framework " + id + " must have children");
        }
    }

    /** The same framework with other pipeline settings (e.g. a CLI's --base-year). */
    public Framework withSettings(PipelineSettings other) {
        return new Framework(id, nameZh, nameEn, version, source, confirmed, notes, root, other);
    }

    /** The indicators (leaves), in file order; their position is the indicator's column in {@link IndexData}. */
    public List<FrameworkNode> indicators() {
        List<FrameworkNode> leaves = new ArrayList<>();
        for (FrameworkNode n : root.descendantsAndSelf()) {
            if (n.isIndicator()) {
                leaves.add(n);
            }
        }
        return Collections.unmodifiableList(leaves);
    }

    /** Every node by id, pre-order. */
    public Map<String, FrameworkNode> nodes() {
        Map<String, FrameworkNode> map = new LinkedHashMap<>();
        root.descendantsAndSelf().forEach(n -> map.put(n.id(), n));
        return Collections.unmodifiableMap(map);
    }

    /** The node with this id. */
    public FrameworkNode node(String nodeId) {
        FrameworkNode n = nodes().get(nodeId);
        if (n == null) {
            throw new IllegalArgumentException("framework " + id + " has no node " + nodeId);
        }
        return n;
    }
}
