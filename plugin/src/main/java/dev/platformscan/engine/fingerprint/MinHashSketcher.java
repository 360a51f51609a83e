package dev.platformscan.engine.fingerprint;

/**
 * MinHash over the k-grams of a normalized token sequence, reduced to locality-sensitive band keys:
 * two sequences share a band key with a probability that rises steeply with the Jaccard similarity of
 * their k-gram sets, which is how the candidate index finds near-duplicates without comparing every
 * pair of units.
 */
public final class MinHashSketcher {
    private final int gramLength;
    private final int bands;
    private final int rowsPerBand;
    private final long[] seeds;

    public MinHashSketcher(int gramLength, int bands, int rowsPerBand) {
        this.gramLength = gramLength;
        this.bands = bands;
        this.rowsPerBand = rowsPerBand;
        this.seeds = new long[bands * rowsPerBand];
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            seed = Hashing.mix(seed + 0x9E3779B97F4A7C15L * (i + 1));
            seeds[i] = seed;
        }
    }

    /** The default sketch used by scans; tuned with the accuracy benchmark (docs/accuracy.md). */
    public static MinHashSketcher standard() {
        return new MinHashSketcher(4, 24, 3);
    }

    public int bands() {
        return bands;
    }

    /** One key per band; keys of different bands never collide on purpose (the band index is mixed in). */
    public long[] bandKeys(CharSequence codes) {
        int functions = seeds.length;
        long[] minima = new long[functions];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        int grams = Math.max(1, codes.length() - gramLength + 1);
        for (int start = 0; start < grams; start++) {
            long gram = Hashing.FNV_OFFSET;
            int end = Math.min(codes.length(), start + gramLength);
            for (int i = start; i < end; i++) {
                gram = Hashing.add(gram, codes.charAt(i));
            }
            gram = Hashing.mix(gram);
            for (int f = 0; f < functions; f++) {
                long h = Hashing.mix(gram ^ seeds[f]);
                if (h < minima[f]) {
                    minima[f] = h;
                }
            }
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long key = Hashing.mix(band + 1L);
            for (int row = 0; row < rowsPerBand; row++) {
                key = Hashing.mix(key ^ minima[band * rowsPerBand + row]);
            }
            keys[band] = key;
        }
        return keys;
    }
}
