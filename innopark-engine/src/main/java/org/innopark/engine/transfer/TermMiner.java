package org.innopark.engine.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 新词发现: mines new words from the corpus being indexed, so that the segmenter keeps a field's own terms whole
 * ("焊缝跟踪", "簇级温差"). A candidate is a run of Chinese characters of the configured lengths that is frequent
 * enough, cohesive (its weakest split into two parts still occurs far more often than the parts would by chance:
 * {@code log(P(w) / (P(a)·P(b)))}), and free at both ends (the characters before and after it vary: the entropy of
 * its left and right neighbours), and that neither starts nor ends with a function character.
 */
public final class TermMiner {

    private final MatchingSettings.Mining settings;
    private final Map<String, int[]> counts = new HashMap<>();
    private final Map<String, Map<Character, Integer>> left = new HashMap<>();
    private final Map<String, Map<Character, Integer>> right = new HashMap<>();
    private final int[] totals;
    private int boundaries;

    public TermMiner(MatchingSettings.Mining settings) {
        this.settings = settings;
        this.totals = new int[settings.maxLength() + 1];
    }

    /** Counts the n-grams of one text's runs of Chinese characters. */
    public TermMiner add(String text) {
        int n = text.length();
        int start = 0;
        while (start < n) {
            while (start < n && !han(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && han(text.charAt(end))) {
                end++;
            }
            if (end > start) {
                run(text.substring(start, end));
            }
            start = end;
        }
        return this;
    }

    private void run(String run) {
        int max = settings.maxLength();
        for (int i = 0; i < run.length(); i++) {
            for (int len = 1; len <= max && i + len <= run.length(); len++) {
                String g = run.substring(i, i + len);
                counts.computeIfAbsent(g, k -> new int[1])[0]++;
                totals[len]++;
                if (len >= settings.minLength()) {
                    neighbour(left, g, i > 0 ? run.charAt(i - 1) : null);
                    neighbour(right, g, i + len < run.length() ? run.charAt(i + len) : null);
                }
            }
        }
    }

    private void neighbour(Map<String, Map<Character, Integer>> side, String g, Character c) {
        Map<Character, Integer> m = side.computeIfAbsent(g, k -> new HashMap<>());
        // Each end of a run counts as a neighbour never seen before: a word at a run's edge is free there.
        m.merge(c == null ? (char) (0xE000 + (boundaries++ % 0x1800)) : c, 1, Integer::sum);
    }

    /** The words found, most frequent first. */
    public List<String> words() {
        List<Map.Entry<String, int[]>> found = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String w = e.getKey();
            int f = e.getValue()[0];
            if (w.length() < settings.minLength() || f < settings.minFrequency()) {
                continue;
            }
            String stop = settings.edgeStopChars();
            if (stop.indexOf(w.charAt(0)) >= 0 || stop.indexOf(w.charAt(w.length() - 1)) >= 0) {
                continue;
            }
            if (cohesion(w) >= settings.minCohesion()
                    && entropy(left.get(w)) >= settings.minEntropy()
                    && entropy(right.get(w)) >= settings.minEntropy()) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey));
        return found.stream().map(Map.Entry::getKey).toList();
    }

    /** The weakest split's pointwise mutual information (natural log). */
    double cohesion(String w) {
        double pw = probability(w);
        double weakest = Double.POSITIVE_INFINITY;
        for (int i = 1; i < w.length(); i++) {
            double pmi = Math.log(pw / (probability(w.substring(0, i)) * probability(w.substring(i))));
            weakest = Math.min(weakest, pmi);
        }
        return weakest;
    }

    private double probability(String g) {
        int[] c = counts.get(g);
        return c == null ? 0 : (double) c[0] / totals[g.length()];
    }

    /** Shannon entropy in bits of a neighbour distribution. */
    static double entropy(Map<Character, Integer> neighbours) {
        if (neighbours == null) {
            return 0;
        }
        double total = neighbours.values().stream().mapToInt(Integer::intValue).sum();
        double h = 0;
        for (int c : neighbours.values()) {
            double p = c / total;
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
