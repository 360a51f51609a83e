package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.TokenNormalizer;

import java.util.Arrays;

/**
 * Levenshtein distance of two token-code sequences with Myers' bit-vector algorithm in Hyyrö's
 * block form (as in Edlib): 64 rows of the dynamic-programming table advance per machine word, so a
 * pair of 1,000-token units costs about 16,000 word steps instead of a million cells. The computation
 * stops as soon as the distance can no longer come under the limit. Checked against Commons Text's
 * {@code LevenshteinDistance} in {@code SimilarityVerifierTest}. Not thread-safe (scratch buffers).
 */
final class BitParallelLevenshtein {
    private long[] peq = new long[0];      // [block * CODE_LIMIT + code]: rows of the pattern holding code
    private long[] positive = new long[0]; // vertical deltas +1 per block
    private long[] negative = new long[0]; // vertical deltas -1 per block

    /** The edit distance, or -1 when it is larger than {@code limit}. */
    int distance(CharSequence a, CharSequence b, int limit) {
        CharSequence pattern = a.length() <= b.length() ? a : b;
        CharSequence text = pattern == a ? b : a;
        int m = pattern.length();
        int n = text.length();
        if (m == 0) {
            return n <= limit ? n : -1;
        }
        if (n - m > limit) {
            return -1;
        }
        int blocks = (m + 63) >>> 6;
        prepare(pattern, blocks);
        long lastBit = 1L << ((m - 1) & 63);
        int score = m;
        for (int j = 0; j < n; j++) {
            int code = text.charAt(j);
            int carry = 1; // the top row grows by one per column
            for (int block = 0; block < blocks; block++) {
                long eq = peq[block * TokenNormalizer.CODE_LIMIT + code];
                long pv = positive[block];
                long mv = negative[block];
                long xv = eq | mv;
                if (carry < 0) {
                    eq |= 1L;
                }
                long xh = (((eq & pv) + pv) ^ pv) | eq;
                long ph = mv | ~(xh | pv);
                long mh = pv & xh;
                long high = block == blocks - 1 ? lastBit : 0x8000000000000000L;
                int out = (ph & high) != 0 ? 1 : (mh & high) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (carry < 0) {
                    mh |= 1L;
                } else if (carry > 0) {
                    ph |= 1L;
                }
                positive[block] = mh | ~(xv | ph);
                negative[block] = ph & xv;
                carry = out;
            }
            score += carry;
            if (score - (n - 1 - j) > limit) {
                clear(pattern);
                return -1;
            }
        }
        clear(pattern);
        return score <= limit ? score : -1;
    }

    private void prepare(CharSequence pattern, int blocks) {
        int size = blocks * TokenNormalizer.CODE_LIMIT;
        if (peq.length < size) {
            peq = new long[size];
        }
        if (positive.length < blocks) {
            positive = new long[blocks];
            negative = new long[blocks];
        }
        Arrays.fill(positive, 0, blocks, -1L);
        Arrays.fill(negative, 0, blocks, 0L);
        for (int i = 0; i < pattern.length(); i++) {
            peq[(i >>> 6) * TokenNormalizer.CODE_LIMIT + pattern.charAt(i)] |= 1L << (i & 63);
        }
    }

    private void clear(CharSequence pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            peq[(i >>> 6) * TokenNormalizer.CODE_LIMIT + pattern.charAt(i)] = 0;
        }
    }
}
