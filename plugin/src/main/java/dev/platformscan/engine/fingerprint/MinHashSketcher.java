package dev.platformscan.engine.fingerprint;

import java.util.Arrays;

/**
 * MinHash over the k-grams of a normalized token sequence. The signature (one minimum per hash
 * function) estimates the Jaccard similarity of two units' k-gram sets: the fraction of equal
 * positions. Its band keys (rows of the signature hashed together) are what the candidate index
 * buckets on: two units share a band key with a probability that rises steeply with their Jaccard
 * similarity, which is how near-duplicates are found without comparing every pair. Grams that are
 * common in the code base can be left out ({@link GramFrequencies}).
 */
public final class MinHashSketcher {
    /** Units with fewer distinct uncommon grams than this are made only of idioms: no signature of them. */
    public static final int MIN_DISTINCT_GRAMS = 4;

    private final int gramLength;
    private final int bands;
    private final int shiftedBands;
    private final int rowsPerBand;
    private final long[] multipliers;
    private final long[] offsets;

    public MinHashSketcher(int gramLength, int bands, int rowsPerBand) {
        this(gramLength, bands, rowsPerBand, 0);
    }

    /**
     * @param bands        bands side by side: band b is the {@code rowsPerBand} minima from {@code b * rowsPerBand} on;
     *                     {@code bands * rowsPerBand} hash functions
     * @param shiftedBands bands after those, each over the minima of the band with its number (counted from the
     *                     first shifted band) moved one position on, the last one wrapping around to the first minimum:
     *                     more chances for two signatures to share a band without computing more minima; at most
     *                     {@code bands}
     */
    public MinHashSketcher(int gramLength, int bands, int rowsPerBand, int shiftedBands) {
        if (shiftedBands < 0 || shiftedBands > bands) {
            throw new IllegalArgumentException("shifted bands must be 0 to " + bands + ": " + shiftedBands);
        }
        this.gramLength = gramLength;
        this.bands = bands;
        this.shiftedBands = shiftedBands;
        this.rowsPerBand = rowsPerBand;
        int functions = bands * rowsPerBand;
        this.multipliers = new long[functions];
        this.offsets = new long[functions];
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < functions; i++) {
            seed = Hashing.mix(seed + 0x9E3779B97F4A7C15L * (i + 1));
            multipliers[i] = seed | 1L; // odd: a bijection on 64-bit values
            seed = Hashing.mix(seed);
            offsets[i] = seed;
        }
    }

    /**
     * The sketch used by scans: 96 minima of 4-grams in 96 bands of 2 rows, 48 side by side and 48 shifted by one
     * position. On the family benchmark 36 bands over 72 minima proposed 97.5% of the copies brute force finds, 64
     * bands over 128 minima 99.48%, these 99.6% (with the candidate index's cut-off at 0.11; docs/accuracy-families.md,
     * "Candidate recall"), for three quarters of the hashing of 128 minima.
     */
    public static MinHashSketcher standard() {
        return new MinHashSketcher(4, 48, 2, 48);
    }

    /** How many band keys a signature has: the bands side by side, then the shifted ones. */
    public int bands() {
        return bands + shiftedBands;
    }

    /** The bands side by side (band numbers from 0); the shifted bands come after them. */
    public int disjointBands() {
        return bands;
    }

    /** The position in the signature of a band's row. */
    public int position(int band, int row) {
        return band < bands ? band * rowsPerBand + row : ((band - bands) * rowsPerBand + 1 + row) % multipliers.length;
    }

    public int rowsPerBand() {
        return rowsPerBand;
    }

    public int functions() {
        return multipliers.length;
    }

    /**
     * The distinct k-gram hashes of a sequence, in order of first occurrence. Deduplicated with a small
     * open-addressing table rather than by sorting: the candidate search computes this twice for every
     * unit, and sorting was a fifth of a warm scan. A gram's hash is {@link Hashing#add(long, int)} over its codes
     * (each a char: the step's second half only multiplies), then {@link Hashing#mix}; the codes of the gram before
     * are kept, so each is read once.
     */
    public long[] distinctGrams(CharSequence codes) {
        int length = codes.length();
        int grams = Math.max(1, length - gramLength + 1);
        long[] distinct = new long[grams];
        int capacity = Integer.highestOneBit(Math.max(2, grams) * 2 - 1) << 1;
        long[] table = new long[capacity]; // 0 marks an empty slot; a gram hash of 0 is remembered apart
        int mask = capacity - 1;
        boolean zeroSeen = false;
        int count = 0;
        // the codes of the gram: a 4-gram's kept in locals, each read once
        long c0 = 0;
        long c1 = length > 0 ? codes.charAt(0) : 0;
        long c2 = length > 1 ? codes.charAt(1) : 0;
        long c3 = length > 2 ? codes.charAt(2) : 0;
        boolean fourGrams = gramLength == 4 && length >= 4;
        for (int start = 0; start < grams; start++) {
            long gram = Hashing.FNV_OFFSET;
            if (fourGrams) {
                c0 = c1;
                c1 = c2;
                c2 = c3;
                c3 = codes.charAt(start + 3);
                gram = ((((gram ^ c0) * FNV_PRIME_SQUARED ^ c1) * FNV_PRIME_SQUARED ^ c2) * FNV_PRIME_SQUARED ^ c3)
                        * FNV_PRIME_SQUARED;
            } else {
                int end = Math.min(length, start + gramLength);
                for (int i = start; i < end; i++) {
                    gram = Hashing.add(gram, codes.charAt(i));
                }
            }
            gram = Hashing.mix(gram);
            if (gram == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    distinct[count++] = 0;
                }
                continue;
            }
            int slot = (int) (gram ^ (gram >>> 32)) & mask;
            while (table[slot] != 0 && table[slot] != gram) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = gram;
                distinct[count++] = gram;
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    /** {@link Hashing#add(long, int)} of a char: xor, then the FNV prime twice (its high half is 0). */
    private static final long FNV_PRIME_SQUARED = 0x100000001b3L * 0x100000001b3L;

    /** The signature of all grams of a sequence. */
    public int[] signature(CharSequence codes) {
        return signature(distinctGrams(codes));
    }

    /**
     * The signature of these distinct gram hashes: one minimum per hash function, as the high 32 bits. Leaving out the
     * grams that are idioms of the code base is the caller's choice (the candidate index keeps those in at most a
     * share of its units, {@link GramFrequencies}).
     */
    public int[] signature(long[] distinctGrams) {
        long[] multipliers = this.multipliers; // in locals: C1, which compiles the engine during a scan, reads fields
        long[] offsets = this.offsets;         // again on every turn of the loop
        int functions = multipliers.length;
        long[] minima = new long[functions];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long gram : distinctGrams) {
            for (int f = 0; f < functions; f++) {
                long h = (gram * multipliers[f] + offsets[f]) >>> 1; // multiply-add: cheap, well spread in the high bits
                if (h < minima[f]) {
                    minima[f] = h;
                }
            }
        }
        int[] signature = new int[functions];
        for (int f = 0; f < functions; f++) {
            signature[f] = (int) (minima[f] >>> 31);
        }
        return signature;
    }

    /** One key per band; keys of different bands differ on purpose (the band index is mixed in). */
    public long[] bandKeys(int[] signature) {
        long[] keys = new long[bands()];
        for (int band = 0; band < keys.length; band++) {
            long key = Hashing.mix(band + 1L);
            for (int row = 0; row < rowsPerBand; row++) {
                key = Hashing.mix(key ^ signature[position(band, row)]);
            }
            keys[band] = key;
        }
        return keys;
    }

    /** Estimated Jaccard similarity of the k-gram sets behind two signatures. */
    public static double estimatedJaccard(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }
}
