package dev.platformscan.engine.cluster;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RequiredSimilarityTest {

    /** The engine's own main sources, one module per stage package: real code, about 15k lines. */
    private static List<UnitGroup> engineSourceGroups() throws IOException, InterruptedException {
        Path sources = Path.of("src/main/java").toAbsolutePath();
        Path engine = sources.resolve("dev/platformscan/engine");
        List<ModuleSource> modules = new ArrayList<>();
        try (Stream<Path> packages = Files.list(engine)) {
            for (Path stage : packages.filter(Files::isDirectory).sorted().toList()) {
                String name = stage.getFileName().toString();
                modules.add(new ModuleSource("dev.platformscan:" + name, name, stage, "jar", List.of(stage), List.of(),
                        "UTF-8", "17"));
            }
        }
        ScanRequest request = ScanRequest.defaults(engine, modules);
        List<ParsedFile> files = new PlatformScanEngine().analysedFiles(request, ScanListener.SILENT);
        return CloneClusterer.exactGroups(CloneClusterer.index(files), null);
    }

    @Test
    void theNormalQuantileMatchesTabulatedValues() {
        assertThat(RequiredSimilarity.upperNormalQuantile(0.5)).isCloseTo(0.0, within(1e-6));
        assertThat(RequiredSimilarity.upperNormalQuantile(0.05)).isCloseTo(1.6449, within(1e-4));
        assertThat(RequiredSimilarity.upperNormalQuantile(0.001)).isCloseTo(3.0902, within(1e-4));
        assertThat(RequiredSimilarity.upperNormalQuantile(0.0001)).isCloseTo(3.7190, within(1e-4));
    }

    @Test
    void onRealCodeSmallUnitsNeedMoreSimilarityThanLargeOnesAndNoBarFallsBelowTheBase() throws Exception {
        List<UnitGroup> groups = engineSourceGroups();
        RequiredSimilarity required = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);

        assertThat(required.description()).as("calibrated buckets").isNotEmpty();
        double smallest = required.forPair(RequiredSimilarity.Kind.METHODS, 60, 60);
        double large = required.forPair(RequiredSimilarity.Kind.METHODS, 300, 300);
        assertThat(smallest).isGreaterThan(0.7).isGreaterThanOrEqualTo(large);
        for (int tokens : new int[] {50, 90, 150, 250, 500, 2000}) {
            assertThat(required.forPair(RequiredSimilarity.Kind.METHODS, tokens, tokens)).isGreaterThanOrEqualTo(0.7);
            assertThat(required.forPair(RequiredSimilarity.Kind.TYPES, tokens, tokens)).isGreaterThanOrEqualTo(0.7);
        }
        // the shorter unit of a pair decides its bucket
        assertThat(required.forPair(RequiredSimilarity.Kind.METHODS, 60, 300)).isEqualTo(smallest);
    }

    @Test
    void calibrationIsDeterministicAndARateOfZeroKeepsOneThreshold() throws Exception {
        List<UnitGroup> groups = engineSourceGroups();
        RequiredSimilarity first = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);
        RequiredSimilarity second = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);
        assertThat(first.description()).isEqualTo(second.description());

        RequiredSimilarity off = RequiredSimilarity.calibrate(groups, 0.7, 0, Scope.CROSS_MODULE);
        for (int tokens : new int[] {50, 90, 150, 250, 500}) {
            assertThat(off.forPair(RequiredSimilarity.Kind.METHODS, tokens, tokens)).isEqualTo(0.7);
        }
        assertThat(off.description()).isEmpty();
    }

    @Test
    void aRarerChanceMatchRateNeverLowersABar() throws Exception {
        List<UnitGroup> groups = engineSourceGroups();
        RequiredSimilarity loose = RequiredSimilarity.calibrate(groups, 0.7, 0.01, Scope.CROSS_MODULE);
        RequiredSimilarity strict = RequiredSimilarity.calibrate(groups, 0.7, 0.0001, Scope.CROSS_MODULE);
        for (int tokens : new int[] {50, 90, 150, 250, 500}) {
            assertThat(strict.forPair(RequiredSimilarity.Kind.METHODS, tokens, tokens)).isGreaterThanOrEqualTo(loose.forPair(RequiredSimilarity.Kind.METHODS, tokens, tokens));
        }
    }
}
