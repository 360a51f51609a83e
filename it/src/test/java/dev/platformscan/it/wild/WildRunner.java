package dev.platformscan.it.wild;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.scan.ModuleSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The only class that calls the engine: one scan per pair, the two unpacked artifacts as two modules, in-process
 * as the mojo would (engine defaults, cross-module scope, main sources). The execution root is {@code sources/},
 * so a member's file is {@code <module directory>/<path in the jar>}.
 */
final class WildRunner {

    record Run(ScanResult result, List<Problem> problems, long millis) {
    }

    private WildRunner() {
    }

    static Run scan(WildPair pair, Path sources) throws InterruptedException {
        List<ModuleSource> modules = List.of(module(pair.moduleIdA(), pair.moduleA(), sources),
                module(pair.moduleIdB(), pair.moduleB(), sources));
        ScanRequest request = ScanRequest.defaults(sources, modules);
        if (System.getProperty("benchmark.chanceMatchRate") != null) { // compare settings without rebuilding the engine
            request = request.withClustering(ClusterSettings.DEFAULTS.withChanceMatchRate(
                    Double.parseDouble(System.getProperty("benchmark.chanceMatchRate"))));
        }
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ScanResult result = new PlatformScanEngine().scan(request, new ScanListener() {
            @Override
            public void info(String message) {
                if (message.startsWith("Chance similarity")) {
                    System.out.println("[wild] " + message);
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
        });
        return new Run(result, List.copyOf(problems), (System.nanoTime() - started) / 1_000_000);
    }

    private static ModuleSource module(String id, String directory, Path sources) {
        Path base = sources.resolve(directory);
        return new ModuleSource(id, directory, base, "jar", List.of(base), List.of(),
                WildPair.encoding(directory).name(), "17");
    }
}
