package org.innopark.engine.chain;

import java.util.List;
import org.innopark.engine.rules.Confidence;

/**
 * A node of a chain: a stage (上游/中游/下游), a segment within it, or a product group; mapped to industry codes,
 * product names (《统计用产品分类目录》 wording) and IPC classes.
 *
 * @param parent the id of the node it belongs to, null for a top-level node
 * @param depth 0 for a top-level node
 * @param confidence how well the node's mappings are sourced when a mapping does not say
 * @param line the line of the chain file it was read from
 */
public record ChainNode(
        String id,
        String name,
        String parent,
        int depth,
        ChainStage stage,
        List<ChainMapping> industries,
        List<String> products,
        List<ChainMapping> ipc,
        Confidence confidence,
        String source,
        String note,
        int line) {

    public ChainNode {
        industries = List.copyOf(industries);
        products = List.copyOf(products);
        ipc = List.copyOf(ipc);
    }

    /** Whether enterprises can be mapped to the node: it names an industry, a product or an IPC class. */
    public boolean mappable() {
        return !industries.isEmpty() || !products.isEmpty() || !ipc.isEmpty();
    }
}
