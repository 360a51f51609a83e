package dev.platformscan.engine.scan;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceScannerTest {

    @TempDir
    Path root;

    private Path file(String relative) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package x; class " + file.getFileName().toString().replace(".java", "") + " {}\n");
        return file;
    }

    private ModuleSource module(String path, String packaging, String encoding, String... roots) {
        Path base = root.resolve(path);
        return new ModuleSource("g:" + (path.isEmpty() ? "root" : path.replace('/', '-')), path, base, packaging,
                java.util.Arrays.stream(roots).map(base::resolve).toList(), List.of(base.resolve("src/test/java")),
                encoding, "17");
    }

    private ScannedSources scan(List<ModuleSource> modules, boolean includeTests, List<String> excludes) {
        return new SourceScanner().scan(ScanRequest.defaults(root, modules)
                .withSources(new SourceSettings(includeTests, excludes)));
    }

    @Test
    void listsSourcesSortedByPathAndLeavesOutGeneratedTestsAndExcludedFiles() throws Exception {
        file("a/src/main/java/x/B.java");
        file("a/src/main/java/x/A.java");
        file("a/src/main/java/x/legacy/Old.java");
        file("a/src/main/java/generated-sources/x/Gen.java");
        file("a/target/generated-sources/annotations/x/Processor.java");
        file("a/src/test/java/x/ATest.java");
        file("b/src/main/java/y/C.java");
        ModuleSource a = module("a", "jar", "UTF-8", "src/main/java", "target/generated-sources/annotations");
        ModuleSource b = module("b", "jar", null, "src/main/java");

        ScannedSources sources = scan(List.of(b, a), false, List.of("**/legacy/**"));

        assertThat(sources.files()).extracting(SourceFile::relativePath)
                .containsExactly("a/src/main/java/x/A.java", "a/src/main/java/x/B.java", "b/src/main/java/y/C.java");
        assertThat(sources.problems()).isEmpty();
        assertThat(scan(List.of(a), true, List.of()).files()).extracting(SourceFile::relativePath)
                .contains("a/src/test/java/x/ATest.java", "a/src/main/java/x/legacy/Old.java");
    }

    @Test
    void modulesWithoutSourcesAndUnknownEncodingsAreProblemsNotFailures() throws Exception {
        file("odd/src/main/java/x/A.java");
        Files.createDirectories(root.resolve("empty/src/main/java"));
        ScannedSources sources = scan(List.of(module("", "pom", null), module("empty", "jar", null, "src/main/java"),
                module("missing", "jar", null, "src/main/java"), module("odd", "jar", "KLINGON-8", "src/main/java")),
                false, List.of());

        assertThat(sources.problems()).extracting(Problem::file)
                .containsExactlyInAnyOrder("empty/pom.xml", "missing/pom.xml", "odd/pom.xml");
        assertThat(sources.aggregators()).as("the pom-packaging root: counted, not a problem").isEqualTo(1);
        assertThat(sources.problems()).filteredOn(p -> p.file().equals("odd/pom.xml")).singleElement()
                .extracting(Problem::message).asString().contains("KLINGON-8").contains("UTF-8");
        assertThat(sources.files()).singleElement().extracting(f -> f.charset().name()).isEqualTo("UTF-8");
    }

    @Test
    void anInvalidExcludePatternIsRejectedWithTheParameterName() {
        assertThatThrownBy(() -> SourceSettings.DEFAULTS.withExcludes(List.of("a/{b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("excludes:");
    }
}
