package org.innopark.engine.patent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every keyword of every rule compiled into one Aho–Corasick automaton: a text is read once, whatever the number of
 * keywords, and each keyword found is reported with its id. Matching folds full-width characters and ASCII case.
 */
final class KeywordAutomaton {

    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    private final int[][] outputs;
    /** The characters of any keyword: any other character sends the automaton back to its root at once. */
    private final boolean[] used = new boolean[Character.MAX_VALUE + 1];

    private KeywordAutomaton(char[][] keys, int[][] targets, int[] fail, int[][] outputs) {
        this.keys = keys;
        this.targets = targets;
        this.fail = fail;
        this.outputs = outputs;
        for (char[] k : keys) {
            for (char c : k) {
                used[c] = true;
            }
        }
    }

    /** Builds the automaton; keyword {@code i} of the list is reported as {@code i}. */
    static KeywordAutomaton build(List<String> keywords) {
        List<StringBuilder> keyList = new ArrayList<>();
        List<List<Integer>> targetList = new ArrayList<>();
        List<List<Integer>> outList = new ArrayList<>();
        keyList.add(new StringBuilder());
        targetList.add(new ArrayList<>());
        outList.add(new ArrayList<>());
        for (int id = 0; id < keywords.size(); id++) {
            String k = TextFold.matchForm(keywords.get(id));
            int state = 0;
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                int found = keyList.get(state).indexOf(String.valueOf(c));
                if (found >= 0) {
                    state = targetList.get(state).get(found);
                } else {
                    keyList.add(new StringBuilder());
                    targetList.add(new ArrayList<>());
                    outList.add(new ArrayList<>());
                    keyList.get(state).append(c);
                    targetList.get(state).add(keyList.size() - 1);
                    state = keyList.size() - 1;
                }
            }
            outList.get(state).add(id);
        }
        int n = keyList.size();
        char[][] keys = new char[n][];
        int[][] targets = new int[n][];
        for (int s = 0; s < n; s++) {
            char[] k = keyList.get(s).toString().toCharArray();
            int[] t = targetList.get(s).stream().mapToInt(Integer::intValue).toArray();
            Integer[] order = new Integer[k.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Character.compare(k[a], k[b]));
            keys[s] = new char[k.length];
            targets[s] = new int[k.length];
            for (int i = 0; i < order.length; i++) {
                keys[s][i] = k[order[i]];
                targets[s][i] = t[order[i]];
            }
        }
        int[] fail = new int[n];
        int[][] outputs = new int[n][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outputs[0] = new int[0];
        for (int t : targets[0]) {
            fail[t] = 0;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> out = new ArrayList<>(outList.get(s));
            for (int v : outputs[fail[s]]) {
                out.add(v);
            }
            outputs[s] = out.stream().mapToInt(Integer::intValue).toArray();
            for (int i = 0; i < keys[s].length; i++) {
                char c = keys[s][i];
                int t = targets[s][i];
                int f = fail[s];
                int next = step(keys, targets, f, c);
                while (next < 0 && f != 0) {
                    f = fail[f];
                    next = step(keys, targets, f, c);
                }
                fail[t] = next < 0 || next == t ? 0 : next;
                queue.add(t);
            }
        }
        return new KeywordAutomaton(keys, targets, fail, outputs);
    }

    private static int step(char[][] keys, int[][] targets, int state, char c) {
        int i = Arrays.binarySearch(keys[state], c);
        return i < 0 ? -1 : targets[state][i];
    }

    /** Reads the text and reports every keyword occurrence's id. */
    void scan(CharSequence text, IpcPrefixTree.IntSink sink) {
        if (text == null) {
            return;
        }
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = TextFold.matchForm(text.charAt(i));
            if (!used[c]) {
                state = 0;
                continue;
            }
            int next = step(keys, targets, state, c);
            while (next < 0 && state != 0) {
                state = fail[state];
                next = step(keys, targets, state, c);
            }
            state = next < 0 ? 0 : next;
            for (int v : outputs[state]) {
                sink.accept(v);
            }
        }
    }
}
