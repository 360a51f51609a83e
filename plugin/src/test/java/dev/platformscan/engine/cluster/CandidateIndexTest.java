package dev.platformscan.engine.cluster;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.fingerprint.MinHashSketcher;
import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {

    @Test
    void sortByKeyGroupsEqualKeysKeepsEachMemberWithItsKeyAndTheirOrder() {
        Random random = new Random(3);
        long[] pool = {Long.MIN_VALUE, -1, 0, 1, 0x5bd1e995L, Long.MAX_VALUE, random.nextLong(), random.nextLong()};
        int n = 10_000;
        long[] keys = new long[n];
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = pool[random.nextInt(pool.length)];
            members[i] = i;
        }
        long[] original = keys.clone();

        CandidateIndex.sortByKey(keys, members);

        for (int i = 0; i < n; i++) {
            assertThat(keys[i]).isEqualTo(original[members[i]]);
            if (i > 0) {
                assertThat(Long.compareUnsigned(keys[i - 1], keys[i])).isLessThanOrEqualTo(0);
                if (keys[i - 1] == keys[i]) {
                    assertThat(members[i - 1]).isLessThan(members[i]);
                }
            }
        }
    }

    /**
     * The index offers each pair once, from the first band it shares, and stops counting equal positions early; the
     * pairs must be exactly those a plain reading of the rule gives: same kind, sharing a band, lengths that allow the
     * threshold, estimated Jaccard at least the cut-off. Real code: this plugin's own sources and tests (no bucket there is
     * large enough for the sliding window, which the test checks), sketched by the index itself (which grams count as
     * idioms is another test's business): the code base grows, and with it the grams common enough to be left out.
     */
    @Test
    void proposesExactlyThePairsThatShareABandAndReachTheEstimate() throws Exception {
        List<UnitGroup> groups = pluginGroups();
        double minSimilarity = ScanRequest.defaults(Path.of("."), List.of()).clustering().minSimilarity();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        long[] proposed;
        CandidateIndex.Sketches sketches;
        try {
            sketches = CandidateIndex.sketches(groups, MinHashSketcher.standard(), pool, 3);
            proposed = CandidateIndex.candidates(groups, sketches, minSimilarity, pool, 3);
        } finally {
            pool.shutdown();
        }
        assertThat(groups.size()).as("enough real units to mean something").isGreaterThan(500);
        MinHashSketcher sketcher = MinHashSketcher.standard();
        TreeSet<Long> expected = pairsSharingABand(groups, sketches.uncommon(), sketcher.bands(),
                CandidateIndex.MIN_ESTIMATED_JACCARD, minSimilarity);
        expected.addAll(pairsSharingABand(groups, sketches.idioms(), sketcher.disjointBands(),
                CandidateIndex.IDIOMS_MIN_ESTIMATED_JACCARD, minSimilarity));
        assertThat(proposed).as("each pair once").hasSize(new TreeSet<>(box(proposed)).size()).isSorted();
        assertThat(expected).as("pairs sharing a band with the estimate reached").hasSizeGreaterThan(100);
        assertThat(new TreeSet<>(box(proposed))).isEqualTo(expected);
    }

    /**
     * The search of units made of idioms on its own: every unit of the plugin's sources treated as made of idioms (no
     * signature of uncommon grams), sketched over all its grams; the pairs must be those sharing one of the bands side
     * by side with the idioms' higher cut-off, except pairs whose every shared band is a bucket larger than the idioms'
     * window ({@link CandidateIndex#IDIOMS_BUCKET_LIMIT}), which that window may leave out.
     */
    @Test
    void searchesUnitsMadeOfIdiomsOverAllTheirGramsWithTheirOwnCutOff() throws Exception {
        List<UnitGroup> groups = pluginGroups();
        double minSimilarity = ScanRequest.defaults(Path.of("."), List.of()).clustering().minSimilarity();
        int[][] all = allGramSignatures(groups, Integer.MAX_VALUE);
        CandidateIndex.Sketches idiomsOnly = new CandidateIndex.Sketches(new int[groups.size()][], all, null, 0,
                CopiedGrams.none(), MinHashSketcher.standard());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        long[] proposed;
        try {
            proposed = CandidateIndex.candidates(groups, idiomsOnly, minSimilarity, pool, 3);
        } finally {
            pool.shutdown();
        }
        MinHashSketcher sketcher = MinHashSketcher.standard();
        TreeSet<Long> expected = pairsSharingABand(groups, all, sketcher.disjointBands(),
                CandidateIndex.IDIOMS_MIN_ESTIMATED_JACCARD, minSimilarity);
        assertThat(expected).as("pairs sharing a band at the idioms' cut-off").hasSizeGreaterThan(100)
                .hasSizeLessThan(pairsSharingABand(groups, all, sketcher.bands(), CandidateIndex.MIN_ESTIMATED_JACCARD,
                        minSimilarity).size());
        TreeSet<Long> actual = new TreeSet<>(box(proposed));
        assertThat(expected).as("every proposed pair follows the rule").containsAll(actual);
        // a bucket: a band key (which holds its band) of one kind; the index salts the keys of classes
        java.util.Map<Long, Integer> bucketSizes = new java.util.HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            if (all[g] != null) {
                long[] keys = sketcher.bandKeys(all[g]);
                for (int band = 0; band < sketcher.disjointBands(); band++) {
                    bucketSizes.merge(keys[band] * 2 + (groups.get(g).isClass() ? 1 : 0), 1, Integer::sum);
                }
            }
        }
        int leftOutByTheWindow = 0;
        for (long pair : expected) {
            if (actual.contains(pair)) {
                continue;
            }
            long[] left = sketcher.bandKeys(all[(int) (pair >>> 32)]);
            long[] right = sketcher.bandKeys(all[(int) pair]);
            int kind = groups.get((int) pair).isClass() ? 1 : 0;
            for (int band = 0; band < sketcher.disjointBands(); band++) {
                if (left[band] == right[band]) {
                    assertThat(bucketSizes.get(left[band] * 2 + kind)).as("a shared bucket of a pair left out")
                            .isGreaterThan(CandidateIndex.IDIOMS_BUCKET_LIMIT);
                }
            }
            leftOutByTheWindow++;
        }
        assertThat(leftOutByTheWindow).as("pairs only the window leaves out").isLessThan(expected.size() / 10);
    }

    private static List<UnitGroup> pluginGroups() throws InterruptedException {
        Path sources = Path.of("src/main/java").toAbsolutePath();
        Path base = sources.getParent().getParent().getParent();
        ModuleSource module = new ModuleSource("dev.platformscan:plugin", "plugin", base, "jar",
                List.of(sources, Path.of("src/test/java").toAbsolutePath()), List.of(), "UTF-8", "17");
        ScanRequest request = ScanRequest.defaults(base, List.of(module));
        return CloneClusterer.exactGroups(CloneClusterer.index(
                new PlatformScanEngine().analysedFiles(request, ScanListener.SILENT)), null);
    }

    /** The signature of all grams of every searchable group with at most {@code maxGrams} distinct grams. */
    private static int[][] allGramSignatures(List<UnitGroup> groups, int maxGrams) {
        MinHashSketcher sketcher = MinHashSketcher.standard();
        int[][] signatures = new int[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            String codes = groups.get(g).representative().unit().fingerprint().normalizedTokens();
            if (groups.get(g).searchable() && sketcher.distinctGrams(codes).length <= maxGrams) {
                signatures[g] = sketcher.signature(codes);
            }
        }
        return signatures;
    }

    /**
     * The pairs the rule gives, read plainly: same kind, a shared key among the first {@code bands}, lengths and estimate
     * allowing it.
     */
    private static TreeSet<Long> pairsSharingABand(List<UnitGroup> groups, int[][] signatures, int bands, double cutOff,
                                                   double minSimilarity) {
        MinHashSketcher sketcher = MinHashSketcher.standard();
        long[][] bandKeys = new long[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            bandKeys[g] = signatures[g] == null ? null : sketcher.bandKeys(signatures[g]);
        }
        TreeSet<Long> pairs = new TreeSet<>();
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                if (bandKeys[a] == null || bandKeys[b] == null || groups.get(a).isClass() != groups.get(b).isClass()
                        || !SimilarityVerifier.lengthsAllow(groups.get(a).representative().unit().tokens(),
                        groups.get(b).representative().unit().tokens(), minSimilarity)
                        || MinHashSketcher.estimatedJaccard(signatures[a], signatures[b]) < cutOff) {
                    continue;
                }
                for (int band = 0; band < bands; band++) {
                    if (bandKeys[a][band] == bandKeys[b][band]) {
                        pairs.add((long) a << 32 | b);
                        break;
                    }
                }
            }
        }
        return pairs;
    }

    private static List<Long> box(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Test
    void lanesMarkExactlyThePositionsWhoseLowBitsAreEqual() {
        Random random = new Random(5);
        for (int round = 0; round < 1000; round++) {
            int[] left = new int[CandidateIndex.Lanes.PER_WORD * 2];
            int[] right = new int[left.length];
            for (int p = 0; p < left.length; p++) {
                left[p] = random.nextInt();
                int pick = random.nextInt(4);
                right[p] = pick == 0 ? left[p] : pick == 1 ? left[p] ^ (1 << (8 + random.nextInt(24))) // equal low bits
                        : pick == 2 ? left[p] ^ (1 << random.nextInt(8)) : random.nextInt();
            }
            long[] lanes = CandidateIndex.Lanes.of(new int[][] {left, right}, left.length);
            for (int w = 0; w < 2; w++) {
                long equal = CandidateIndex.Lanes.equal(lanes[w], lanes[2 + w]);
                for (int lane = 0; lane < CandidateIndex.Lanes.PER_WORD; lane++) {
                    int p = w * CandidateIndex.Lanes.PER_WORD + lane;
                    boolean marked = (equal >>> (lane * CandidateIndex.Lanes.BITS + CandidateIndex.Lanes.BITS - 1) & 1) != 0;
                    assertThat(marked).as("position %d", p).isEqualTo((left[p] & 0xff) == (right[p] & 0xff));
                }
                assertThat(equal & ~0x8080808080808080L).isZero();
            }
        }
    }

    @Test
    void theEstimateNeedsAsManyEqualPositionsAsTheRatioSays() {
        assertThat(CandidateIndex.equalPositionsNeeded(96, CandidateIndex.MIN_ESTIMATED_JACCARD)).isEqualTo(11); // 10 / 96 = 0.104, 11 / 96 = 0.115
        assertThat(CandidateIndex.equalPositionsNeeded(128, CandidateIndex.MIN_ESTIMATED_JACCARD)).isEqualTo(15); // 14 / 128 = 0.109
        assertThat(CandidateIndex.equalPositionsNeeded(10, CandidateIndex.MIN_ESTIMATED_JACCARD)).isEqualTo(2);
        assertThat(CandidateIndex.equalPositionsNeeded(100, CandidateIndex.MIN_ESTIMATED_JACCARD)).isEqualTo(11);
    }
}
