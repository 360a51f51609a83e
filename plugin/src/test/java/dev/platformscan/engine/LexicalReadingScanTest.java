package dev.platformscan.engine;

import dev.platformscan.engine.report.ReportFormats;
import dev.platformscan.engine.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: files in which no unit can show a capability are read from their tokens alone
 * ({@code parse.SourceOutline}) instead of being parsed. Whole scans must not notice: report.json of the
 * demo repository and of the hostile corpus is the same byte for byte with and without
 * {@code fullParse}. The one thing given up is shown too: a statement-level syntax error in such a file.
 */
class LexicalReadingScanTest {

    @TempDir
    Path work;

    @Test
    void theDemoRepositoryReportsTheSameWithAndWithoutAFullParse() throws Exception {
        Path demo = Path.of(System.getProperty("basedir", ".")).resolve("../it/demo").normalize();
        HostileRepository repository = new HostileRepository(work.resolve("demo"));
        java.util.Map<String, HostileRepository.Module> modules = new java.util.TreeMap<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(demo)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = demo.relativize(file).toString().replace('\\', '/');
                int root = relative.indexOf("/src/main/java/");
                if (root > 0 && !relative.contains("/target/")) {
                    modules.computeIfAbsent(relative.substring(0, root), repository::module)
                            .file(relative.substring(root + "/src/main/java/".length()), Files.readAllBytes(file));
                    files++;
                }
            }
        }
        assertThat(files).as("demo sources").isGreaterThan(70);
        String lexical = reportJson(repository.request(2), "demo-lexical");
        String full = reportJson(fullParse(repository.request(2)), "demo-full");
        assertThat(lexical).isEqualTo(full);
        assertThat(lexical).contains("\"capabilities\"").contains("password-hashing");
    }

    @Test
    void theHostileCorpusReportsTheSameWithAndWithoutAFullParse() throws Exception {
        HostileCorpus corpus = new HostileCorpus(work.resolve("hostile"));
        corpus.prepareRun();
        String lexical = reportJson(corpus.repository.request(2), "hostile-lexical");
        corpus.prepareRun();
        String full = reportJson(fullParse(corpus.repository.request(2)), "hostile-full");
        assertThat(lexical).isEqualTo(full);
    }

    @Test
    void aStatementLevelSyntaxErrorInAFileWithoutCapabilitiesIsReportedOnlyByAFullParse() throws Exception {
        HostileRepository repository = new HostileRepository(work.resolve("broken"));
        String broken = """
                package com.example.shapes;

                public class Area {
                    public double of(double width, double height) {
                        double area = width * ;
                        return area;
                    }
                }
                """;
        repository.module("shapes").file("com/example/shapes/Area.java", broken.getBytes(StandardCharsets.UTF_8));
        ScanResult lexical = new PlatformScanEngine().scan(repository.request(1), ScanListener.SILENT);
        ScanResult full = new PlatformScanEngine().scan(fullParse(repository.request(1)), ScanListener.SILENT);
        assertThat(HostileRepository.problemsFor(full, "shapes/src/main/java/com/example/shapes/Area.java"))
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(5));
        assertThat(lexical.problems()).noneMatch(p -> p.file().endsWith("Area.java"));
        assertThat(lexical.modules()).filteredOn(m -> m.path().equals("shapes")).singleElement()
                .satisfies(m -> assertThat(m.linesOfCode()).as("code lines of Area.java").isEqualTo(7));
    }

    private String reportJson(ScanRequest request, String name) throws Exception {
        ScanResult result = new PlatformScanEngine().scan(request, ScanListener.SILENT);
        Path out = work.resolve(name);
        new ReportWriter().write(result, ReportFormats.select(List.of("json")), out);
        return Files.readString(out.resolve("report.json"));
    }

    private static ScanRequest fullParse(ScanRequest request) {
        return request.withParsing(request.parsing().withFullParse(true));
    }
}
