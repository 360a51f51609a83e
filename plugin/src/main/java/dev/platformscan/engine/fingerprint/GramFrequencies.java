package dev.platformscan.engine.fingerprint;

import java.util.Arrays;

/**
 * In how many units each k-gram of normalized tokens occurs. Grams that nearly every unit contains
 * ({@code ") ; ID ."}, {@code "ID . ID ("}) say nothing about copying, yet they are the minima MinHash
 * picks for thousands of unrelated units at once, which floods the candidate index with pairs. The
 * sketch leaves out grams that are common in this very code base (an inverse-document-frequency cut),
 * so what remains of a unit is what makes it recognisable.
 */
public final class GramFrequencies {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = new long[1 << 16];
    private int[] counts = new int[1 << 16];
    private int size;
    private int units;

    public GramFrequencies() {
        Arrays.fill(keys, EMPTY);
    }

    /** Counts each distinct gram of one unit once. */
    public void addUnit(long[] distinctGrams) {
        units++;
        for (long gram : distinctGrams) {
            increment(gram);
        }
    }

    /** Adds the counts of another table (of other units) to this one. */
    public void addAll(GramFrequencies other) {
        units += other.units;
        for (int j = 0; j < other.keys.length; j++) {
            if (other.keys[j] != EMPTY) {
                add(other.keys[j], other.counts[j]);
            }
        }
    }

    public int units() {
        return units;
    }

    public int count(long gram) {
        int mask = keys.length - 1;
        int i = (int) (Hashing.mix(gram) & mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == gram) {
                return counts[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    private void increment(long gram) {
        add(gram, 1);
    }

    private void add(long gram, int count) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (Hashing.mix(gram) & mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == gram) {
                counts[i] += count;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = gram;
        counts[i] = count;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = (int) (Hashing.mix(oldKeys[j]) & mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
                size++;
            }
        }
    }
}
