package org.innopark.engine.chain;

import java.util.List;

/**
 * The pool seen along one chain: for every pool firm the set of the chain's mappable nodes it is placed on (a bit
 * mask), by the rule of {@link NodeMatcher}: the nodes its product terms name, else the nodes its industry code falls
 * in.
 */
public final class PoolChainView {

    final IndustryChain chain;
    final List<ChainNode> nodes;
    final long[] mask;

    public PoolChainView(CandidatePool pool, IndustryChain chain) {
        this.chain = chain;
        this.nodes = chain.mappableNodes();
        if (nodes.size() > 64) {
            throw new IllegalArgumentException(chain.id() + ": at most 64 mappable nodes, has " + nodes.size());
        }
        long[] byIndustry = new long[pool.industries.size()];
        for (int ind = 0; ind < byIndustry.length; ind++) {
            String code = pool.industries.get(ind);
            for (int k = 0; k < nodes.size(); k++) {
                for (ChainMapping m : nodes.get(k).industries()) {
                    if (m.coversIndustry(code)) {
                        byIndustry[ind] |= 1L << k;
                    }
                }
            }
        }
        long[] byTerm = new long[pool.dictionary.size()];
        for (int k = 0; k < nodes.size(); k++) {
            for (String p : nodes.get(k).products()) {
                int id = pool.dictionary.id(p);
                if (id >= 0) {
                    byTerm[id] |= 1L << k;
                }
            }
        }
        mask = new long[pool.size];
        for (int i = 0; i < pool.size; i++) {
            long t = 0;
            for (int id : pool.terms[i]) {
                t |= byTerm[id];
            }
            mask[i] = t != 0 ? t : byIndustry[pool.industry[i]];
        }
    }

    public IndustryChain chain() {
        return chain;
    }

    /** The chain's mappable nodes, in bit order. */
    public List<ChainNode> nodes() {
        return nodes;
    }

    /** Whether firm i is on the chain at all. */
    public boolean onChain(int i) {
        return mask[i] != 0;
    }

    /** The nodes firm i is on. */
    public List<ChainNode> nodesOf(int i) {
        long m = mask[i];
        List<ChainNode> out = new java.util.ArrayList<>();
        while (m != 0) {
            out.add(nodes.get(Long.numberOfTrailingZeros(m)));
            m &= m - 1;
        }
        return out;
    }
}
