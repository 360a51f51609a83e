package dev.platformscan.it.accuracy;

import java.util.List;

/**
 * The bucket of one pair of units of a family, by how the two differ: T1 (the same code tokens: layout and
 * comments only), T2 (the same normalized tokens: renames, literals), else by the benchmark similarity
 * ({@link TokenSimilarity#dice} on {@link NormalizedTokens}): T3 from 0.70, T3 from 0.50, and below 0.50
 * (reported only).
 */
enum FamilyBucket {
    T1("T1", "same code tokens", 1.00),
    T2("T2", "same normalized tokens", 0.99),
    T3_HIGH("T3 >= 0.7", "similarity 0.70-1.00", 0.98),
    T3_MID("T3 0.5-0.7", "similarity 0.50-0.70", 0.60),
    LOW("< 0.5", "similarity under 0.50, reported only", Double.NaN);

    static final double HIGH_FROM = EditClass.T3_HIGH_FROM;
    static final double MID_FROM = EditClass.T3_MID_FROM;

    private final String label;
    private final String description;
    private final double target;

    FamilyBucket(String label, String description, double target) {
        this.label = label;
        this.description = description;
        this.target = target;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    /** Target recall, NaN when the bucket is reported only. */
    double target() {
        return target;
    }

    /** The bucket of two units given their code token texts and their normalized token codes. */
    static FamilyBucket of(List<String> codeTokensA, int[] codesA, List<String> codeTokensB, int[] codesB) {
        if (codeTokensA.equals(codeTokensB)) {
            return T1;
        }
        if (java.util.Arrays.equals(codesA, codesB)) {
            return T2;
        }
        return ofSimilarity(TokenSimilarity.dice(codesA, codesB));
    }

    /** The bucket of a pair that is neither T1 nor T2, by its benchmark similarity. */
    static FamilyBucket ofSimilarity(double similarity) {
        if (similarity >= HIGH_FROM) {
            return T3_HIGH;
        }
        return similarity >= MID_FROM ? T3_MID : LOW;
    }
}
