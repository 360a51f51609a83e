package dev.platformscan.engine.cluster;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.fingerprint.MinHashSketcher;
import dev.platformscan.engine.parse.ParsedFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures what the candidate search and each filter after it let through, against brute force: every pair of
 * distinct units (exact groups) of the same kind whose lengths allow the threshold is compared, and the pairs at
 * or above {@code minSimilarity} are followed through the scan's own steps: proposed by the {@link CandidateIndex}?
 * passing the called-names check ({@link PairEvidence#vocabularyAllows})? reaching the bar calibrated for their
 * size ({@link PairEvidence#reaches})? A benchmark tool (quadratic in the units): the scan itself never
 * calls it.
 */
public final class CandidateRecall {
    /** Lower bounds of the similarity bands of {@link Figures#bands()}. */
    static final double[] SIMILARITY_BANDS = {0.0, 0.75, 0.85, 0.95};

    /**
     * @param groups            distinct units (exact groups) compared
     * @param comparablePairs   pairs of the same kind (and, in cross-module scope, not both in one module) whose lengths
     *                          allow the threshold
     * @param pairsAtThreshold  of those, pairs whose similarity reaches {@code minSimilarity}
     * @param proposed          of those, pairs the candidate search proposes
     * @param passedApiCheck    of those, pairs that pass the called-names check
     * @param passedEvidence    of those, pairs that reach the bar calibrated for their size: the verified pairs
     * @param copies            pairs at the threshold that pass the called-names check and reach the calibrated bar,
     *                          proposed or not: the pairs the scan would report as copies if the candidate search
     *                          proposed every pair
     * @param missed            such copies the candidate search does not propose, by cause
     * @param missedExamples    every such copy, with its similarity and why it was not proposed, sorted
     * @param bands             the copies by kind (methods or types) and similarity ({@link #SIMILARITY_BANDS})
     */
    public record Figures(int groups, long comparablePairs, long pairsAtThreshold, long proposed, long passedApiCheck,
                          long passedEvidence, long copies, Misses missed, List<String> missedExamples,
                          List<Band> bands) {
        /** Share of the pairs at the threshold that reach verification. */
        public double candidateRecall() {
            return pairsAtThreshold == 0 ? 1.0 : (double) proposed / pairsAtThreshold;
        }

        /** Share of the copies (pairs the evidence rules accept) that the candidate search proposes. */
        public double copyRecall() {
            return copies == 0 ? 1.0 : (double) passedEvidence / copies;
        }
    }

    /**
     * The copies of one kind in one similarity band and how many of them the candidate search proposes.
     *
     * @param types    true for types (classes and their kin), false for methods and constructors
     * @param from     the band's lowest similarity (the threshold for the first band)
     * @param to       the next band's lowest similarity (exclusive; 1.0 for the last band, inclusive)
     */
    public record Band(boolean types, double from, double to, long copies, long proposed) {
        public double recall() {
            return copies == 0 ? 1.0 : (double) proposed / copies;
        }
    }

    /**
     * Why copies were not proposed, the first cause that applies. A side made of idioms (fewer than
     * {@link MinHashSketcher#MIN_DISTINCT_GRAMS} grams that are not idioms) with a partner outside the idioms' search
     * (too many uncommon grams); both in the idioms' search but sharing no band there, or estimated under its cut-off;
     * both with signatures of uncommon grams but sharing no band, or estimated under the cut-off; or none of these
     * (the pair shares a band only in buckets too large to offer all their pairs, which slide a window over token
     * length instead).
     */
    public record Misses(long idiomsWithoutPartnerSketch, long idiomsWithoutSharedBand, long idiomsUnderEstimateCutOff,
                         long idiomsOutsideWindow, long withoutSharedBand, long underEstimateCutOff, long other) {
        static final int CAUSES = 7;
        static final String[] NAMES = {"a side made of idioms, the other outside the idioms' search",
                "made of idioms, no shared band", "made of idioms, estimate under the cut-off",
                "made of idioms, outside an oversized bucket's window", "no shared band", "estimate under the cut-off",
                "outside an oversized bucket's window"};
        /** The causes of pairs where both sides have signatures of uncommon grams, which print their estimate. */
        static final int FIRST_UNCOMMON_CAUSE = 4;

        Misses(long[] counts) {
            this(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
        }

        /** Copies with a side made of idioms. */
        public long madeOfIdioms() {
            return idiomsWithoutPartnerSketch + idiomsWithoutSharedBand + idiomsUnderEstimateCutOff + idiomsOutsideWindow;
        }

        public long total() {
            return madeOfIdioms() + withoutSharedBand + underEstimateCutOff + other;
        }
    }

    private CandidateRecall() {
    }

    /**
     * The cause of a missed copy: an index of {@link Misses#NAMES}. A pair with signatures of uncommon grams on both
     * sides is blamed on that search even when both sides are in the idioms' search too (units with 4 to 11 uncommon
     * grams): it is the search meant for it.
     */
    private static int cause(MinHashSketcher sketcher, CandidateIndex.Sketches sketches, int a, int b) {
        int[][] uncommon = sketches.uncommon();
        int[][] idioms = sketches.idioms();
        if (uncommon[a] != null && uncommon[b] != null) {
            return Misses.FIRST_UNCOMMON_CAUSE + searchCause(sketcher, uncommon[a], uncommon[b], sketcher.bands(),
                    CandidateIndex.MIN_ESTIMATED_JACCARD);
        }
        if (idioms[a] == null || idioms[b] == null) {
            return 0;
        }
        return 1 + searchCause(sketcher, idioms[a], idioms[b], sketcher.disjointBands(),
                CandidateIndex.IDIOMS_MIN_ESTIMATED_JACCARD);
    }

    /** 0: no shared band among the first {@code bands}, 1: estimate under the cut-off, 2: neither. */
    private static int searchCause(MinHashSketcher sketcher, int[] left, int[] right, int bands, double cutOff) {
        long[] leftKeys = sketcher.bandKeys(left);
        long[] rightKeys = sketcher.bandKeys(right);
        boolean shared = false;
        for (int band = 0; band < bands; band++) {
            shared |= leftKeys[band] == rightKeys[band];
        }
        if (!shared) {
            return 0;
        }
        return MinHashSketcher.estimatedJaccard(left, right) < cutOff ? 1 : 2;
    }

    private static int similarityBand(double similarity) {
        int band = 0;
        while (band + 1 < SIMILARITY_BANDS.length && similarity >= SIMILARITY_BANDS[band + 1] - 1e-9) {
            band++;
        }
        return band;
    }

    private static List<Band> bands(long[] counts, int from, double minSimilarity) {
        List<Band> bands = new ArrayList<>();
        for (int types = 0; types < 2; types++) {
            for (int b = 0; b < SIMILARITY_BANDS.length; b++) {
                int at = from + 4 * b + 2 * types;
                bands.add(new Band(types == 1, b == 0 ? minSimilarity : SIMILARITY_BANDS[b],
                        b + 1 < SIMILARITY_BANDS.length ? SIMILARITY_BANDS[b + 1] : 1.0, counts[at], counts[at + 1]));
            }
        }
        return List.copyOf(bands);
    }

    public static Figures measure(ScanRequest request, ScanListener listener) throws InterruptedException {
        List<ParsedFile> files = new PlatformScanEngine().analysedFiles(request, listener);
        List<IndexedUnit> units = CloneClusterer.index(files);
        List<UnitGroup> groups = CloneClusterer.exactGroups(units, null);
        ClusterSettings settings = request.clustering();
        double minSimilarity = settings.minSimilarity();
        int threads = request.run().effectiveThreads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            MinHashSketcher sketcher = MinHashSketcher.standard();
            CandidateIndex.Sketches sketches = CandidateIndex.sketches(groups, sketcher, pool, threads);
            RequiredSimilarity required = RequiredSimilarity.calibrate(groups, minSimilarity,
                    settings.chanceMatchRate(), settings.scope(), pool).withIdioms(groups, sketches::idiomsOnly,
                    minSimilarity, settings.chanceMatchRate(), settings.scope(), pool);
            PairEvidence evidence = new PairEvidence(required, units, sketches);
            long[] candidates = CandidateIndex.candidates(groups, sketches, minSimilarity, pool, threads);
            int[][] signatures = sketches.uncommon();
            String[] moduleOf = new String[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                moduleOf[g] = groups.get(g).singleModule();
            }
            boolean crossModule = settings.scope() == Scope.CROSS_MODULE;
            int chunks = Math.max(1, threads * 8);
            List<Future<long[]>> futures = new ArrayList<>();
            List<List<String>> examples = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                int chunk = c;
                List<String> chunkExamples = new ArrayList<>();
                examples.add(chunkExamples);
                futures.add(pool.submit(() -> {
                    long[] counts = new long[6 + Misses.CAUSES + 4 * SIMILARITY_BANDS.length];
                    SimilarityVerifier verifier = new SimilarityVerifier(minSimilarity);
                    for (int a = chunk; a < groups.size(); a += chunks) {
                        UnitGroup first = groups.get(a);
                        if (!first.searchable()) {
                            continue;
                        }
                        for (int b = a + 1; b < groups.size(); b++) {
                            UnitGroup second = groups.get(b);
                            if (!second.searchable() || first.isClass() != second.isClass()
                                    || (crossModule && moduleOf[a] != null && moduleOf[a].equals(moduleOf[b]))
                                    || !SimilarityVerifier.lengthsAllow(first.representative().unit().tokens(),
                                    second.representative().unit().tokens(), minSimilarity)) {
                                continue;
                            }
                            counts[0]++;
                            double similarity = verifier.similarity(
                                    first.representative().unit().fingerprint().normalizedTokens(),
                                    second.representative().unit().fingerprint().normalizedTokens());
                            if (similarity < 0) {
                                continue;
                            }
                            counts[1]++;
                            boolean proposed = Arrays.binarySearch(candidates, ((long) a << 32) | b) >= 0;
                            boolean vocabulary = evidence.allows(first, second);
                            boolean bar = evidence.reaches(first, second, similarity);
                            if (vocabulary && bar) {
                                counts[5]++;
                                int band = 6 + Misses.CAUSES + 4 * similarityBand(similarity) + (first.isClass() ? 2 : 0);
                                counts[band]++;
                                if (proposed) {
                                    counts[band + 1]++;
                                }
                                if (!proposed) {
                                    int cause = cause(sketcher, sketches, a, b);
                                    counts[6 + cause]++;
                                    int[] namesA = first.representative().unit().fingerprint().apiNames();
                                    int[] namesB = second.representative().unit().fingerprint().apiNames();
                                    chunkExamples.add(String.format(Locale.ROOT, "%.3f %s ~ %s (called names %d/%d, "
                                                    + "shared %.2f; %s%s)", similarity,
                                                first.representative().unit().symbol(),
                                                second.representative().unit().symbol(), namesA.length, namesB.length,
                                                dev.platformscan.engine.fingerprint.ApiNames.jaccard(namesA, namesB),
                                                Misses.NAMES[cause],
                                                cause < Misses.FIRST_UNCOMMON_CAUSE ? ""
                                                        : String.format(Locale.ROOT, ", estimated Jaccard %.3f",
                                                        MinHashSketcher.estimatedJaccard(signatures[a], signatures[b]))));
                                }
                            }
                            if (!proposed) {
                                continue;
                            }
                            counts[2]++;
                            if (!vocabulary) {
                                continue;
                            }
                            counts[3]++;
                            if (bar) {
                                counts[4]++;
                            }
                        }
                    }
                    return counts;
                }));
            }
            long[] total = new long[6 + Misses.CAUSES + 4 * SIMILARITY_BANDS.length];
            for (Future<long[]> future : futures) {
                try {
                    long[] counts = future.get();
                    for (int i = 0; i < total.length; i++) {
                        total[i] += counts[i];
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException("brute-force comparison failed", e.getCause());
                }
            }
            List<String> missed = new ArrayList<>();
            examples.forEach(missed::addAll);
            missed.sort(null);
            return new Figures(groups.size(), total[0], total[1], total[2], total[3], total[4], total[5],
                    new Misses(Arrays.copyOfRange(total, 6, 6 + Misses.CAUSES)),
                    List.copyOf(missed), bands(total, 6 + Misses.CAUSES, minSimilarity));
        } finally {
            pool.shutdownNow();
        }
    }
}
