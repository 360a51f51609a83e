package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.GramFrequencies;
import dev.platformscan.engine.fingerprint.MinHashSketcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
     * verified. At 0.2 (with 36 bands) the candidate search proposed 97.5% of the pairs the evidence rules
     * accept on the family benchmark's 5,668 units; at 0.1 with 64 bands 99.5% (docs/accuracy-families.md,
     * "Candidate recall").
     */
    static final double MIN_ESTIMATED_JACCARD = 0.1;
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
        int[][] signatures = signatures(groups, sketcher, executor, parallelism);
        // Buckets: every (band key, group) entry sorted by key, so a bucket is a run of equal keys. Filling a
        // HashMap<Long, list> instead (2.3M boxed keys on the 21k-file corpus) took 3.5 s of a 5 s search.
        int entries = 0;
        for (int[] signature : signatures) {
            entries += signature == null ? 0 : sketcher.bands();
        }
        if (groups.size() > MAX_GROUPS || sketcher.bands() > Long.SIZE) {
            throw new IllegalStateException("the candidate index holds at most " + MAX_GROUPS + " groups and "
                    + Long.SIZE + " bands");
        }
        long[] keys = new long[entries];
        int[] members = new int[entries]; // group << BAND_BITS | band: a bucket knows its band
        int filled = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (signatures[g] == null) {
                continue;
            }
            long salt = groups.get(g).isClass() ? 0x5bd1e995L : 0;
            long[] bandKeys = sketcher.bandKeys(signatures[g]);
            for (int band = 0; band < bandKeys.length; band++) {
                keys[filled] = bandKeys[band] ^ salt;
                members[filled++] = g << BAND_BITS | band;
            }
        }
        sortByKey(keys, members);
        int[] tokens = new int[groups.size()]; // read once: the pair loops below ask for them millions of times
        for (int g = 0; g < tokens.length; g++) {
            tokens[g] = groups.get(g).representative().unit().tokens();
        }
        Buckets buckets = Buckets.of(keys, members, groups.size(), sketcher.functions() / sketcher.bands());
        long[] pairs = offerBuckets(tokens, signatures, buckets, minSimilarity, executor, parallelism);
        return sortedDistinct(pairs);
    }

    /**
     * The signature of every searchable group's grams that are not idioms (null for a group that is not searchable,
     * or has fewer than {@link MinHashSketcher#MIN_DISTINCT_GRAMS} such grams).
     */
    static int[][] signatures(List<UnitGroup> groups, MinHashSketcher sketcher, ExecutorService executor,
                              int parallelism) throws InterruptedException {
        GramFrequencies frequencies = gramFrequencies(groups, sketcher, executor, parallelism);
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
        return signatures;
    }

    static final int BAND_BITS = 6;
    static final int MAX_GROUPS = (1 << (Integer.SIZE - 1 - BAND_BITS)) - 1;

    /**
     * The buckets (runs of equal band keys among the sorted entries), each entry a group and its band, and per group
     * the bands whose bucket is too large to offer all its pairs ({@link #BUCKET_LIMIT}). A pair that shares several
     * bands is offered only by the first of them whose bucket offers all its pairs, so the estimate is computed once
     * per pair instead of once per shared band (a near-copy shares most of the 64).
     */
    private record Buckets(int[] starts, int[] ends, int[] members, long[] oversizedBands, int rowsPerBand) {
        /** The buckets of entries sorted by key: runs of at least two equal keys. */
        static Buckets of(long[] keys, int[] members, int groups, int rowsPerBand) {
            IntList starts = new IntList();
            IntList ends = new IntList();
            long[] oversizedBands = new long[groups];
            for (int from = 0, to; from < keys.length; from = to) {
                to = from + 1;
                while (to < keys.length && keys[to] == keys[from]) {
                    to++;
                }
                if (to - from >= 2) {
                    starts.add(from);
                    ends.add(to);
                }
                if (to - from > BUCKET_LIMIT) {
                    for (int e = from; e < to; e++) {
                        oversizedBands[group(members[e])] |= 1L << band(members[e]);
                    }
                }
            }
            return new Buckets(starts.toArray(), ends.toArray(), members, oversizedBands, rowsPerBand);
        }

        static int group(int member) {
            return member >>> BAND_BITS;
        }

        static int band(int member) {
            return member & ((1 << BAND_BITS) - 1);
        }
    }

    /**
     * The candidate pairs of every bucket (a pair offered by several buckets may come more than once),
     * buckets shared out among the threads in chunks of about equal work.
     */
    private static long[] offerBuckets(int[] tokens, int[][] signatures, Buckets buckets,
                                       double minSimilarity, ExecutorService executor, int parallelism)
            throws InterruptedException {
        int[] starts = buckets.starts();
        int[] ends = buckets.ends();
        long totalWork = 0;
        for (int b = 0; b < starts.length; b++) {
            totalWork += work(ends[b] - starts[b]);
        }
        int chunks = Math.max(1, parallelism * 8);
        List<Future<LongList>> futures = new ArrayList<>();
        for (int bucket = 0, c = 0; bucket < starts.length; c++) {
            int first = bucket;
            long chunkWork = 0;
            while (bucket < starts.length && (chunkWork < totalWork / chunks || c >= chunks - 1)) {
                chunkWork += work(ends[bucket] - starts[bucket]);
                bucket++;
            }
            int last = bucket;
            futures.add(executor.submit(() -> {
                LongList pairs = new LongList();
                for (int b = first; b < last; b++) {
                    int band = Buckets.band(buckets.members()[starts[b]]);
                    int[] members = new int[ends[b] - starts[b]];
                    for (int e = 0; e < members.length; e++) {
                        members[e] = Buckets.group(buckets.members()[starts[b] + e]);
                    }
                    offerBucket(tokens, signatures, members, new Band(band, buckets), minSimilarity, pairs);
                }
                return pairs;
            }));
        }
        LongList all = new LongList();
        for (Future<LongList> future : futures) {
            try {
                all.addAll(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("candidate search failed", e.getCause());
            }
        }
        return Arrays.copyOf(all.values, all.size);
    }

    private static long work(int size) {
        return (long) size * Math.min(size, BUCKET_LIMIT);
    }

    /** The band of the bucket being offered, and where the other bands' buckets are too large to offer all pairs. */
    private record Band(int index, Buckets buckets) {
    }

    private static void offerBucket(int[] tokens, int[][] signatures, int[] members, Band band, double minSimilarity,
                                    LongList pairs) {
        int used = members.length;
        if (used <= BUCKET_LIMIT) {
            for (int i = 0; i < used; i++) {
                for (int j = i + 1; j < used; j++) {
                    offer(tokens, signatures, members[i], members[j], band, minSimilarity, pairs);
                }
            }
        } else {
            Integer[] byLength = Arrays.stream(members).boxed().toArray(Integer[]::new);
            Arrays.sort(byLength, (a, b) -> a.equals(b) ? 0 : tokens[a] != tokens[b]
                    ? Integer.compare(tokens[a], tokens[b]) : Integer.compare(a, b));
            for (int i = 0; i < byLength.length; i++) {
                for (int j = i + 1; j < byLength.length && j <= i + BUCKET_LIMIT; j++) {
                    if (!SimilarityVerifier.lengthsAllow(tokens[byLength[i]], tokens[byLength[j]], minSimilarity)) {
                        break;
                    }
                    offer(tokens, signatures, byLength[i], byLength[j], band, minSimilarity, pairs);
                }
            }
        }
    }

    /**
     * Sorts the keys in unsigned order, moving the members along when there are any (null: keys alone). LSD radix sort,
     * 16 bits a pass: stable and linear (sorting the 650k candidate pairs of the 1.2M-line corpus with Arrays.sort took
     * a tenth of a second on one thread).
     */
    static void sortByKey(long[] keys, int[] members) {
        long[] keyBuffer = new long[keys.length];
        int[] memberBuffer = members == null ? null : new int[keys.length];
        long[] fromKeys = keys;
        int[] fromMembers = members;
        long[] toKeys = keyBuffer;
        int[] toMembers = memberBuffer;
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            Arrays.fill(counts, 0);
            for (long key : fromKeys) {
                counts[(int) (key >>> shift) & 0xffff]++;
            }
            int sum = 0;
            for (int digit = 0; digit < counts.length; digit++) {
                int count = counts[digit];
                counts[digit] = sum;
                sum += count;
            }
            for (int i = 0; i < fromKeys.length; i++) {
                int position = counts[(int) (fromKeys[i] >>> shift) & 0xffff]++;
                toKeys[position] = fromKeys[i];
                if (fromMembers != null) {
                    toMembers[position] = fromMembers[i];
                }
            }
            long[] swapKeys = fromKeys;
            fromKeys = toKeys;
            toKeys = swapKeys;
            int[] swapMembers = fromMembers;
            fromMembers = toMembers;
            toMembers = swapMembers;
        }
        // four passes: the sorted data is back in the arrays passed in
    }

    /** The values sorted, each once; they are candidate pairs, never negative, so unsigned order is their order. */
    private static long[] sortedDistinct(long[] values) {
        sortByKey(values, null);
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    private static final class LongList {
        long[] values = new long[16];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(LongList other) {
            if (size + other.size > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + other.size));
            }
            System.arraycopy(other.values, 0, values, size, other.size);
            size += other.size;
        }
    }

    private static final class IntList {
        int[] values = new int[2];
        int size;

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    private static String codes(List<UnitGroup> groups, int g) {
        return groups.get(g).representative().unit().fingerprint().normalizedTokens();
    }

    /**
     * In how many searchable units each gram occurs. The signature pass computes each unit's distinct
     * grams again rather than keeping them: holding them would cost 8 bytes per token (about 480 MB on the
     * 4.5M-line corpus), recomputing costs a few seconds.
     */
    private static GramFrequencies gramFrequencies(List<UnitGroup> groups, MinHashSketcher sketcher,
                                                   ExecutorService executor, int parallelism)
            throws InterruptedException {
        List<Future<GramFrequencies>> futures = new ArrayList<>();
        for (int c = 0; c < parallelism; c++) {
            int from = (int) ((long) groups.size() * c / parallelism);
            int to = (int) ((long) groups.size() * (c + 1) / parallelism);
            futures.add(executor.submit(() -> {
                GramFrequencies part = new GramFrequencies();
                for (int g = from; g < to; g++) {
                    if (groups.get(g).searchable()) {
                        part.addUnit(sketcher.distinctGrams(codes(groups, g)));
                    }
                }
                return part;
            }));
        }
        GramFrequencies frequencies = null;
        for (Future<GramFrequencies> future : futures) {
            try {
                if (frequencies == null) {
                    frequencies = future.get();
                } else {
                    frequencies.addAll(future.get());
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("counting grams failed", e.getCause());
            }
        }
        return frequencies;
    }

    /**
     * Adds the pair unless its lengths rule out the similarity, its signatures estimate a Jaccard similarity under
     * {@link #MIN_ESTIMATED_JACCARD}, or an earlier band offers it (a band both share whose bucket offers all its
     * pairs). Counting equal positions stops as soon as the estimate is reached: the answer is the same as
     * {@link MinHashSketcher#estimatedJaccard}'s.
     */
    private static void offer(int[] tokens, int[][] signatures, int a, int b, Band band, double minSimilarity,
                              LongList pairs) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        if (!SimilarityVerifier.lengthsAllow(tokens[low], tokens[high], minSimilarity)) {
            return;
        }
        int[] left = signatures[low];
        int[] right = signatures[high];
        int needed = equalPositionsNeeded(left.length);
        int rows = band.buckets().rowsPerBand();
        long fullyOffered = ~band.buckets().oversizedBands()[low];
        int equal = 0;
        for (int j = 0, i = 0; i < left.length; j++) {
            boolean shared = true;
            for (int row = 0; row < rows; row++, i++) {
                if (left[i] == right[i]) {
                    equal++;
                } else {
                    shared = false;
                }
            }
            if (j < band.index()) {
                if (shared && (fullyOffered & (1L << j)) != 0) {
                    return; // band j's bucket offers this pair
                }
            } else if (equal >= needed) {
                pairs.add(((long) low << 32) | high);
                return;
            }
        }
    }

    /** The fewest equal positions of two signatures of this length that estimate at least MIN_ESTIMATED_JACCARD. */
    static int equalPositionsNeeded(int length) {
        int needed = (int) Math.floor(MIN_ESTIMATED_JACCARD * length);
        while ((double) needed / length < MIN_ESTIMATED_JACCARD) {
            needed++;
        }
        return needed;
    }
}
