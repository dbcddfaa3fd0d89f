package org.innopark.engine.patent;

import java.util.Arrays;

/**
 * Pairs of counts keyed by a long (open addressing, no boxing): the landscape's counts per node and applicant, and
 * per node and IPC group, over a million patents without allocating per patent.
 */
final class LongCounts {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] first;
    private int[] second;
    private int size;

    LongCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        first = new int[capacity];
        second = new int[capacity];
    }

    /** Adds one to the first (which = 0) or second (which = 1) count of the key. */
    void increment(long key, int which) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                grow();
                increment(key, which);
                return;
            }
        }
        if (which == 0) {
            first[i]++;
        } else {
            second[i]++;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldFirst = first;
        int[] oldSecond = second;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        first = new int[keys.length];
        second = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = (int) (mix(oldKeys[j]) & mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                first[i] = oldFirst[j];
                second[i] = oldSecond[j];
            }
        }
    }

    private static long mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Receives each key with its two counts. */
    interface Entry {
        void accept(long key, int first, int second);
    }

    void forEach(Entry entry) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                entry.accept(keys[i], first[i], second[i]);
            }
        }
    }
}
