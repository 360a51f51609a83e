package dev.platformscan.engine.cluster;

import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.Units;
import dev.platformscan.engine.parse.CodeUnit;
import org.apache.commons.text.similarity.LongestCommonSubsequence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityVerifierTest {

    /** Real units from the fixtures, and random edits of them. */
    private static List<String> sequences() {
        List<String> sequences = new ArrayList<>();
        for (String fixture : List.of("clones/Original.java", "clones/TypeThree.java", "clones/Unrelated.java", "parse/Shapes.java")) {
            for (CodeUnit unit : Units.parse(TestRepository.resource(fixture), 1, 20).units()) {
                sequences.add(unit.fingerprint().normalizedTokens());
            }
        }
        Random random = new Random(42);
        List<String> edited = new ArrayList<>();
        for (String sequence : sequences) {
            StringBuilder copy = new StringBuilder(sequence);
            for (int edit = random.nextInt(sequence.length() / 3 + 1); edit > 0 && copy.length() > 1; edit--) {
                int at = random.nextInt(copy.length());
                switch (random.nextInt(3)) {
                    case 0 -> copy.deleteCharAt(at);
                    case 1 -> copy.insert(at, (char) (16 + random.nextInt(100)));
                    default -> copy.setCharAt(at, (char) (16 + random.nextInt(100)));
                }
            }
            edited.add(copy.toString());
        }
        sequences.addAll(edited);
        return sequences;
    }

    @Test
    void bitParallelLcsEqualsCommonsTextOnRandomSequencesOfManyBlocks() {
        Random random = new Random(7);
        BitParallelLcs bitParallel = new BitParallelLcs();
        LongestCommonSubsequence reference = new LongestCommonSubsequence();
        for (int round = 0; round < 300; round++) {
            String a = randomCodes(random, random.nextInt(700));
            String b = random.nextBoolean() ? randomCodes(random, random.nextInt(700)) : mutate(random, a);
            int expected = reference.apply(a, b);
            assertThat(bitParallel.length(a, b, 0)).as("round %d", round).isEqualTo(expected);
            int minimum = random.nextInt(expected * 2 + 1);
            assertThat(bitParallel.length(a, b, minimum)).isEqualTo(expected >= minimum ? expected : -1);
        }
    }

    private static String randomCodes(Random random, int length) {
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < length; i++) {
            codes.append((char) (1 + random.nextInt(random.nextBoolean() ? 4 : 200)));
        }
        return codes.toString();
    }

    private static String mutate(Random random, String original) {
        StringBuilder copy = new StringBuilder(original);
        for (int edit = random.nextInt(original.length() / 4 + 1); edit > 0 && copy.length() > 0; edit--) {
            copy.setCharAt(random.nextInt(copy.length()), (char) (1 + random.nextInt(200)));
        }
        return copy.toString();
    }

    @Test
    void agreesWithTheDiceCoefficientOfTheFullLcsOnEveryPair() {
        List<String> sequences = sequences();
        int accepted = 0;
        for (double threshold : new double[] {0.5, 0.7, 0.9}) {
            SimilarityVerifier verifier = new SimilarityVerifier(threshold);
            for (String a : sequences) {
                for (String b : sequences) {
                    double exact = 2.0 * new LongestCommonSubsequence().apply(a, b) / (a.length() + b.length());
                    double verified = verifier.similarity(a, b);
                    if (exact + 1e-9 >= threshold) {
                        assertThat(verified).isCloseTo(exact, org.assertj.core.data.Offset.offset(1e-9));
                        accepted++;
                    } else {
                        assertThat(verified).isEqualTo(-1);
                    }
                }
            }
        }
        assertThat(accepted).isGreaterThan(sequences.size() * 3);
    }
}
