package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.TokenNormalizer;

/**
 * Verifies a candidate pair with a real similarity measure on the normalized token sequences: the
 * Dice coefficient of their longest common subsequence, {@code 2 * lcs(a, b) / (|a| + |b|)}, the usual
 * Type-3 measure of clone-detection research (NiCad's unique-percentage and the mutation benchmark in
 * docs/accuracy.md use the same idea): a copy with statements added, removed or changed scores by the
 * share of tokens the two still have in common, in order. Two cheap bounds reject most candidates first:
 * the length ratio and the token-histogram overlap (no common subsequence is longer than the multiset
 * of tokens both contain). The LCS itself is computed bit-parallel ({@link BitParallelLcs}).
 * Not thread-safe (scratch buffers): one instance per worker.
 */
public final class SimilarityVerifier {
    private final double minSimilarity;
    private final int[] histogram = new int[TokenNormalizer.CODE_LIMIT];
    private final BitParallelLcs lcs = new BitParallelLcs();

    public SimilarityVerifier(double minSimilarity) {
        this.minSimilarity = minSimilarity;
    }

    /** Whether two lengths alone leave room for the threshold: {@code 2 * shorter / (sum) >= threshold}. */
    public static boolean lengthsAllow(int lengthA, int lengthB, double minSimilarity) {
        return 2.0 * Math.min(lengthA, lengthB) + 1e-9 >= minSimilarity * (lengthA + lengthB);
    }

    /** The similarity of the two sequences when it reaches the threshold, otherwise -1. */
    public double similarity(String a, String b) {
        return similarity(a, b, minSimilarity);
    }

    /**
     * The similarity of the two sequences when it reaches {@code threshold} (a pair's own bar, at least the
     * verifier's), otherwise -1: a higher threshold lets the bounds and the LCS give up sooner.
     */
    public double similarity(String a, String b, double threshold) {
        double minSimilarity = Math.max(this.minSimilarity, threshold);
        int total = a.length() + b.length();
        if (total == 0) {
            return 1.0;
        }
        if (!lengthsAllow(a.length(), b.length(), minSimilarity)) {
            return -1;
        }
        int minimum = (int) Math.ceil(minSimilarity * total / 2.0 - 1e-9);
        if (sharedTokens(a, b) < minimum) {
            return -1;
        }
        int common = lcs.length(a, b, minimum);
        if (common < 0) {
            return -1;
        }
        double similarity = 2.0 * common / total;
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
