package dev.platformscan.engine.cluster;

import java.util.Arrays;

/** A set of primitive longs (open addressing), for pair keys without boxing millions of Longs. */
final class LongHashSet {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] slots = new long[1024];
    private int size;

    LongHashSet() {
        Arrays.fill(slots, EMPTY);
    }

    /** Adds the value (never Long.MIN_VALUE); returns true when it was not there yet. */
    boolean add(long value) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (dev.platformscan.engine.fingerprint.Hashing.mix(value) & mask);
        while (slots[i] != EMPTY) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long value : old) {
            if (value != EMPTY) {
                add(value);
            }
        }
    }
}
