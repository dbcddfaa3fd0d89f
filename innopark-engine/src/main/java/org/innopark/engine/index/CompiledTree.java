package org.innopark.engine.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework's tree laid out for computation: indicators take slots 0..M−1 in {@link Framework#indicators()} order,
 * the other nodes slots M.. in post-order (children before parents, the root last).
 */
final class CompiledTree {

    final Framework framework;
    final List<FrameworkNode> indicators;
    final List<FrameworkNode> internals;
    final int[][] children;
    final int[] depth;
    final Map<String, Integer> slots = new HashMap<>();
    final int size;

    CompiledTree(Framework framework) {
        this.framework = framework;
        this.indicators = framework.indicators();
        for (int m = 0; m < indicators.size(); m++) {
            slots.put(indicators.get(m).id(), m);
        }
        List<FrameworkNode> post = new ArrayList<>();
        postOrder(framework.root(), post);
        this.internals = List.copyOf(post);
        for (int k = 0; k < internals.size(); k++) {
            slots.put(internals.get(k).id(), indicators.size() + k);
        }
        this.size = indicators.size() + internals.size();
        this.children = new int[internals.size()][];
        for (int k = 0; k < internals.size(); k++) {
            List<FrameworkNode> cs = internals.get(k).children();
            children[k] = new int[cs.size()];
            for (int c = 0; c < cs.size(); c++) {
                children[k][c] = slots.get(cs.get(c).id());
            }
        }
        this.depth = new int[size];
        setDepth(framework.root(), 0);
    }

    private void setDepth(FrameworkNode n, int d) {
        depth[slots.get(n.id())] = d;
        n.children().forEach(c -> setDepth(c, d + 1));
    }

    private static void postOrder(FrameworkNode n, List<FrameworkNode> out) {
        if (n.isIndicator()) {
            return;
        }
        n.children().forEach(c -> postOrder(c, out));
        out.add(n);
    }

    int slot(String nodeId) {
        Integer s = slots.get(nodeId);
        if (s == null) {
            throw new IllegalArgumentException("framework " + framework.id() + " has no node " + nodeId);
        }
        return s;
    }

    FrameworkNode node(int slot) {
        return slot < indicators.size() ? indicators.get(slot) : internals.get(slot - indicators.size());
    }

    int rootSlot() {
        return size - 1;
    }

    /**
     * Aggregates one unit-year bottom-up: {@code values} holds the normalised indicators in 0..M−1 and receives the
     * internal nodes' scores. {@code buffer} is scratch space at least as long as the largest sibling group.
     */
    void aggregate(double[] values, double[][] weights, Aggregator aggregator, double[] buffer) {
        int m = indicators.size();
        for (int k = 0; k < children.length; k++) {
            int[] cs = children[k];
            for (int c = 0; c < cs.length; c++) {
                buffer[c] = values[cs[c]];
            }
            values[m + k] = aggregator.aggregate(buffer, 0, weights[k]);
        }
    }

    int maxChildren() {
        int max = 0;
        for (int[] c : children) {
            max = Math.max(max, c.length);
        }
        return max;
    }

    /** Competition ranks (1 = best, ties share the better rank, NaN gets 0) of one row of scores. */
    static void rank(double[] scores, int[] ranks, double[] sortBuffer) {
        int n = 0;
        for (double s : scores) {
            if (s == s) {
                sortBuffer[n++] = s;
            }
        }
        java.util.Arrays.sort(sortBuffer, 0, n);
        for (int u = 0; u < scores.length; u++) {
            double s = scores[u];
            if (s != s) {
                ranks[u] = 0;
                continue;
            }
            // number of values strictly greater than s
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortBuffer[mid] <= s) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks[u] = n - lo + 1;
        }
    }
}
