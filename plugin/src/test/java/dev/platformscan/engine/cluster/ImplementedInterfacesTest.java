package dev.platformscan.engine.cluster;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interfaces a class implements, read from its header when a pair needs them, on this plugin's own sources: the
 * names after {@code implements} only (not the class it extends, not type arguments, not package qualifiers).
 */
class ImplementedInterfacesTest {

    @Test
    void readsTheImplementedInterfacesFromClassHeaders() throws Exception {
        Path sources = Path.of("src/main/java").toAbsolutePath();
        Path base = sources.getParent().getParent().getParent();
        ModuleSource module = new ModuleSource("dev.platformscan:plugin", "plugin", base, "jar", List.of(sources),
                List.of(), "UTF-8", "17");
        ScanRequest request = ScanRequest.defaults(base, List.of(module));
        List<IndexedUnit> units = CloneClusterer.index(new PlatformScanEngine().analysedFiles(request, ScanListener.SILENT));

        // public final class JsonReportRenderer implements ReportRenderer
        IndexedUnit json = type(units, "dev.platformscan.engine.report.json.JsonReportRenderer");
        assertThat(json.implemented()).containsExactly("ReportRenderer");
        // private static final class RowCollector implements CommandVisitor<Character>: the type argument is no interface
        assertThat(type(units, "dev.platformscan.engine.report.html.LineDiff.RowCollector").implemented())
                .containsExactly("CommandVisitor");
        // public final class CloneClusterer: nothing implemented
        assertThat(type(units, "dev.platformscan.engine.cluster.CloneClusterer").implemented()).isEmpty();
        IndexedUnit sarif = type(units, "dev.platformscan.engine.report.sarif.SarifReportRenderer");
        assertThat(PairEvidence.implementsTheOther(json, sarif)).as("two implementations of one interface").isFalse();
    }

    /** An interface and its no-op support class in two modules (Camel's Breakpoint and BreakpointSupport). */
    @Test
    void aClassAndTheInterfaceItImplementsAreNeverCopies(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        StringBuilder api = new StringBuilder("package org.example.api;\n\npublic interface Breakpoint {\n");
        StringBuilder support = new StringBuilder("package org.example.support;\n\nimport org.example.api.Breakpoint;\n\n"
                + "public class BreakpointSupport implements org.example.api.Breakpoint, java.io.Serializable {\n");
        for (String name : List.of("beforeProcess", "afterProcess", "onEvent", "suspend", "activate", "reset")) {
            api.append("    void ").append(name).append("(String exchange, Object processor, long timeTaken);\n");
            support.append("    public void ").append(name)
                    .append("(String exchange, Object processor, long timeTaken) {\n    }\n");
        }
        Path apiFile = java.nio.file.Files.createDirectories(root.resolve("api/src/main/java/org/example/api"))
                .resolve("Breakpoint.java");
        java.nio.file.Files.writeString(apiFile, api.append("}\n").toString());
        Path supportFile = java.nio.file.Files.createDirectories(root.resolve("support/src/main/java/org/example/support"))
                .resolve("BreakpointSupport.java");
        java.nio.file.Files.writeString(supportFile, support.append("}\n").toString());
        List<ModuleSource> modules = List.of(
                new ModuleSource("org.example:api", "api", root.resolve("api"), "jar",
                        List.of(root.resolve("api/src/main/java")), List.of(), "UTF-8", "17"),
                new ModuleSource("org.example:support", "support", root.resolve("support"), "jar",
                        List.of(root.resolve("support/src/main/java")), List.of(), "UTF-8", "17"));
        List<IndexedUnit> units = CloneClusterer.index(new PlatformScanEngine().analysedFiles(
                ScanRequest.defaults(root, modules), ScanListener.SILENT));
        IndexedUnit breakpoint = type(units, "org.example.api.Breakpoint");
        IndexedUnit breakpointSupport = type(units, "org.example.support.BreakpointSupport");
        assertThat(breakpointSupport.implemented()).containsExactlyInAnyOrder("Breakpoint", "Serializable");
        assertThat(PairEvidence.implementsTheOther(breakpoint, breakpointSupport)).isTrue();
        assertThat(PairEvidence.implementsTheOther(breakpointSupport, breakpoint)).isTrue();
    }

    private static IndexedUnit type(List<IndexedUnit> units, String symbol) {
        return units.stream().filter(u -> u.unit().symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + symbol));
    }
}
