package org.innopark.engine.patent;

import java.util.Arrays;

/**
 * The IPC ranges of all rules, compiled into a tree over the characters of the 14-character form: looking up a
 * symbol walks at most 14 nodes and yields every rule whose range covers it, however many ranges there are.
 */
final class IpcPrefixTree {

    private static final int WIDTH = 36;

    private static final class Node {
        final Node[] next = new Node[WIDTH];
        int[] values = new int[0];
    }

    private final Node root = new Node();

    void add(IpcRange range, int value) {
        Node n = root;
        for (int i = 0; i < range.prefix().length(); i++) {
            int k = index(range.prefix().charAt(i));
            if (n.next[k] == null) {
                n.next[k] = new Node();
            }
            n = n.next[k];
        }
        n.values = Arrays.copyOf(n.values, n.values.length + 1);
        n.values[n.values.length - 1] = value;
    }

    /** Calls the sink with every value whose range covers the symbol's canonical form. */
    void lookup(String canonical, IntSink sink) {
        Node n = root;
        for (int i = 0; i < canonical.length() && n != null; i++) {
            n = n.next[index(canonical.charAt(i))];
            if (n != null) {
                for (int v : n.values) {
                    sink.accept(v);
                }
            }
        }
    }

    private static int index(char c) {
        return c <= '9' ? c - '0' : 10 + (c - 'A');
    }

    /** Receives the values found. */
    @FunctionalInterface
    interface IntSink {
        void accept(int value);
    }
}
