package dev.platformscan.it.accuracy;

import com.github.javaparser.JavaToken;
import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.fingerprint.MinHashSketcher;
import dev.platformscan.engine.fingerprint.TokenNormalizer;
import dev.platformscan.engine.scan.ModuleSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The only class that calls the engine: one scan of the benchmark repository per threshold, run
 * in-process exactly as the mojo would (default unit thresholds, cross-module scope, main sources).
 * Also computes the engine's own similarity of two methods, to explain misses.
 */
final class EngineRunner {

    /** One scan: the result, its wall-clock time and the problems the engine reported. */
    record Run(ScanResult result, Duration wallTime, List<Problem> problems) {
    }

    private EngineRunner() {
    }

    static Run scan(BenchmarkRepository repository, double minSimilarity) throws InterruptedException {
        List<ModuleSource> modules = new ArrayList<>();
        for (BenchmarkRepository.Module module : repository.modules()) {
            modules.add(new ModuleSource(module.id(), module.path(), module.directory(), "jar",
                    List.of(module.sourceRoot()), List.of(), "UTF-8", "17"));
        }
        ClusterSettings clustering = ClusterSettings.DEFAULTS.withMinSimilarity(minSimilarity);
        if (System.getProperty("benchmark.chanceMatchRate") != null) { // compare settings without rebuilding the engine
            clustering = clustering.withChanceMatchRate(Double.parseDouble(System.getProperty("benchmark.chanceMatchRate")));
        }
        ScanRequest request = ScanRequest.defaults(repository.root(), modules).withClustering(clustering);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        ScanListener listener = new ScanListener() {
            @Override
            public void info(String message) {
                if (message.startsWith("Chance similarity")) {
                    System.out.println("[accuracy] " + message);
                }
            }

            @Override
            public void detail(String message) {
                info(message);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        };
        long started = System.nanoTime();
        ScanResult result = new PlatformScanEngine().scan(request, listener);
        return new Run(result, Duration.ofNanos(System.nanoTime() - started), List.copyOf(problems));
    }

    /** The engine's default threshold, where targets are enforced. */
    static double defaultMinSimilarity() {
        return ClusterSettings.DEFAULT_MIN_SIMILARITY;
    }

    /**
     * The engine's similarity of two methods (Dice coefficient of the LCS of the engine's normalized
     * tokens, as {@code cluster.SimilarityVerifier} computes it), computed directly, without candidate search or clustering: a pair whose
     * engine similarity reaches the threshold but that shares no cluster was lost by candidate search
     * or clustering, not by the measure.
     */
    static double engineSimilarity(String methodA, String methodB) {
        return TokenSimilarity.dice(engineCodes(methodA), engineCodes(methodB));
    }

    /**
     * True when the engine's candidate search can propose the two methods: they share a MinHash band
     * key and their signatures estimate a Jaccard similarity the candidate index keeps. Mirrors
     * {@code cluster.CandidateIndex} (its cut-off is read reflectively; diagnostics only, so a renamed
     * constant only turns the cut-off off). The engine also leaves out grams common to 2% of a large
     * code base; on this corpus (about 3,000 units, under its 1,000-unit floor) it leaves none out.
     */
    static boolean areCandidates(String methodA, String methodB) {
        MinHashSketcher sketcher = MinHashSketcher.standard();
        int[] signatureA = sketcher.signature(codeSequence(methodA));
        int[] signatureB = sketcher.signature(codeSequence(methodB));
        long[] keysA = sketcher.bandKeys(signatureA);
        long[] keysB = sketcher.bandKeys(signatureB);
        boolean sharedKey = false;
        for (int band = 0; band < keysA.length; band++) {
            sharedKey |= keysA[band] == keysB[band];
        }
        return sharedKey && MinHashSketcher.estimatedJaccard(signatureA, signatureB) >= MIN_ESTIMATED_JACCARD;
    }

    private static final double MIN_ESTIMATED_JACCARD = candidateIndexConstant("MIN_ESTIMATED_JACCARD");

    private static double candidateIndexConstant(String name) {
        try {
            java.lang.reflect.Field field = Class.forName("dev.platformscan.engine.cluster.CandidateIndex")
                    .getDeclaredField(name);
            field.setAccessible(true);
            return field.getDouble(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    private static String codeSequence(String methodText) {
        StringBuilder sequence = new StringBuilder();
        for (int code : engineCodes(methodText)) {
            sequence.append((char) code);
        }
        return sequence.toString();
    }

    static int[] engineCodes(String methodText) {
        List<JavaToken> tokens = JavaSource.tokens(JavaSource.parseMethod(methodText).orElseThrow());
        int[] codes = new int[tokens.size()];
        int size = 0;
        for (JavaToken token : tokens) {
            char code = TokenNormalizer.code(token);
            if (code != TokenNormalizer.NONE) {
                codes[size++] = code;
            }
        }
        return java.util.Arrays.copyOf(codes, size);
    }
}
