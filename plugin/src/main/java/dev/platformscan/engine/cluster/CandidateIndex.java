package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.GramFrequencies;
import dev.platformscan.engine.fingerprint.MinHashSketcher;
import dev.platformscan.engine.fingerprint.SortedSets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Finds candidate pairs of exact-duplicate groups through their MinHash LSH band keys: groups that
 * share a band key become candidates; nothing compares all pairs. Two searches, their pairs merged: one over the
 * signatures of the grams that are not the code base's idioms, and one among units made of idioms over all their
 * grams ({@link Sketches}). A bucket that grows beyond its search's limit ({@link #BUCKET_LIMIT},
 * {@link #IDIOMS_BUCKET_LIMIT}: thousands of look-alike units, typically generated code or idioms) is searched with a
 * sliding window over token length instead of all its pairs, so the search stays sub-quadratic.
 */
final class CandidateIndex {
    static final int BUCKET_LIMIT = 200;
    /**
     * Pairs whose MinHash signatures estimate a lower Jaccard similarity of their 4-gram sets are not
     * verified: with 96 minima, fewer than 11 equal. At 0.2 (with 36 bands) the candidate search proposed 97.5% of
     * the pairs the evidence rules accept on the family benchmark's 5,668 units; at 0.1 with 64 bands 99.48%, at 0.11
     * with 96 bands (48 of them shifted) 99.6% (docs/accuracy-families.md, "Candidate recall").
     */
    static final double MIN_ESTIMATED_JACCARD = 0.11;
    /** A gram in more units than this share of all units (and at least COMMON_GRAM_MIN_UNITS) is an idiom. */
    static final double COMMON_GRAM_SHARE = 0.02;
    static final int COMMON_GRAM_MIN_UNITS = 1000;
    /**
     * For the evidence rules a gram in more than {@link #COMMON_GRAM_SHARE} of the units, and in more than this many, is
     * an idiom ({@link Sketches#shareOnlyIdioms}): the sketch keeps grams up to {@link #COMMON_GRAM_MIN_UNITS} units
     * however small the code base (leaving them out only saves time on large ones), but a shape that a fiftieth of a
     * code base shares is no evidence of copying on a small one either.
     */
    static final int EVIDENCE_IDIOM_MIN_UNITS = 200;

    private CandidateIndex() {
    }

    /**
     * Units with fewer grams that are not idioms than this are also sketched over all their grams, in a search of their
     * own ({@link Sketches#idioms}). Real framework code is full of methods made of the code base's idioms (Spring
     * Integration's XML parsers, Camel's endpoint getters): on the 1.2M-line corpus 425 of 2,131 copies had a side
     * with fewer than {@link MinHashSketcher#MIN_DISTINCT_GRAMS} uncommon grams, which the sketch of uncommon grams
     * alone never proposes; the other side of such a copy has few uncommon grams too, but not always under 12: a
     * few renamed tokens make a dozen uncommon grams. At 12 the corpus's brute force found 4 of 505 copies that way
     * (Camel's copied {@code getHttpBinding}, Spring Integration's {@code resolveId}), 98.8% proposed; at 16 99.0%, at
     * 20 99.6% (2 missed, neither a copy by a reader's judgement), with 11% more pairs verified.
     */
    static final int IDIOMATIC_UNIT_GRAMS = 20;
    /**
     * The estimated Jaccard similarity (over all grams) two idiomatic units must reach in their own search: grams that
     * every unit has make unrelated idiomatic units look alike, so the cut-off is higher than for uncommon grams.
     */
    static final double IDIOMS_MIN_ESTIMATED_JACCARD = 0.3;
    /**
     * The idioms' search slides a window of this many groups (by token length) over its buckets larger than that: idioms
     * make buckets of thousands of units, and a copy has a length close to its original's. On the 1.2M-line corpus 50
     * instead of {@link #BUCKET_LIMIT} took the search from 1.8 to 1.4 s with the same verified pairs. When units with
     * fewer than 20 uncommon grams joined the search (not 12), 30 kept its cost (1.01x CPU of the whole scan, against 1.06x
     * at 50) and the same 99.6% of the corpus's copies proposed.
     */
    static final int IDIOMS_BUCKET_LIMIT = 30;

    /**
     * The signatures of the searchable groups: over their grams that are not idioms ({@code uncommon}; null when fewer
     * than {@link MinHashSketcher#MIN_DISTINCT_GRAMS}), and over all their grams for the groups with fewer than
     * {@link #IDIOMATIC_UNIT_GRAMS} uncommon grams ({@code idioms}; null for the others).
     */
    record Sketches(int[][] uncommon, int[][] idioms, GramFrequencies frequencies, int idiomUnits,
                    CopiedGrams copied, MinHashSketcher sketcher) {
        /** True when the group has no signature over uncommon grams: it is made of the code base's idioms. */
        boolean idiomsOnly(int group) {
            return uncommon[group] == null && idioms[group] != null;
        }

        /**
         * True when the two groups share fewer than {@link MinHashSketcher#MIN_DISTINCT_GRAMS} grams that are not idioms:
         * whatever their similarity, what they have in common is the code base's idioms. Computed again from the
         * groups' codes: asked only of pairs that reach their bar.
         */
        boolean shareOnlyIdioms(UnitGroup a, UnitGroup b) {
            long[] left = sketcher.distinctGrams(codes(a));
            long[] right = sketcher.distinctGrams(codes(b));
            Arrays.sort(left);
            Arrays.sort(right);
            return SortedSets.shared(left, right, gram -> notAnIdiom(gram, frequencies, idiomUnits, copied),
                    MinHashSketcher.MIN_DISTINCT_GRAMS) < MinHashSketcher.MIN_DISTINCT_GRAMS;
        }
    }

    /**
     * The pairs proposed by either search: of uncommon grams (estimate at least {@link #MIN_ESTIMATED_JACCARD}, all the
     * sketch's bands) and of idiomatic units over all their grams (at least {@link #IDIOMS_MIN_ESTIMATED_JACCARD}, the
     * bands side by side).
     *
     * @param groups        representative unit per group
     * @param minSimilarity pairs whose lengths alone rule out this similarity are not returned
     * @return candidate pairs as (lowerGroup, higherGroup) in ascending order
     */
    static long[] candidates(List<UnitGroup> groups, Sketches sketches, double minSimilarity, ExecutorService executor,
                             int parallelism) throws InterruptedException {
        MinHashSketcher sketcher = sketches.sketcher();
        long[] uncommon = candidates(groups, sketches.uncommon(), sketcher, sketcher.bands(), BUCKET_LIMIT,
                MIN_ESTIMATED_JACCARD, minSimilarity, executor, parallelism);
        // the idioms' bands side by side only: at its cut-off two of them share one of 48 bands with probability 0.99,
        // and the shifted bands doubled the time spent in its large buckets
        long[] idioms = candidates(groups, sketches.idioms(), sketcher, sketcher.disjointBands(), IDIOMS_BUCKET_LIMIT,
                IDIOMS_MIN_ESTIMATED_JACCARD, minSimilarity, executor, parallelism);
        long[] both = Arrays.copyOf(uncommon, uncommon.length + idioms.length);
        System.arraycopy(idioms, 0, both, uncommon.length, idioms.length);
        return sortedDistinct(both);
    }

    /** One search: the pairs of these signatures that share one of their first {@code bands} bands. */
    private static long[] candidates(List<UnitGroup> groups, int[][] signatures, MinHashSketcher sketcher, int bands,
                                     int bucketLimit, double minEstimatedJaccard, double minSimilarity,
                                     ExecutorService executor, int parallelism) throws InterruptedException {
        if (groups.size() > MAX_GROUPS || bands > 1 << BAND_BITS) {
            throw new IllegalStateException("the candidate index holds at most " + MAX_GROUPS + " groups and "
                    + (1 << BAND_BITS) + " bands");
        }
        if (sketcher.rowsPerBand() != 2 || sketcher.functions() % Lanes.PER_WORD != 0) {
            throw new IllegalStateException("the candidate index reads bands of two rows, whole words of lanes");
        }
        int[] tokens = new int[groups.size()]; // read once: the pair loops below ask for them millions of times
        for (int g = 0; g < tokens.length; g++) {
            tokens[g] = groups.get(g).representative().unit().tokens();
        }
        // Buckets: every (band key, group) entry sorted by key, so a bucket is a run of equal keys. Filling a
        // HashMap<Long, list> instead (2.3M boxed keys on the 21k-file corpus) took 3.5 s of a 5 s search. The
        // entries go in shortest group first and the sort is stable, so every bucket lists its groups by length.
        int[] byLength = byLength(tokens, signatures);
        long[] keys = new long[byLength.length * bands];
        int[] members = new int[keys.length]; // group << BAND_BITS | band: a bucket knows its band
        int filled = 0;
        for (int g : byLength) {
            long salt = groups.get(g).isClass() ? 0x5bd1e995L : 0;
            long[] bandKeys = sketcher.bandKeys(signatures[g]);
            for (int band = 0; band < bands; band++) {
                keys[filled] = bandKeys[band] ^ salt;
                members[filled++] = g << BAND_BITS | band;
            }
        }
        sortByKey(keys, members);
        Search search = new Search(tokens, signatures, Lanes.of(signatures, sketcher.functions()),
                Buckets.of(keys, members, groups.size(), bands, bucketLimit), sketcher,
                equalPositionsNeeded(sketcher.functions(), minEstimatedJaccard), minSimilarity);
        return sortedDistinct(offerBuckets(search, executor, parallelism));
    }

    /** The groups with a signature, shortest first (equal lengths by index). */
    private static int[] byLength(int[] tokens, int[][] signatures) {
        long[] order = new long[tokens.length];
        int count = 0;
        for (int g = 0; g < tokens.length; g++) {
            if (signatures[g] != null) {
                order[count++] = (long) tokens[g] << Integer.SIZE | g;
            }
        }
        Arrays.sort(order, 0, count);
        int[] groups = new int[count];
        for (int i = 0; i < count; i++) {
            groups[i] = (int) order[i];
        }
        return groups;
    }

    /** The signatures of every searchable group ({@link Sketches}). */
    static Sketches sketches(List<UnitGroup> groups, MinHashSketcher sketcher, ExecutorService executor,
                             int parallelism) throws InterruptedException {
        GramFrequencies frequencies = gramFrequencies(groups, sketcher, executor, parallelism);
        int maxUnits = Math.max(COMMON_GRAM_MIN_UNITS, (int) (frequencies.units() * COMMON_GRAM_SHARE));
        int idiomUnits = Math.max(EVIDENCE_IDIOM_MIN_UNITS, (int) (frequencies.units() * COMMON_GRAM_SHARE));
        CopiedGrams copied = CopiedGrams.find(groups, sketcher, frequencies, idiomUnits, executor, parallelism);
        int[][] uncommon = new int[groups.size()][];
        int[][] idioms = new int[groups.size()][];
        List<Future<?>> futures = new ArrayList<>();
        int chunks = Math.max(1, Math.min(groups.size(), parallelism * 8));
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) groups.size() * c / chunks);
            int to = (int) ((long) groups.size() * (c + 1) / chunks);
            futures.add(executor.submit(() -> {
                for (int g = from; g < to; g++) {
                    if (groups.get(g).searchable()) {
                        long[] grams = sketcher.distinctGrams(codes(groups.get(g)));
                        long[] uncommonGrams = uncommonGrams(grams, frequencies, maxUnits, copied);
                        // a unit shorter than a sketch's minimum grams is sketched whole: it has no idioms to drop
                        if (uncommonGrams.length >= Math.min(MinHashSketcher.MIN_DISTINCT_GRAMS, grams.length)) {
                            uncommon[g] = sketcher.signature(uncommonGrams);
                        }
                        if (uncommonGrams.length < IDIOMATIC_UNIT_GRAMS) {
                            idioms[g] = sketcher.signature(grams);
                        }
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
        return new Sketches(uncommon, idioms, frequencies, idiomUnits, copied, sketcher);
    }

    /**
     * Whether a gram is not an idiom of the code base, by a limit of units: in at most that many, or frequent only as
     * copies of one code ({@link CopiedGrams}). The sketch and the evidence rules ask it with their own limits.
     */
    private static boolean notAnIdiom(long gram, GramFrequencies frequencies, int maxUnits, CopiedGrams copied) {
        return frequencies.count(gram) <= maxUnits || copied.contains(gram);
    }

    /** The grams that are not idioms by {@code maxUnits} ({@link #notAnIdiom}), in their order. */
    private static long[] uncommonGrams(long[] grams, GramFrequencies frequencies, int maxUnits, CopiedGrams copied) {
        long[] uncommon = new long[grams.length];
        int count = 0;
        for (long gram : grams) {
            if (notAnIdiom(gram, frequencies, maxUnits, copied)) {
                uncommon[count++] = gram;
            }
        }
        return count == grams.length ? grams : Arrays.copyOf(uncommon, count);
    }

    static final int BAND_BITS = 7;
    static final int MAX_GROUPS = (1 << (Integer.SIZE - 1 - BAND_BITS)) - 1;

    /**
     * The buckets (runs of equal band keys among the sorted entries), each entry a group and its band, and per group
     * the bands whose bucket is too large to offer all its pairs (over the search's limit). A pair that shares several
     * bands is offered only by the first of them whose bucket offers all its pairs, so the estimate is computed once
     * per pair instead of once per shared band (a near-copy shares most of them).
     */
    private record Buckets(int[] starts, int[] ends, int[] members, long[] oversizedBands, int words, int limit) {
        /** The buckets of entries sorted by key: runs of at least two equal keys. */
        static Buckets of(long[] keys, int[] members, int groups, int bands, int limit) {
            IntList starts = new IntList();
            IntList ends = new IntList();
            int words = (bands + Long.SIZE - 1) / Long.SIZE;
            long[] oversizedBands = new long[groups * words];
            for (int from = 0, to; from < keys.length; from = to) {
                to = from + 1;
                while (to < keys.length && keys[to] == keys[from]) {
                    to++;
                }
                if (to - from >= 2) {
                    starts.add(from);
                    ends.add(to);
                }
                if (to - from > limit) {
                    for (int e = from; e < to; e++) {
                        int band = band(members[e]);
                        oversizedBands[group(members[e]) * words + band / Long.SIZE] |= 1L << band;
                    }
                }
            }
            return new Buckets(starts.toArray(), ends.toArray(), members, oversizedBands, words, limit);
        }

        /** Whether the bucket of this group's band offers all its pairs. */
        boolean fullyOffered(int group, int band) {
            return (oversizedBands[group * words + band / Long.SIZE] & 1L << band) == 0;
        }

        static int group(int member) {
            return member >>> BAND_BITS;
        }

        static int band(int member) {
            return member & ((1 << BAND_BITS) - 1);
        }
    }

    /**
     * Eight signature positions to a long, the low 8 bits of each: positions whose lanes differ differ, so one word
     * compares eight positions, and the lanes equal by chance (1 in 256) are told apart on the signatures themselves.
     * The pair loops read 128 bytes of a group instead of its 512-byte signature: on the 1.2M-line corpus they spent
     * most of their time waiting for signatures to come from memory.
     */
    static final class Lanes {
        static final int PER_WORD = 8;
        static final int BITS = Long.SIZE / PER_WORD;
        private static final long LOW_BITS = 0x7f7f7f7f7f7f7f7fL;
        private static final long SIGNS = 0x8080808080808080L;
        /** The sign bits of lanes 0, 2, 4 and 6: each the first row of a band of two rows. */
        static final long FIRST_ROWS = 0x0080008000800080L;

        private Lanes() {
        }

        /** The lanes of every signature, {@code functions / PER_WORD} words a group (zeros for a group without one). */
        static long[] of(int[][] signatures, int functions) {
            int words = functions / PER_WORD;
            long[] lanes = new long[signatures.length * words];
            for (int g = 0; g < signatures.length; g++) {
                if (signatures[g] != null) {
                    for (int p = 0; p < functions; p++) {
                        lanes[g * words + p / PER_WORD] |= (signatures[g][p] & 0xffL) << BITS * (p % PER_WORD);
                    }
                }
            }
            return lanes;
        }

        /** The sign bit of every lane whose bits are the same in both words. */
        static long equal(long a, long b) {
            long x = a ^ b;
            return ~((x & LOW_BITS) + LOW_BITS | x) & SIGNS;
        }
    }

    /** What the pair loops read: the groups' lengths, signatures and lanes, the buckets, the rule's figures. */
    private record Search(int[] tokens, int[][] signatures, long[] lanes, Buckets buckets, MinHashSketcher sketcher,
                          int needed, double minSimilarity) {
    }

    /**
     * The candidate pairs of every bucket (a pair offered by several buckets may come more than once),
     * buckets shared out among the threads in chunks of about equal work.
     */
    private static long[] offerBuckets(Search search, ExecutorService executor, int parallelism)
            throws InterruptedException {
        int[] starts = search.buckets().starts();
        int[] ends = search.buckets().ends();
        int limit = search.buckets().limit();
        long totalWork = 0;
        for (int b = 0; b < starts.length; b++) {
            totalWork += work(ends[b] - starts[b], limit);
        }
        int chunks = Math.max(1, parallelism * 8);
        List<Future<LongList>> futures = new ArrayList<>();
        for (int bucket = 0, c = 0; bucket < starts.length; c++) {
            int first = bucket;
            long chunkWork = 0;
            while (bucket < starts.length && (chunkWork < totalWork / chunks || c >= chunks - 1)) {
                chunkWork += work(ends[bucket] - starts[bucket], limit);
                bucket++;
            }
            int last = bucket;
            futures.add(executor.submit(() -> {
                LongList pairs = new LongList();
                for (int b = first; b < last; b++) {
                    offerBucket(search, starts[b], ends[b], pairs);
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

    private static long work(int size, int limit) {
        return (long) size * Math.min(size, limit);
    }

    /**
     * The pairs of one bucket, whose groups come shortest first: a group's partners end at the first one too long for
     * the threshold, and in a bucket larger than the search's limit also after that many (a sliding window over
     * token length).
     */
    private static void offerBucket(Search search, int start, int end, LongList pairs) {
        int[] entries = search.buckets().members();
        int[] tokens = search.tokens();
        int band = Buckets.band(entries[start]);
        int window = Math.min(end - start, search.buckets().limit());
        for (int i = start; i < end; i++) {
            int a = Buckets.group(entries[i]);
            for (int j = i + 1; j < end && j - i <= window; j++) {
                int b = Buckets.group(entries[j]);
                if (!SimilarityVerifier.lengthsAllow(tokens[a], tokens[b], search.minSimilarity())) {
                    break;
                }
                offer(search, a, b, band, pairs);
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

    static String codes(UnitGroup group) {
        return group.representative().unit().fingerprint().normalizedTokens();
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
                        part.addUnit(sketcher.distinctGrams(codes(groups.get(g))));
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
     * Adds the pair unless its signatures estimate a Jaccard similarity under the search's cut-off or an
     * earlier band offers it (a band both share whose bucket offers all its pairs). The positions are compared eight a
     * word ({@link Lanes}) and every equal lane again on the signatures: the answer is the same as
     * {@link MinHashSketcher#estimatedJaccard}'s.
     */
    private static void offer(Search search, int a, int b, int band, LongList pairs) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        int[] left = search.signatures()[low];
        int[] right = search.signatures()[high];
        long[] lanes = search.lanes();
        int words = left.length / Lanes.PER_WORD;
        int lowWords = low * words;
        int highWords = high * words;
        int equalLanes = 0;
        for (int w = 0; w < words; w++) {
            long equal = Lanes.equal(lanes[lowWords + w], lanes[highWords + w]);
            if (equal == 0) {
                continue;
            }
            equalLanes += Long.bitCount(equal);
            // band k side by side is positions 2k and 2k + 1: lanes 2k and 2k + 1 of word k / 4
            int firstBand = w * Lanes.PER_WORD / 2;
            if (firstBand < band) { // a shifted band comes after all of them
                long shared = equal & equal >>> Lanes.BITS & Lanes.FIRST_ROWS;
                if (band - firstBand < Lanes.PER_WORD / 2) {
                    shared &= (1L << 2 * Lanes.BITS * (band - firstBand)) - 1; // only bands before this one
                }
                for (; shared != 0; shared &= shared - 1) {
                    int p = w * Lanes.PER_WORD + Long.numberOfTrailingZeros(shared) / Lanes.BITS;
                    if (left[p] == right[p] && left[p + 1] == right[p + 1]
                            && search.buckets().fullyOffered(low, p / 2)) {
                        return; // band p / 2's bucket offers this pair
                    }
                }
            }
        }
        if (equalLanes < search.needed() || equalPositions(left, right, lanes, lowWords, highWords) < search.needed()) {
            return;
        }
        MinHashSketcher sketcher = search.sketcher();
        for (int shifted = sketcher.disjointBands(); shifted < band; shifted++) {
            int p = sketcher.position(shifted, 0);
            int q = sketcher.position(shifted, 1);
            if (left[p] == right[p] && left[q] == right[q] && search.buckets().fullyOffered(low, shifted)) {
                return; // an earlier shifted band's bucket offers this pair
            }
        }
        pairs.add(((long) low << 32) | high);
    }

    /** How many positions of two signatures are equal: those of the equal lanes that are equal on the signatures. */
    private static int equalPositions(int[] left, int[] right, long[] lanes, int lowWords, int highWords) {
        int equalPositions = 0;
        for (int w = 0; w < left.length / Lanes.PER_WORD; w++) {
            for (long equal = Lanes.equal(lanes[lowWords + w], lanes[highWords + w]); equal != 0; equal &= equal - 1) {
                int p = w * Lanes.PER_WORD + Long.numberOfTrailingZeros(equal) / Lanes.BITS;
                if (left[p] == right[p]) {
                    equalPositions++;
                }
            }
        }
        return equalPositions;
    }

    /** The fewest equal positions of two signatures of this length that estimate at least {@code minEstimate}. */
    static int equalPositionsNeeded(int length, double minEstimate) {
        int needed = (int) Math.floor(minEstimate * length);
        while ((double) needed / length < minEstimate) {
            needed++;
        }
        return needed;
    }
}
