package org.innopark.engine.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain dictionary built from the chains' product names: what a segmenter must keep whole (磷酸铁锂, 光伏组件),
 * and the terms an enterprise's 主营产品/经营范围 text is matched against. Each term has a dense id.
 */
public final class ProductDictionary {

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final Map<Character, List<Integer>> byFirst = new java.util.HashMap<>();

    public ProductDictionary(Collection<IndustryChain> chains) {
        for (IndustryChain chain : chains) {
            for (ChainNode n : chain.nodes()) {
                n.products().forEach(this::add);
            }
        }
        for (int id = 0; id < terms.size(); id++) {
            byFirst.computeIfAbsent(terms.get(id).charAt(0), k -> new ArrayList<>())
                    .add(id);
        }
    }

    private void add(String term) {
        ids.computeIfAbsent(term, t -> {
            terms.add(t);
            return terms.size() - 1;
        });
    }

    /** Every term, in id order. */
    public List<String> terms() {
        return List.copyOf(terms);
    }

    public int size() {
        return terms.size();
    }

    /** The id of a term, or -1. */
    public int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    public String term(int id) {
        return terms.get(id);
    }

    /** The dictionary terms among a segmenter's tokens, in order of first appearance. */
    public Set<String> among(Collection<String> tokens) {
        Set<String> found = new LinkedHashSet<>();
        for (String t : tokens) {
            if (ids.containsKey(t)) {
                found.add(t);
            }
        }
        return found;
    }

    /**
     * The dictionary terms a text contains, longest first and without the terms inside a longer one found at the
     * same place (锂离子电池 inside 锂离子电池组 counts, 电池 is not a term): a fallback for where no segmenter runs.
     */
    public Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        List<int[]> matches = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            List<Integer> candidates = byFirst.get(text.charAt(at));
            if (candidates == null) {
                continue;
            }
            for (int id : candidates) {
                if (text.startsWith(terms.get(id), at)) {
                    matches.add(new int[] {at, id});
                }
            }
        }
        matches.sort(
                Comparator.comparingInt((int[] m) -> -terms.get(m[1]).length()).thenComparingInt(m -> m[0]));
        boolean[] covered = new boolean[text.length()];
        for (int[] m : matches) {
            int length = terms.get(m[1]).length();
            boolean inside = true;
            for (int i = m[0]; i < m[0] + length; i++) {
                inside &= covered[i];
            }
            if (!inside) {
                found.add(terms.get(m[1]));
                for (int i = m[0]; i < m[0] + length; i++) {
                    covered[i] = true;
                }
            }
        }
        return found;
    }
}
