package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.GramFrequencies;
import dev.platformscan.engine.fingerprint.Hashing;
import dev.platformscan.engine.fingerprint.MinHashSketcher;
import dev.platformscan.engine.fingerprint.SortedSets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Grams that are frequent because one piece of code was copied many times, not because unrelated code shares them.
 * <p>
 * A gram in hundreds of units is normally an idiom of the code base ({@code ID . ID ( ID ) ;}, a null check, a lock
 * around a body), and the candidate search and the evidence rules treat it so ({@link CandidateIndex}). But a function
 * copied into hundreds of places (a family of copy-a-file or hash-a-password methods, each edited on its own) makes its
 * own grams just as frequent; taken for idioms, they leave the family's units with nothing to find each other by, and
 * its pairs face the idioms' bar: on the family benchmark with 600 variants per original, family-level recall of its
 * close pairs fell to 6%. The two differ in the units that hold the gram: an idiom's units are unrelated to each other,
 * a copied gram's units are copies of each other. So {@link #SAMPLE} units holding each frequent gram are drawn (the
 * same ones whatever the threads: the lowest hashes of gram and group), and the gram counts as copied when at least a
 * third of their pairs share {@link #MIN_JACCARD} of all their grams, the cut-off of the idioms' own candidate search
 * ({@link CandidateIndex#IDIOMS_MIN_ESTIMATED_JACCARD}): pairs alike enough to be proposed as copies. Measured on the
 * 1.2M-line corpus, whose frequent grams are idioms, 2 of 921 grams pass; on the 600-unit families, 415 of 864 (the
 * others are idioms the distractors share too). With "more than half of 28 pairs" the families' grams sat on the
 * threshold (their pairs' share centred at 0.35) and recall swung between 55% and 95% with the draw.
 */
final class CopiedGrams {
    /** Units drawn per frequent gram: 66 pairs. */
    static final int SAMPLE = 12;
    /** Pairs of a frequent gram's units must share this Jaccard similarity of their grams to count as copies. */
    static final double MIN_JACCARD = CandidateIndex.IDIOMS_MIN_ESTIMATED_JACCARD;

    private static final CopiedGrams NONE = new CopiedGrams(new long[0], 0);

    private final long[] sorted;
    private final int frequent;

    private CopiedGrams(long[] sorted, int frequent) {
        this.sorted = sorted;
        this.frequent = frequent;
    }

    static CopiedGrams none() {
        return NONE;
    }

    /** True when the gram is frequent only because its units are copies of each other. */
    boolean contains(long gram) {
        return sorted.length > 0 && Arrays.binarySearch(sorted, gram) >= 0;
    }

    /** How many grams were copied ones. */
    int size() {
        return sorted.length;
    }

    /** How many grams were frequent enough to be asked. */
    int frequent() {
        return frequent;
    }

    /**
     * The copied grams among the grams in more than {@code minUnits} of the searchable groups. The units are drawn from
     * a fixed share of the groups only (every group whose hash falls in it), large enough that a gram in
     * {@code minUnits} units has about three times {@link #SAMPLE} of them there: the step then takes about 0.1 s of a
     * 10 s cold scan of the 1.2M-line corpus.
     */
    static CopiedGrams find(List<UnitGroup> groups, MinHashSketcher sketcher, GramFrequencies frequencies, int minUnits,
                            ExecutorService executor, int parallelism) throws InterruptedException {
        long share = (long) Math.min(1L << 24, (3.0 * SAMPLE / Math.max(1, minUnits)) * (1L << 24));
        List<Future<Map<Long, long[]>>> futures = new ArrayList<>();
        for (int c = 0; c < parallelism; c++) {
            int from = (int) ((long) groups.size() * c / parallelism);
            int to = (int) ((long) groups.size() * (c + 1) / parallelism);
            futures.add(executor.submit(() -> {
                Map<Long, long[]> part = new HashMap<>();
                for (int g = from; g < to; g++) {
                    if (groups.get(g).searchable() && Hashing.mix(g) >>> 40 < share) {
                        for (long gram : sketcher.distinctGrams(CandidateIndex.codes(groups.get(g)))) {
                            if (frequencies.count(gram) > minUnits) {
                                offer(part.computeIfAbsent(gram, k -> empty()), drawKey(gram, g));
                            }
                        }
                    }
                }
                return part;
            }));
        }
        Map<Long, long[]> samples = new HashMap<>();
        for (Future<Map<Long, long[]>> future : futures) {
            for (Map.Entry<Long, long[]> entry : get(future).entrySet()) {
                long[] sample = samples.computeIfAbsent(entry.getKey(), k -> empty());
                for (long key : entry.getValue()) {
                    if (key != Long.MAX_VALUE) {
                        offer(sample, key);
                    }
                }
            }
        }
        long[] grams = samples.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        Map<Integer, long[]> gramsOfGroup = new ConcurrentHashMap<>();
        List<Future<long[]>> checks = new ArrayList<>();
        for (int c = 0; c < parallelism; c++) {
            int from = (int) ((long) grams.length * c / parallelism);
            int to = (int) ((long) grams.length * (c + 1) / parallelism);
            checks.add(executor.submit(() -> {
                long[] copied = new long[to - from];
                int count = 0;
                for (int i = from; i < to; i++) {
                    if (unitsAreCopies(samples.get(grams[i]), groups, sketcher, gramsOfGroup)) {
                        copied[count++] = grams[i];
                    }
                }
                return Arrays.copyOf(copied, count);
            }));
        }
        long[] copied = new long[0];
        for (Future<long[]> check : checks) {
            long[] part = get(check);
            int length = copied.length;
            copied = Arrays.copyOf(copied, length + part.length);
            System.arraycopy(part, 0, copied, length, part.length);
        }
        Arrays.sort(copied);
        return new CopiedGrams(copied, grams.length);
    }

    /** True when at least a third of the pairs of the drawn units share {@link #MIN_JACCARD} of their grams. */
    private static boolean unitsAreCopies(long[] sample, List<UnitGroup> groups, MinHashSketcher sketcher,
                                          Map<Integer, long[]> gramsOfGroup) {
        long[][] units = new long[SAMPLE][];
        int drawn = 0;
        for (long key : sample) {
            if (key != Long.MAX_VALUE) {
                int group = (int) key;
                units[drawn++] = gramsOfGroup.computeIfAbsent(group, g -> {
                    long[] distinct = sketcher.distinctGrams(CandidateIndex.codes(groups.get(g)));
                    Arrays.sort(distinct);
                    return distinct;
                });
            }
        }
        int pairs = drawn * (drawn - 1) / 2;
        int needed = (pairs + 2) / 3;
        int alike = 0;
        int left = pairs;
        for (int a = 0; a < drawn; a++) {
            for (int b = a + 1; b < drawn; b++) {
                // the smaller set over the larger bounds the Jaccard similarity: an idiom's units differ in size
                int smaller = Math.min(units[a].length, units[b].length);
                int larger = Math.max(units[a].length, units[b].length);
                if (smaller >= MIN_JACCARD * larger && SortedSets.jaccard(units[a], units[b]) >= MIN_JACCARD) {
                    alike++;
                }
                left--;
                if (alike >= needed || alike + left < needed) {
                    return pairs > 0 && alike >= needed; // decided either way
                }
            }
        }
        return pairs > 0 && alike >= needed;
    }

    private static long[] empty() {
        long[] sample = new long[SAMPLE];
        Arrays.fill(sample, Long.MAX_VALUE);
        return sample;
    }

    /** The group's place in the draw for this gram: its hash above, the group below. */
    private static long drawKey(long gram, int group) {
        long hash = Hashing.mix(gram * 31 + group) >>> 33; // 31 bits: never negative, never Long.MAX_VALUE
        return hash << Integer.SIZE | group;
    }

    /** Keeps the {@link #SAMPLE} smallest keys (unordered; Long.MAX_VALUE marks a free place). */
    private static void offer(long[] sample, long key) {
        int largest = 0;
        for (int i = 1; i < sample.length; i++) {
            if (sample[i] > sample[largest]) {
                largest = i;
            }
        }
        if (key < sample[largest]) {
            sample[largest] = key;
        }
    }

    private static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("looking for copied grams failed", e.getCause());
        }
    }
}
