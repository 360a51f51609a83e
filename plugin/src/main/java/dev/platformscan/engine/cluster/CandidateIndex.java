package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.GramFrequencies;
import dev.platformscan.engine.fingerprint.MinHashSketcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Finds candidate pairs of exact-duplicate groups through their MinHash LSH band keys: groups that
 * share a band key become candidates; nothing compares all pairs. A bucket that grows beyond
 * {@link #BUCKET_LIMIT} (thousands of look-alike units, typically generated code) is searched with a
 * sliding window over token length instead of all its pairs, so the search stays sub-quadratic.
 */
final class CandidateIndex {
    static final int BUCKET_LIMIT = 200;
    /**
     * Pairs whose MinHash signatures estimate a lower Jaccard similarity of their 4-gram sets are not
     * verified: on real code (8 libraries, 13k units) this drops ~90% of LSH candidates and keeps ~98% of
     * the pairs that verify at 0.7 (docs/design.md).
     */
    static final double MIN_ESTIMATED_JACCARD = 0.2;
    /** A gram in more units than this share of all units (and at least COMMON_GRAM_MIN_UNITS) is an idiom. */
    static final double COMMON_GRAM_SHARE = 0.02;
    static final int COMMON_GRAM_MIN_UNITS = 1000;

    private CandidateIndex() {
    }

    /**
     * @param groups        representative unit per group
     * @param minSimilarity pairs whose lengths alone rule out this similarity are not returned
     * @return candidate pairs as (lowerGroup, higherGroup) in ascending order
     */
    static long[] candidates(List<UnitGroup> groups, double minSimilarity, ExecutorService executor, int parallelism)
            throws InterruptedException {
        MinHashSketcher sketcher = MinHashSketcher.standard();
        GramFrequencies frequencies = gramFrequencies(groups, sketcher);
        int maxUnits = Math.max(COMMON_GRAM_MIN_UNITS, (int) (frequencies.units() * COMMON_GRAM_SHARE));
        int[][] signatures = new int[groups.size()][];
        List<Future<?>> futures = new ArrayList<>();
        int chunks = Math.max(1, Math.min(groups.size(), parallelism * 8));
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) groups.size() * c / chunks);
            int to = (int) ((long) groups.size() * (c + 1) / chunks);
            futures.add(executor.submit(() -> {
                for (int g = from; g < to; g++) {
                    if (groups.get(g).searchable()) {
                        signatures[g] = sketcher.signature(sketcher.distinctGrams(codes(groups, g)), frequencies, maxUnits);
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("sketching failed", e.getCause());
            }
        }
        Map<Long, IntList> buckets = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            if (signatures[g] == null) {
                continue;
            }
            for (long key : sketcher.bandKeys(signatures[g])) {
                long bucketKey = key ^ (groups.get(g).isClass() ? 0x5bd1e995L : 0);
                buckets.computeIfAbsent(bucketKey, k -> new IntList()).add(g);
            }
        }
        LongHashSet seen = new LongHashSet();
        List<Long> pairs = new ArrayList<>();
        for (IntList bucket : buckets.values()) {
            int used = bucket.size;
            if (used < 2) {
                continue;
            }
            int[] members = Arrays.copyOf(bucket.values, used);
            if (used <= BUCKET_LIMIT) {
                for (int i = 0; i < used; i++) {
                    for (int j = i + 1; j < used; j++) {
                        offer(groups, signatures, members[i], members[j], minSimilarity, seen, pairs);
                    }
                }
            } else {
                Integer[] byLength = Arrays.stream(members).boxed().toArray(Integer[]::new);
                Arrays.sort(byLength, (a, b) -> a.equals(b) ? 0 : tokensOf(groups, a) != tokensOf(groups, b)
                        ? Integer.compare(tokensOf(groups, a), tokensOf(groups, b)) : Integer.compare(a, b));
                for (int i = 0; i < byLength.length; i++) {
                    for (int j = i + 1; j < byLength.length && j <= i + BUCKET_LIMIT; j++) {
                        if (!SimilarityVerifier.lengthsAllow(tokensOf(groups, byLength[i]), tokensOf(groups, byLength[j]),
                                minSimilarity)) {
                            break;
                        }
                        offer(groups, signatures, byLength[i], byLength[j], minSimilarity, seen, pairs);
                    }
                }
            }
        }
        long[] result = pairs.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(result);
        return result;
    }

    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    private static int tokensOf(List<UnitGroup> groups, int g) {
        return groups.get(g).representative().unit().tokens();
    }

    private static String codes(List<UnitGroup> groups, int g) {
        return groups.get(g).representative().unit().fingerprint().normalizedTokens();
    }

    /**
     * In how many searchable units each gram occurs. The signature pass computes each unit's distinct
     * grams again rather than keeping them: holding them would cost 8 bytes per token (about 480 MB on the
     * 4.5M-line corpus), recomputing costs a few seconds.
     */
    private static GramFrequencies gramFrequencies(List<UnitGroup> groups, MinHashSketcher sketcher) {
        GramFrequencies frequencies = new GramFrequencies();
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).searchable()) {
                frequencies.addUnit(sketcher.distinctGrams(codes(groups, g)));
            }
        }
        return frequencies;
    }

    private static void offer(List<UnitGroup> groups, int[][] signatures, int a, int b, double minSimilarity,
                              LongHashSet seen, List<Long> pairs) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        int lengthA = tokensOf(groups, low);
        int lengthB = tokensOf(groups, high);
        if (!SimilarityVerifier.lengthsAllow(lengthA, lengthB, minSimilarity)) {
            return;
        }
        if (MinHashSketcher.estimatedJaccard(signatures[low], signatures[high]) < MIN_ESTIMATED_JACCARD) {
            return;
        }
        long key = ((long) low << 32) | high;
        if (seen.add(key)) {
            pairs.add(key);
        }
    }
}
