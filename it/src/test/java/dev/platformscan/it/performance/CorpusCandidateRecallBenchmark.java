package dev.platformscan.it.performance;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ToolVersion;
import dev.platformscan.engine.cluster.CandidateRecall;
import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidate recall on real code (issue 14): every pair of units of the 1.2M-line performance corpus (Camel, Spring
 * Integration, Spring Kafka/AMQP, Vert.x sources jars: code nobody here wrote) is compared by brute force, and the
 * copies (pairs the evidence rules accept) are followed through the candidate search. The family benchmark's units
 * are methods the benchmark picked; this one also holds the units made of idioms only that real frameworks are full
 * of (XML parsers, builders), which a sketch over uncommon grams cannot see. Runs on demand, after the corpus is
 * unpacked: {@code ./mvnw -B -pl rules,plugin,it -Pperformance verify -Dperformance.test=CorpusCandidateRecallBenchmark}
 * (about 2 minutes). Writes target/performance/corpus-candidate-recall.md.
 */
class CorpusCandidateRecallBenchmark {

    @Test
    void measureCandidateRecallOnTheCorpus() throws Exception {
        Path corpus = Path.of(System.getProperty("performance.corpus", "target/performance/corpus"));
        Path directory = Path.of(System.getProperty("performance.directory", "target/performance"));
        List<ModuleSource> modules = new ArrayList<>();
        try (Stream<Path> children = Files.list(corpus)) {
            for (Path module : children.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).sorted().toList()) {
                String name = module.getFileName().toString();
                modules.add(new ModuleSource(name, name, module, "jar", List.of(module.resolve("src/main/java")),
                        List.of(), "UTF-8", CorpusReactor.JAVA_RELEASE, null));
            }
        }
        assertThat(modules).as("unpacked corpus modules under " + corpus).hasSizeGreaterThan(100);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        ScanListener listener = new ScanListener() {
            @Override
            public void info(String message) {
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        };
        long started = System.nanoTime();
        CandidateRecall.Figures figures = CandidateRecall.measure(ScanRequest.defaults(corpus, modules), listener);
        double seconds = (System.nanoTime() - started) / 1e9;
        CandidateRecall.Misses misses = figures.missed();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "# Candidate recall on the corpus%n%n"
                        + "Engine %s, %d modules, %d groups, %d comparable pairs, %d at the threshold, %.0f s.%n%n"
                        + "| pairs at threshold proposed | copies (pairs the evidence rules accept) | of them proposed |%n"
                        + "|---|---|---|%n| %.2f%% (%d) | %d | %.2f%% (%d) |%n%n"
                        + "Copies not proposed, by cause: %d with a side made of idioms (no signature over uncommon "
                        + "grams) and the other outside the idioms' search, %d in the idioms' search sharing no band, "
                        + "%d there under its cut-off, %d outside its window; %d sharing no band, %d under the "
                        + "estimated-Jaccard cut-off, %d outside an oversized bucket's window.%n%n",
                ToolVersion.get(), modules.size(), figures.groups(), figures.comparablePairs(),
                figures.pairsAtThreshold(), seconds, 100 * figures.candidateRecall(), figures.proposed(),
                figures.copies(), 100 * figures.copyRecall(), figures.passedEvidence(), misses.idiomsWithoutPartnerSketch(),
                misses.idiomsWithoutSharedBand(), misses.idiomsUnderEstimateCutOff(), misses.idiomsOutsideWindow(),
                misses.withoutSharedBand(), misses.underEstimateCutOff(), misses.other()));
        report.append("| copies of | similarity | copies | proposed |\n|---|---|---|---|\n");
        for (CandidateRecall.Band band : figures.bands()) {
            report.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f%% (%d) |%n", band.types() ? "types" : "methods",
                    String.format(Locale.ROOT, "%.2f-%.2f", band.from(), band.to()),
                    band.copies(), 100 * band.recall(), band.proposed()));
        }
        report.append(String.format(Locale.ROOT, "%nEvery copy not proposed (%d):%n%n", figures.missedExamples().size()));
        figures.missedExamples().forEach(example -> report.append("- ").append(example).append('\n'));
        System.out.println();
        System.out.println(report.substring(0, Math.min(report.length(), report.indexOf("Every copy"))));
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("corpus-candidate-recall.md"), report.toString(), StandardCharsets.UTF_8);
        assertThat(problems).as("engine problems").isEmpty();
    }
}
