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
    /** Missed pairs named in {@link Figures#missedExamples()}. */
    static final int EXAMPLES = 20;

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
     * @param missedExamples    such copies, with their similarity and why they were not proposed
     */
    public record Figures(int groups, long comparablePairs, long pairsAtThreshold, long proposed, long passedApiCheck,
                          long passedEvidence, long copies, Misses missed, List<String> missedExamples) {
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
     * Why copies were not proposed, the first cause that applies: a side without a signature (fewer than
     * {@link MinHashSketcher#MIN_DISTINCT_GRAMS} grams that are not idioms), no band key in common, an estimated Jaccard
     * similarity under {@link CandidateIndex#MIN_ESTIMATED_JACCARD}, or none of these (the pair shares a band only in
     * buckets too large to offer all their pairs, which slide a window over token length instead).
     */
    public record Misses(long withoutSignature, long withoutSharedBand, long underEstimateCutOff, long other) {
        static final int CAUSES = 4;
        static final String[] NAMES = {"without a signature", "no shared band", "estimate under the cut-off",
                "outside an oversized bucket's window"};

        Misses(long[] counts) {
            this(counts[0], counts[1], counts[2], counts[3]);
        }

        public long total() {
            return withoutSignature + withoutSharedBand + underEstimateCutOff + other;
        }
    }

    private CandidateRecall() {
    }

    /** The cause of a missed copy: an index of {@link Misses#NAMES}, with the estimate when both sides have signatures. */
    private static int cause(MinHashSketcher sketcher, int[] left, int[] right) {
        if (left == null || right == null) {
            return 0;
        }
        long[] leftKeys = sketcher.bandKeys(left);
        long[] rightKeys = sketcher.bandKeys(right);
        boolean shared = false;
        for (int band = 0; band < leftKeys.length; band++) {
            shared |= leftKeys[band] == rightKeys[band];
        }
        if (!shared) {
            return 1;
        }
        return MinHashSketcher.estimatedJaccard(left, right) < CandidateIndex.MIN_ESTIMATED_JACCARD ? 2 : 3;
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
            RequiredSimilarity required = RequiredSimilarity.calibrate(groups, minSimilarity,
                    settings.chanceMatchRate(), settings.scope(), pool);
            PairEvidence evidence = new PairEvidence(required, units);
            long[] candidates = CandidateIndex.candidates(groups, minSimilarity, pool, threads);
            MinHashSketcher sketcher = MinHashSketcher.standard();
            int[][] signatures = CandidateIndex.signatures(groups, sketcher, pool, threads);
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
                    long[] counts = new long[6 + Misses.CAUSES];
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
                                if (!proposed) {
                                    int cause = cause(sketcher, signatures[a], signatures[b]);
                                    counts[6 + cause]++;
                                    if (chunkExamples.size() < EXAMPLES) {
                                        chunkExamples.add(String.format(Locale.ROOT, "%.3f %s ~ %s (%s%s)", similarity,
                                                first.representative().unit().symbol(),
                                                second.representative().unit().symbol(), Misses.NAMES[cause],
                                                cause == 0 ? "" : String.format(Locale.ROOT, ", estimated Jaccard %.3f",
                                                        MinHashSketcher.estimatedJaccard(signatures[a], signatures[b]))));
                                    }
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
            long[] total = new long[6 + Misses.CAUSES];
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
                    missed.subList(0, Math.min(EXAMPLES, missed.size())));
        } finally {
            pool.shutdownNow();
        }
    }
}
