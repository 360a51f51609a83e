package dev.platformscan.it.accuracy;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.scan.ModuleSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one call of the engine's candidate-recall measurement,
 * {@code dev.platformscan.engine.cluster.CandidateRecall.measure(ScanRequest, ScanListener)}, made reflectively
 * so that this module compiles before the engine has it. Once it has, the body of {@link #measure} can become
 * {@code var f = CandidateRecall.measure(request, listener); return Optional.of(new Figures(f.groups(), ...));}.
 */
final class FamilyCandidateRecall {

    static final String ENGINE_CLASS = "dev.platformscan.engine.cluster.CandidateRecall";

    /**
     * The engine's figures, mirrored: pairs of distinct units the request's modules hold.
     *
     * @param groups           units (or exact groups) compared
     * @param comparablePairs  length-compatible pairs brute-forced
     * @param pairsAtThreshold of which the similarity reaches the threshold
     * @param proposed         of those, proposed by the candidate search
     * @param passedApiCheck   of those, passing the API-vocabulary check
     * @param passedEvidence   of those, passing the evidence filter: they reach verification
     * @param missedExamples   a few pairs at the threshold that did not reach verification
     */
    record Figures(int groups, long comparablePairs, long pairsAtThreshold, long proposed, long passedApiCheck,
                   long passedEvidence, List<String> missedExamples) {

        double share(long count) {
            return pairsAtThreshold == 0 ? Double.NaN : (double) count / pairsAtThreshold;
        }
    }

    private FamilyCandidateRecall() {
    }

    /**
     * The request {@link EngineRunner#scan} sends for the repository (its modules, default unit thresholds,
     * cross-module scope), built the same way here so that EngineRunner stays as it is.
     */
    static ScanRequest request(BenchmarkRepository repository, double minSimilarity) {
        List<ModuleSource> modules = new ArrayList<>();
        for (BenchmarkRepository.Module module : repository.modules()) {
            modules.add(new ModuleSource(module.id(), module.path(), module.directory(), "jar",
                    List.of(module.sourceRoot()), List.of(), "UTF-8", "17"));
        }
        return new ScanRequest(repository.root(), modules, ScanRequest.DEFAULT_MIN_LINES,
                ScanRequest.DEFAULT_MIN_TOKENS, minSimilarity, Scope.CROSS_MODULE, false, List.of(), 0);
    }

    /** A listener that drops messages and adds the problems to {@code problems}. */
    static ScanListener collecting(List<Problem> problems) {
        return new ScanListener() {
            @Override
            public void info(String message) {
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        };
    }

    /** The engine's figures, or empty when this engine has no {@code CandidateRecall} yet. */
    static Optional<Figures> measure(ScanRequest request, ScanListener listener) throws InterruptedException {
        Method measure;
        try {
            measure = Class.forName(ENGINE_CLASS).getMethod("measure", ScanRequest.class, ScanListener.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        }
        Object result;
        try {
            result = measure.invoke(null, request, listener);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("CandidateRecall.measure failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent component : result.getClass().getRecordComponents()) {
            try {
                values.put(component.getName(), component.getAccessor().invoke(result));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + result, e);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> missed = (List<String>) values.getOrDefault("missedExamples", List.of());
        return Optional.of(new Figures(((Number) values.get("groups")).intValue(),
                ((Number) values.get("comparablePairs")).longValue(), ((Number) values.get("pairsAtThreshold")).longValue(),
                ((Number) values.get("proposed")).longValue(), ((Number) values.get("passedApiCheck")).longValue(),
                ((Number) values.get("passedEvidence")).longValue(), List.copyOf(missed)));
    }
}
