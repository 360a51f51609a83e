package dev.platformscan.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine must run without Maven (benchmarks, other build tools): no Maven or Plexus type may enter it. */
class EngineHasNoMavenImportsTest {

    @Test
    void engineSourcesImportNothingFromMaven() throws IOException {
        Path engine = Path.of("src/main/java/dev/platformscan/engine");
        assertThat(engine).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(engine)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(EngineHasNoMavenImportsTest::mavenReferences)
                    .toList();
        }
        assertThat(offenders).as("engine files referring to Maven").isEmpty();
    }

    @Test
    void theCheckSeesAMavenImportWhenThereIsOne() throws IOException {
        Path mojo = Path.of("src/main/java/dev/platformscan/maven/ScanMojo.java");
        assertThat(mavenReferences(mojo)).isNotEmpty();
    }

    private static Stream<String> mavenReferences(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.matches("\\s*import\\s+(static\\s+)?(org\\.apache\\.maven|org\\.codehaus\\.plexus|org\\.eclipse\\.aether)\\..*"))
                    .map(line -> file + ": " + line.trim());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
