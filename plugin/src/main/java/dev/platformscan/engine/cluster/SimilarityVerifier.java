package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.TokenNormalizer;

/**
 * Verifies a candidate pair with a real similarity measure on the normalized token sequences:
 * {@code 1 - levenshtein(a, b) / max(|a|, |b|)}, so a copy with statements added, removed or changed
 * (Type-3) scores by how many tokens it had to edit. Two cheap bounds reject most candidates first:
 * the length ratio and the token-histogram overlap (no alignment can match more tokens than the two
 * sequences share). The edit distance itself is computed bit-parallel ({@link BitParallelLevenshtein});
 * Commons Text's banded {@code LevenshteinDistance} computes the same numbers and serves as the
 * reference in tests, but was 20-60x slower on real class-sized units (docs/design.md).
 * Not thread-safe (scratch buffers): one instance per worker.
 */
public final class SimilarityVerifier {
    private final double minSimilarity;
    private final int[] histogram = new int[TokenNormalizer.CODE_LIMIT];
    private final BitParallelLevenshtein levenshtein = new BitParallelLevenshtein();

    public SimilarityVerifier(double minSimilarity) {
        this.minSimilarity = minSimilarity;
    }

    /** The similarity of the two sequences when it reaches the threshold, otherwise -1. */
    public double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int shorter = Math.min(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        if (shorter < minSimilarity * longer - 1e-9) {
            return -1;
        }
        int maxDistance = (int) Math.floor((1 - minSimilarity) * longer + 1e-9);
        if (longer - sharedTokens(a, b) > maxDistance) {
            return -1;
        }
        int distance = levenshtein.distance(a, b, maxDistance);
        if (distance < 0) {
            return -1;
        }
        double similarity = 1.0 - (double) distance / longer;
        return similarity + 1e-9 >= minSimilarity ? similarity : -1;
    }

    /** Size of the multiset intersection of the two token sequences. */
    private int sharedTokens(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            histogram[a.charAt(i)]++;
        }
        int shared = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (histogram[c] > 0) {
                histogram[c]--;
                shared++;
            }
        }
        for (int i = 0; i < a.length(); i++) {
            histogram[a.charAt(i)] = 0;
        }
        return shared;
    }
}
