package dev.platformscan.it.accuracy;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.cluster.CandidateRecall;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.scan.ModuleSource;

import java.util.ArrayList;
import java.util.List;

/** The family benchmark repository's request for the engine's candidate-recall measurement. */
final class FamilyCandidateRecall {

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
        return ScanRequest.defaults(repository.root(), modules)
                .withClustering(ClusterSettings.DEFAULTS.withMinSimilarity(minSimilarity));
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

    static CandidateRecall.Figures measure(ScanRequest request, ScanListener listener) throws InterruptedException {
        return CandidateRecall.measure(request, listener);
    }
}
