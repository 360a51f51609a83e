package dev.platformscan.it.accuracy;

import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's similarity of two normalized token sequences, independent of the engine's:
 * the Dice coefficient on their longest common subsequence, {@code 2·LCS(a, b) / (|a| + |b|)}.
 * 1 for equal sequences, 0 for sequences without a common token. The LCS is computed bit-parallel
 * (Crochemore et al. 2001), O(|a|·|b|/64), so sampling can compare every new original with all
 * accepted ones.
 *
 * <p>{@link #levenshteinRatio} is the engine's kind of measure ({@code 1 - distance / max length}),
 * used only to explain misses.
 */
public final class TokenSimilarity {

    private TokenSimilarity() {
    }

    /** Dice coefficient on the LCS; 1 for two empty sequences. */
    public static double dice(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 1.0;
        }
        return 2.0 * lcs(a, b) / (a.length + b.length);
    }

    /** An upper bound of {@link #dice} from the lengths alone (LCS ≤ the shorter length). */
    static double diceUpperBound(int lengthA, int lengthB) {
        if (lengthA + lengthB == 0) {
            return 1.0;
        }
        return 2.0 * Math.min(lengthA, lengthB) / (lengthA + lengthB);
    }

    /** Length of the longest common subsequence. */
    public static int lcs(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int words = (a.length + 63) >>> 6;
        Map<Integer, long[]> matches = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            matches.computeIfAbsent(a[i], symbol -> new long[words])[i >>> 6] |= 1L << (i & 63);
        }
        // V starts all ones; for each symbol y of b: V = (V + (V & M[y])) | (V & ~M[y]).
        // Every zero bit of V within |a| bits is one unit of LCS.
        long[] v = new long[words];
        java.util.Arrays.fill(v, -1L);
        for (int symbol : b) {
            long[] match = matches.get(symbol);
            if (match == null) {
                continue; // V & M = 0: V is unchanged
            }
            long carry = 0;
            for (int w = 0; w < words; w++) {
                long u = v[w] & match[w];
                long keep = v[w] & ~match[w];
                long sum = v[w] + u;
                long carryOut = Long.compareUnsigned(sum, v[w]) < 0 ? 1 : 0;
                long sumWithCarry = sum + carry;
                if (carry != 0 && sumWithCarry == 0) {
                    carryOut = 1;
                }
                carry = carryOut;
                v[w] = sumWithCarry | keep;
            }
        }
        int ones = 0;
        for (int w = 0; w < words; w++) {
            long word = v[w];
            int bitsInWord = Math.min(64, a.length - (w << 6));
            if (bitsInWord < 64) {
                word &= (1L << bitsInWord) - 1;
            }
            ones += Long.bitCount(word);
        }
        return a.length - ones;
    }

    /** {@code 1 - Levenshtein(a, b) / max(|a|, |b|)}: the engine's kind of measure, for diagnostics. */
    static double levenshteinRatio(int[] a, int[] b) {
        int longest = Math.max(a.length, b.length);
        if (longest == 0) {
            return 1.0;
        }
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length] / longest;
    }
}
