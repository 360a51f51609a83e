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
     * large enough for the sliding window, which the test checks).
     */
    @Test
    void proposesExactlyThePairsThatShareABandAndReachTheEstimate() throws Exception {
        Path sources = Path.of("src/main/java").toAbsolutePath();
        Path base = sources.getParent().getParent().getParent();
        ModuleSource module = new ModuleSource("dev.platformscan:plugin", "plugin", base, "jar",
                List.of(sources, Path.of("src/test/java").toAbsolutePath()), List.of(), "UTF-8", "17");
        ScanRequest request = ScanRequest.defaults(base, List.of(module));
        List<UnitGroup> groups = CloneClusterer.exactGroups(CloneClusterer.index(
                new PlatformScanEngine().analysedFiles(request, ScanListener.SILENT)), null);
        double minSimilarity = request.clustering().minSimilarity();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        long[] proposed;
        try {
            proposed = CandidateIndex.candidates(groups, minSimilarity, pool, 3);
        } finally {
            pool.shutdown();
        }

        MinHashSketcher sketcher = MinHashSketcher.standard();
        int[][] signatures = new int[groups.size()][];
        long[][] bandKeys = new long[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).searchable()) {
                signatures[g] = sketcher.signature(
                        groups.get(g).representative().unit().fingerprint().normalizedTokens());
                bandKeys[g] = signatures[g] == null ? null : sketcher.bandKeys(signatures[g]);
            }
        }
        assertThat(groups.size()).as("enough real units to mean something").isGreaterThan(500);
        TreeSet<Long> expected = new TreeSet<>();
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                if (bandKeys[a] == null || bandKeys[b] == null || groups.get(a).isClass() != groups.get(b).isClass()
                        || !SimilarityVerifier.lengthsAllow(groups.get(a).representative().unit().tokens(),
                        groups.get(b).representative().unit().tokens(), minSimilarity)
                        || MinHashSketcher.estimatedJaccard(signatures[a], signatures[b])
                        < CandidateIndex.MIN_ESTIMATED_JACCARD) {
                    continue;
                }
                for (int band = 0; band < sketcher.bands(); band++) {
                    if (bandKeys[a][band] == bandKeys[b][band]) {
                        expected.add((long) a << 32 | b);
                        break;
                    }
                }
            }
        }
        TreeSet<Long> actual = new TreeSet<>();
        for (long pair : proposed) {
            actual.add(pair);
        }
        assertThat(proposed).as("each pair once").hasSize(actual.size()).isSorted();
        assertThat(expected).as("pairs sharing a band with the estimate reached").hasSizeGreaterThan(100);
        assertThat(actual).isEqualTo(expected);
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
        assertThat(CandidateIndex.equalPositionsNeeded(96)).isEqualTo(11); // 10 / 96 = 0.104, 11 / 96 = 0.115
        assertThat(CandidateIndex.equalPositionsNeeded(128)).isEqualTo(15); // 14 / 128 = 0.109
        assertThat(CandidateIndex.equalPositionsNeeded(10)).isEqualTo(2);
        assertThat(CandidateIndex.equalPositionsNeeded(100)).isEqualTo(11);
    }
}
