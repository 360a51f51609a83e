package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.TokenNormalizer;

import java.util.Arrays;

/**
 * Length of the longest common subsequence of two token-code sequences, bit-parallel (Allison-Dix /
 * Hyyrö): one machine word advances 64 rows of the dynamic-programming table, so a pair of 1,000-token
 * units costs about 16,000 word steps instead of a million cells. The computation stops as soon as the
 * result can no longer reach the minimum asked for. Checked against Commons Text's
 * {@code LongestCommonSubsequence} in {@code SimilarityVerifierTest}. Not thread-safe (scratch buffers).
 */
final class BitParallelLcs {
    private static final int CHECK_EVERY = 32;
    private long[] matches = new long[0]; // [block * CODE_LIMIT + code]: rows of the pattern holding code
    private long[] rows = new long[0];    // V: a 0 bit marks a row where the LCS grew

    /** The LCS length, or -1 when it is certainly below {@code minimum}. */
    int length(CharSequence a, CharSequence b, int minimum) {
        CharSequence pattern = a.length() <= b.length() ? a : b;
        CharSequence text = pattern == a ? b : a;
        int m = pattern.length();
        int n = text.length();
        if (m < minimum) {
            return -1;
        }
        if (m == 0) {
            return 0;
        }
        int blocks = (m + 63) >>> 6;
        prepare(pattern, blocks);
        long lastMask = (m & 63) == 0 ? -1L : (1L << (m & 63)) - 1;
        try {
            for (int j = 0; j < n; j++) {
                int code = text.charAt(j);
                long carry = 0;
                for (int block = 0; block < blocks; block++) {
                    long v = rows[block];
                    long match = matches[block * TokenNormalizer.CODE_LIMIT + code];
                    long u = v & match;
                    long sum = v + u;
                    long carryOut = Long.compareUnsigned(sum, v) < 0 ? 1 : 0;
                    sum += carry;
                    if (carry != 0 && sum == 0) {
                        carryOut = 1;
                    }
                    rows[block] = sum | (v & ~match);
                    carry = carryOut;
                }
                if (j % CHECK_EVERY == CHECK_EVERY - 1 && lcs(blocks, lastMask) + (n - 1 - j) < minimum) {
                    return -1;
                }
            }
            int lcs = lcs(blocks, lastMask);
            return lcs >= minimum ? lcs : -1;
        } finally {
            clear(pattern);
        }
    }

    private int lcs(int blocks, long lastMask) {
        int zeros = 0;
        for (int block = 0; block < blocks; block++) {
            long mask = block == blocks - 1 ? lastMask : -1L;
            zeros += Long.bitCount(~rows[block] & mask);
        }
        return zeros;
    }

    private void prepare(CharSequence pattern, int blocks) {
        int size = blocks * TokenNormalizer.CODE_LIMIT;
        if (matches.length < size) {
            matches = new long[size];
        }
        if (rows.length < blocks) {
            rows = new long[blocks];
        }
        Arrays.fill(rows, 0, blocks, -1L);
        for (int i = 0; i < pattern.length(); i++) {
            matches[(i >>> 6) * TokenNormalizer.CODE_LIMIT + pattern.charAt(i)] |= 1L << (i & 63);
        }
    }

    private void clear(CharSequence pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            matches[(i >>> 6) * TokenNormalizer.CODE_LIMIT + pattern.charAt(i)] = 0;
        }
    }
}
