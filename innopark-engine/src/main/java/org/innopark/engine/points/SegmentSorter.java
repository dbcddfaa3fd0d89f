package org.innopark.engine.points;

import java.util.Arrays;

/**
 * Sorts (key, row) pairs of one cohort by key, keeping rows with equal keys in their original order, without boxing:
 * an LSD radix sort with 11-bit digits that skips the digits every key shares (small counts sort in one or two
 * passes), and an insertion sort for short segments. A cohort's pairs fit in the processor's cache, so the sort runs
 * there. One sorter serves one thread at a time and is reused across indicators and runs.
 */
final class SegmentSorter {

    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int MASK = RADIX - 1;
    private static final int DIGITS = 6;
    private static final int INSERTION = 48;

    /** The pairs to sort, filled by the caller; after {@link #sort} they are in key order. */
    long[] keys = new long[0];

    int[] rows = new int[0];

    private long[] keysBuffer = new long[0];
    private int[] rowsBuffer = new int[0];
    private final int[] histogram = new int[DIGITS * RADIX];

    /** Makes room for n pairs. */
    void reserve(int n) {
        if (keys.length < n) {
            keys = new long[n];
            rows = new int[n];
            keysBuffer = new long[n];
            rowsBuffer = new int[n];
        }
    }

    /** The unsigned-order key of a double: a &lt; b exactly when key(a) &lt; key(b) unsigned; −0.0 maps to 0.0. */
    static long key(double v) {
        long bits = Double.doubleToRawLongBits(v + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /** The double of a key made by {@link #key}. */
    static double value(long key) {
        return Double.longBitsToDouble(key < 0 ? key ^ Long.MIN_VALUE : ~key);
    }

    /** Sorts the first {@code length} pairs by unsigned key, stably. */
    void sort(int length) {
        if (length < INSERTION) {
            insertionSort(length);
            return;
        }
        Arrays.fill(histogram, 0);
        long[] k = keys;
        for (int j = 0; j < length; j++) {
            long key = k[j];
            histogram[(int) (key & MASK)]++;
            histogram[RADIX + (int) ((key >>> 11) & MASK)]++;
            histogram[2 * RADIX + (int) ((key >>> 22) & MASK)]++;
            histogram[3 * RADIX + (int) ((key >>> 33) & MASK)]++;
            histogram[4 * RADIX + (int) ((key >>> 44) & MASK)]++;
            histogram[5 * RADIX + (int) (key >>> 55)]++;
        }
        for (int d = 0; d < DIGITS; d++) {
            int base = d * RADIX;
            if (allInOneBucket(base, length)) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < RADIX; b++) {
                int c = histogram[base + b];
                histogram[base + b] = sum;
                sum += c;
            }
            int shift = d * BITS;
            long[] srcKeys = keys;
            int[] srcRows = rows;
            long[] dstKeys = keysBuffer;
            int[] dstRows = rowsBuffer;
            for (int j = 0; j < length; j++) {
                long key = srcKeys[j];
                int pos = histogram[base + (int) ((key >>> shift) & MASK)]++;
                dstKeys[pos] = key;
                dstRows[pos] = srcRows[j];
            }
            keys = dstKeys;
            rows = dstRows;
            keysBuffer = srcKeys;
            rowsBuffer = srcRows;
        }
    }

    private boolean allInOneBucket(int base, int length) {
        for (int b = 0; b < RADIX; b++) {
            int c = histogram[base + b];
            if (c != 0) {
                return c == length;
            }
        }
        return true;
    }

    private void insertionSort(int length) {
        long[] k = keys;
        int[] r = rows;
        for (int j = 1; j < length; j++) {
            long key = k[j];
            int row = r[j];
            int i = j - 1;
            while (i >= 0 && Long.compareUnsigned(k[i], key) > 0) {
                k[i + 1] = k[i];
                r[i + 1] = r[i];
                i--;
            }
            k[i + 1] = key;
            r[i + 1] = row;
        }
    }
}
