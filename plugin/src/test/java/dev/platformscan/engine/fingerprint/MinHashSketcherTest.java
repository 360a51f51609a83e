package dev.platformscan.engine.fingerprint;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashSketcherTest {

    /** The grams as a sorted set, computed the plain way. */
    private static long[] expected(String codes, int gramLength) {
        int grams = Math.max(1, codes.length() - gramLength + 1);
        long[] hashes = new long[grams];
        for (int start = 0; start < grams; start++) {
            long gram = Hashing.FNV_OFFSET;
            for (int i = start; i < Math.min(codes.length(), start + gramLength); i++) {
                gram = Hashing.add(gram, codes.charAt(i));
            }
            hashes[start] = Hashing.mix(gram);
        }
        return Arrays.stream(hashes).distinct().sorted().toArray();
    }

    @Test
    void distinctGramsAreEachGramOnceInOrderOfFirstOccurrence() {
        MinHashSketcher sketcher = MinHashSketcher.standard();
        Random random = new Random(11);
        for (int length : new int[] {0, 1, 3, 4, 5, 17, 400, 5000}) {
            StringBuilder codes = new StringBuilder();
            for (int i = 0; i < length; i++) {
                codes.append((char) (16 + random.nextInt(length % 2 == 0 ? 4 : 40))); // few symbols: many repeats
            }
            long[] distinct = sketcher.distinctGrams(codes);
            assertThat(Arrays.stream(distinct).distinct().count()).isEqualTo(distinct.length);
            assertThat(Arrays.stream(distinct).sorted().toArray()).isEqualTo(expected(codes.toString(), 4));
        }
    }

    @Test
    void shiftedBandsReadTheMinimaOnePositionOnAndWrapAround() {
        MinHashSketcher sketcher = new MinHashSketcher(4, 48, 2, 48);
        assertThat(sketcher.functions()).isEqualTo(96);
        assertThat(sketcher.bands()).isEqualTo(96);
        assertThat(new int[] {sketcher.position(0, 0), sketcher.position(0, 1)}).containsExactly(0, 1);
        assertThat(new int[] {sketcher.position(47, 0), sketcher.position(47, 1)}).containsExactly(94, 95);
        assertThat(new int[] {sketcher.position(48, 0), sketcher.position(48, 1)}).containsExactly(1, 2);
        assertThat(new int[] {sketcher.position(95, 0), sketcher.position(95, 1)}).containsExactly(95, 0);

        int[] signature = sketcher.signature("abcdefghijklmnopqrstuvwxyz");
        long[] keys = sketcher.bandKeys(signature);
        assertThat(Arrays.copyOf(keys, 48)).as("the bands side by side are those of a sketch without shifted ones")
                .containsExactly(new MinHashSketcher(4, 48, 2).bandKeys(signature));
        int[] other = new int[signature.length];
        for (int p = 0; p < other.length; p++) {
            other[p] = p == 95 || p == 0 ? signature[p] : ~signature[p];
        }
        long[] otherKeys = sketcher.bandKeys(other);
        for (int band = 0; band < keys.length; band++) {
            assertThat(keys[band] == otherKeys[band]).as("band %d", band).isEqualTo(band == 95);
        }
    }
}
