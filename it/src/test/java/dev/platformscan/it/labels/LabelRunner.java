package dev.platformscan.it.labels;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.classify.CapabilityClassifier;
import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.classify.ClusterCapability;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.scan.ModuleSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The only class that calls the engine. Every labelled class is written twice, once into each of two
 * modules, and the two modules are scanned in-process exactly as the mojo would (default thresholds,
 * cross-module scope, built-in rules). Each class then comes back as a two-copy class cluster, and its
 * label is the one the engine gives that cluster in report.json: the same parse-stage features, the same
 * rule matching and the same choice of the top capability as a user gets.
 */
final class LabelRunner {

    static final String MODULE_A = "labels:copy-a";
    static final String MODULE_B = "labels:copy-b";

    /**
     * What the engine said about one labelled class.
     *
     * @param labelled   the class and its ground truth
     * @param topLabel   the capability the engine labels the class's cluster with, or "none"
     * @param matches    every rule the class unit matches, with score and signals
     * @param mergedWith other classes the engine put into the same cluster (their label was then recomputed
     *                   on the class's own two copies)
     * @param problem    why the class has no outcome (not a class unit, file missing), or null
     */
    record Outcome(LabelledClass labelled, String topLabel, List<CapabilityMatch> matches, List<String> mergedWith,
                   String problem) {
    }

    /** A scan: the outcomes in the labels' order, and the engine's problems. */
    record Run(List<Outcome> outcomes, List<Problem> problems, int clusters, long millis) {
    }

    private LabelRunner() {
    }

    /**
     * Copies each labelled file from {@code sources/<artifactId>-<version>/<path>} into both modules of
     * {@code repo}. Returns the problems (a missing file, two classes at one path).
     */
    static List<String> write(List<LabelledClass> classes, Path sources, Path repo) throws IOException {
        deleteRecursively(repo);
        List<String> problems = new ArrayList<>();
        Map<String, String> artifactOfPath = new HashMap<>();
        for (LabelledClass labelled : classes) {
            Path file = sources.resolve(labelled.sourcesDirectory()).resolve(labelled.path());
            if (!Files.isRegularFile(file)) {
                problems.add(labelled.className() + ": " + file + " does not exist (is " + labelled.artifact()
                        + " in the labels profile of it/pom.xml?)");
                continue;
            }
            String earlier = artifactOfPath.putIfAbsent(labelled.path(), labelled.artifact());
            if (earlier != null) {
                problems.add(labelled.className() + ": the same path comes from " + earlier + " and "
                        + labelled.artifact());
                continue;
            }
            for (String module : List.of("copy-a", "copy-b")) {
                Path target = sourceRoot(repo, module).resolve(labelled.path());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return problems;
    }

    static Run scan(List<LabelledClass> classes, Path repo) throws InterruptedException {
        List<ModuleSource> modules = List.of(
                new ModuleSource(MODULE_A, "copy-a", repo.resolve("copy-a"), "jar",
                        List.of(sourceRoot(repo, "copy-a")), List.of(), "UTF-8", "21"),
                new ModuleSource(MODULE_B, "copy-b", repo.resolve("copy-b"), "jar",
                        List.of(sourceRoot(repo, "copy-b")), List.of(), "UTF-8", "21"));
        ScanRequest request = ScanRequest.defaults(repo, modules);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ScanResult result = new PlatformScanEngine().scan(request, new ScanListener() {
            @Override
            public void info(String message) {
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<String, CloneCluster> clusterOfClass = new HashMap<>();
        for (CloneCluster cluster : result.clusters()) {
            if (cluster.unit().equals("class")) {
                for (ClusterMember member : cluster.members()) {
                    if (member.module().equals(MODULE_A)) {
                        clusterOfClass.putIfAbsent(member.symbol(), cluster);
                    }
                }
            }
        }
        CapabilityClassifier classifier = new CapabilityClassifier(request.rules());
        List<Outcome> outcomes = new ArrayList<>();
        for (LabelledClass labelled : classes) {
            CloneCluster cluster = clusterOfClass.get(labelled.className());
            if (cluster == null) {
                outcomes.add(new Outcome(labelled, LabelledClass.NONE, List.of(), List.of(),
                        "not a class cluster: the engine did not take the class as a unit"));
                continue;
            }
            List<ClusterMember> own = cluster.members().stream()
                    .filter(m -> m.symbol().equals(labelled.className())).toList();
            List<String> others = cluster.members().stream().map(ClusterMember::symbol)
                    .filter(symbol -> !symbol.equals(labelled.className())).distinct().sorted().toList();
            ClusterCapability capability = cluster.capability();
            if (!others.isEmpty()) {
                // label the class's own copies, as a cluster of just them would be labelled
                CloneCluster alone = new CloneCluster(cluster.id(), cluster.cloneType(), cluster.similarity(),
                        cluster.unit(), cluster.modules(), own, cluster.duplicatedLines(), null);
                capability = classifier.label(List.of(alone)).get(0).capability();
            }
            List<CapabilityMatch> matches = new ArrayList<>(own.get(0).capabilities());
            matches.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
            outcomes.add(new Outcome(labelled, capability == null ? LabelledClass.NONE : capability.id(), matches,
                    others, own.size() == 2 ? null : "only " + own.size() + " copy in its cluster"));
        }
        return new Run(outcomes, List.copyOf(problems), result.clusters().size(), millis);
    }

    private static Path sourceRoot(Path repo, String module) {
        return repo.resolve(module).resolve("src/main/java");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
