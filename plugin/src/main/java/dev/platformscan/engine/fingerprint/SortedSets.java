package dev.platformscan.engine.fingerprint;

/** Set operations on sorted arrays of distinct hashes (the compact sets fingerprints keep). */
public final class SortedSets {
    private SortedSets() {
    }

    /** |a ∩ b| / |a ∪ b| of two sorted distinct arrays; 0 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** The values two sorted distinct arrays share, sorted. */
    public static int[] intersection(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == 0 ? a : b;
        }
        int[] shared = new int[Math.min(a.length, b.length)];
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared[count++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return java.util.Arrays.copyOf(shared, count);
    }

    /** |a ∩ b| / |a ∪ b| of two sorted distinct arrays of longs (gram hashes); 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int shared = shared(a, b, value -> true, Integer.MAX_VALUE);
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /**
     * How many values the two sorted distinct arrays share that {@code counted} accepts, counting no further than
     * {@code enough} (the answer is then {@code enough}).
     */
    public static int shared(long[] a, long[] b, java.util.function.LongPredicate counted, int enough) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length && shared < enough; ) {
            if (a[i] == b[j]) {
                if (counted.test(a[i])) {
                    shared++;
                }
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** The first {@code count} values of {@code values}, sorted, each once (the array is sorted in place). */
    public static int[] distinctSorted(int[] values, int count) {
        java.util.Arrays.sort(values, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || values[distinct - 1] != values[i]) {
                values[distinct++] = values[i];
            }
        }
        return java.util.Arrays.copyOf(values, distinct);
    }
}
