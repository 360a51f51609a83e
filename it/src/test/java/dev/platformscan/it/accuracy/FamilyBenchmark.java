package dev.platformscan.it.accuracy;

import dev.platformscan.engine.ToolVersion;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.fail;

/**
 * Family benchmark (issue 14): families of dozens of independently edited versions of one real method
 * (copies of copies, {@link FamilyGenerator}) spread over many modules among real distractors, scanned
 * in-process; recall per pair of family units, by bucket, at cluster level and at family level, and
 * unrelated grouping. See docs/accuracy-families.md. Runs on demand only:
 * {@code ./mvnw -B -pl rules,plugin,it -Pfamilies verify}.
 *
 * <p>System properties: {@code families.directory} (target/families), {@code families.sources} (the accuracy
 * profile's unpacked corpus, target/accuracy/sources), {@code families.families} (40), {@code families.variants}
 * (55), {@code families.distractors} (1000), {@code families.modules} (60), {@code families.seed} (42),
 * {@code families.thresholds} (the engine's default, 0.65, 0.75).
 */
class FamilyBenchmark {

    static final String COMMAND = "./mvnw -B -pl rules,plugin,it -Pfamilies verify";

    @Test
    void measureFamilyRecall() throws Exception {
        long started = System.nanoTime();
        Settings settings = Settings.read();
        FamilyCorpus corpus = settings.corpus();
        log("corpus: %d families (%d units), %d distractors (%.1f s)", corpus.families().size(),
                corpus.families().stream().mapToInt(List::size).sum(), corpus.distractors().size(), seconds(started));
        BenchmarkRepository repository = new FamilyRepositoryWriter(settings.seed, settings.modules)
                .write(settings.directory.resolve("repo"), corpus.families(), corpus.distractors());
        List<String> unsound = BenchmarkRepositoryWriter.verify(repository);

        List<FamilyUnit> units = corpus.units();
        FamilyScorer scorer = new FamilyScorer(units, FamilyRepositoryWriter.placement(repository));
        double[] engineSimilarity = engineSimilarities(scorer);
        log("repository written, %d family pairs %s (%.1f s)", scorer.pairs().size(), scorer.pairCounts(),
                seconds(started));

        double[] thresholds = settings.thresholds();
        List<FamilyReport.Row> rows = new ArrayList<>();
        for (double threshold : thresholds) {
            EngineRunner.Run run = EngineRunner.scan(repository, threshold);
            FamilyScorer.Score score = scorer.score(run.result().clusters());
            rows.add(new FamilyReport.Row(threshold, score, run.wallTime(), run.problems().size()));
            log("minSimilarity %.2f: cluster %s, family %s; unrelated unit pairs %d / %d; %d clusters, %d families, "
                            + "%d problems, %.1f s", threshold, recalls(score.cluster()), recalls(score.family()),
                    score.cluster().unrelatedPairs(), score.family().unrelatedPairs(), score.clusters(),
                    score.families(), run.problems().size(), run.wallTime().toMillis() / 1000.0);
            run.problems().stream().limit(5).forEach(problem -> log("  problem: %s", problem.describe()));
        }

        FamilyReport.Setup setup = new FamilyReport.Setup(ToolVersion.get(), settings.seed, corpus, settings.modules,
                units.size(), EngineRunner.defaultMinSimilarity());
        String report = FamilyReport.render(setup, scorer, engineSimilarity, rows, (System.nanoTime() - started) / 1_000_000);
        System.out.println();
        System.out.println(report);
        Files.writeString(settings.directory.resolve("results.md"), report, StandardCharsets.UTF_8);
        log("written %s", settings.directory.resolve("results.md"));

        // the benchmark itself must be sound, whatever the engine's figures
        SoftAssertions soundness = new SoftAssertions();
        soundness.assertThat(unsound).as("written repository (every file parses, every method where recorded)").isEmpty();
        soundness.assertThat(corpus.families().size()).as("families").isEqualTo(settings.families);
        soundness.assertThat(corpus.distractors().size()).as("distractors").isGreaterThanOrEqualTo(settings.distractors * 9 / 10);
        for (List<FamilyUnit> family : corpus.families()) {
            soundness.assertThat(family.size() - 1).as("variants of " + family.get(0).id())
                    .isGreaterThanOrEqualTo(Math.min(50, settings.variants));
        }
        for (FamilyReport.Row row : rows) {
            soundness.assertThat(row.problems()).as("engine problems at %.2f (every file parses)", row.threshold()).isZero();
            soundness.assertThat(row.score().unmatchedMembers())
                    .as("cluster members outside written methods at %.2f", row.threshold()).isZero();
        }
        soundness.assertAll();
    }

    /** The engine's similarity of every family pair (its own tokens, Dice on the LCS), aligned with the pairs. */
    static double[] engineSimilarities(FamilyScorer scorer) {
        List<FamilyUnit> units = scorer.units();
        int[][] codes = new int[units.size()][];
        IntStream.range(0, units.size()).parallel()
                .forEach(u -> codes[u] = EngineRunner.engineCodes(units.get(u).text()));
        List<FamilyScorer.Pair> pairs = scorer.pairs();
        return IntStream.range(0, pairs.size()).parallel()
                .mapToDouble(p -> TokenSimilarity.dice(codes[pairs.get(p).a()], codes[pairs.get(p).b()])).toArray();
    }

    private static String recalls(FamilyScorer.Level level) {
        StringBuilder text = new StringBuilder();
        level.recall().forEach((bucket, recall) -> text.append(text.length() == 0 ? "" : " ")
                .append(bucket.label()).append(' ').append(FamilyReport.percent(recall.ratio())));
        return text.toString();
    }

    /** The knobs, from system properties. */
    record Settings(Path directory, Path sources, int families, int variants, int distractors, int modules, long seed,
                    String thresholdList) {

        static Settings read() {
            Path directory = Path.of(System.getProperty("families.directory", "target/families")).toAbsolutePath();
            Path sources = Path.of(System.getProperty("families.sources",
                    directory.resolveSibling("accuracy").resolve("sources").toString())).toAbsolutePath();
            if (!Files.isDirectory(sources)) {
                fail("No library sources in " + sources + ": run the benchmark through its profile: " + COMMAND);
            }
            return new Settings(directory, sources, Integer.getInteger("families.families", 40),
                    Integer.getInteger("families.variants", 55), Integer.getInteger("families.distractors", 1000),
                    Integer.getInteger("families.modules", 60), Long.getLong("families.seed", 42L),
                    System.getProperty("families.thresholds", ""));
        }

        FamilyCorpus corpus() {
            return FamilyCorpus.build(sources, families, variants, distractors, seed);
        }

        /** The thresholds to scan at: the engine's default, 0.65 and 0.75 unless given. */
        double[] thresholds() {
            TreeSet<Double> set = new TreeSet<>();
            if (thresholdList.isBlank()) {
                set.addAll(List.of(EngineRunner.defaultMinSimilarity(), 0.65, 0.75));
            } else {
                Arrays.stream(thresholdList.split(",")).map(String::trim).map(Double::parseDouble).forEach(set::add);
            }
            return set.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static void log(String format, Object... arguments) {
        System.out.println("[families] " + String.format(Locale.ROOT, format, arguments));
    }
}
