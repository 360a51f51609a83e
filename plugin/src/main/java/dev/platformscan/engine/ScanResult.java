package dev.platformscan.engine;

import dev.platformscan.engine.cluster.CloneCluster;

import java.time.Duration;
import java.util.List;

/**
 * What one scan found, immutable and deterministic apart from {@link #elapsed()} (which renderers
 * of machine-readable formats leave out).
 */
public record ScanResult(String toolVersion, ScanRequest request, ScanSummary summary,
                         List<ModuleSummary> modules, List<CloneCluster> clusters, List<Problem> problems,
                         Duration elapsed) {

    public ScanResult {
        modules = List.copyOf(modules);
        clusters = List.copyOf(clusters);
        problems = List.copyOf(problems);
    }
}
