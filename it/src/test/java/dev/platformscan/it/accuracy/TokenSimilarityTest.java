package dev.platformscan.it.accuracy;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TokenSimilarityTest {

    @Test
    void aSequenceIsFullySimilarToItself() {
        int[] tokens = NormalizedTokens.encode(NormalizedTokens.ofMethod(Snippets.JOIN));
        assertThat(TokenSimilarity.dice(tokens, tokens.clone())).isEqualTo(1.0);
        assertThat(TokenSimilarity.levenshteinRatio(tokens, tokens.clone())).isEqualTo(1.0);
    }

    @Test
    void disjointSequencesAreNotSimilar() {
        int[] a = {1, 2, 3, 1, 2, 3, 1, 2};
        int[] b = {4, 5, 6, 7, 4, 5, 6, 7};
        assertThat(TokenSimilarity.dice(a, b)).isZero();
        assertThat(TokenSimilarity.levenshteinRatio(a, b)).isZero();
    }

    @Test
    void knownValues() {
        // LCS("ABCBDAB", "BDCABA") = 4 ("BCBA"): Dice = 8 / 13
        int[] a = {'A', 'B', 'C', 'B', 'D', 'A', 'B'};
        int[] b = {'B', 'D', 'C', 'A', 'B', 'A'};
        assertThat(TokenSimilarity.lcs(a, b)).isEqualTo(4);
        assertThat(TokenSimilarity.dice(a, b)).isCloseTo(8.0 / 13, within(1e-12));
        // kitten -> sitting: 3 edits over 7
        int[] kitten = "kitten".chars().toArray();
        int[] sitting = "sitting".chars().toArray();
        assertThat(TokenSimilarity.levenshteinRatio(kitten, sitting)).isCloseTo(1 - 3.0 / 7, within(1e-12));
        assertThat(TokenSimilarity.dice(new int[0], new int[0])).isEqualTo(1.0);
        assertThat(TokenSimilarity.dice(a, new int[0])).isZero();
    }

    @Test
    void bitParallelLcsMatchesDynamicProgrammingAcrossWordBoundaries() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int alphabet = 2 + random.nextInt(12);
            int[] a = random.ints(random.nextInt(200), 0, alphabet).toArray();
            int[] b = random.ints(random.nextInt(200), 0, alphabet).toArray();
            assertThat(TokenSimilarity.lcs(a, b)).as("round %d", round).isEqualTo(dynamicProgrammingLcs(a, b));
        }
    }

    @Test
    void upperBoundIsNeverBelowTheSimilarity() {
        Random random = new Random(11);
        for (int round = 0; round < 100; round++) {
            int[] a = random.ints(1 + random.nextInt(100), 0, 5).toArray();
            int[] b = random.ints(1 + random.nextInt(100), 0, 5).toArray();
            assertThat(TokenSimilarity.diceUpperBound(a.length, b.length))
                    .isGreaterThanOrEqualTo(TokenSimilarity.dice(a, b));
            assertThat(TokenSimilarity.dice(a, b)).isGreaterThanOrEqualTo(TokenSimilarity.levenshteinRatio(a, b) - 1e-12);
        }
    }

    private static int dynamicProgrammingLcs(int[] a, int[] b) {
        int[][] table = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.length][b.length];
    }
}
