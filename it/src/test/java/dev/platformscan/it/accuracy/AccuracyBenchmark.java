package dev.platformscan.it.accuracy;

import dev.platformscan.engine.ToolVersion;
import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Mutation-based accuracy benchmark (Roy &amp; Cordy): real methods from library sources, T1/T2/T3
 * mutants of them laid out as a multi-module repository, one engine scan per minSimilarity, recall
 * per edit class and false grouping per scan. See docs/accuracy.md. Runs on demand only:
 * {@code ./mvnw -B -pl it -am -Paccuracy verify}.
 *
 * <p>System properties: {@code accuracy.directory} (default target/accuracy; the profile unpacks the
 * sources into its {@code sources/}), {@code accuracy.originals} (600), {@code accuracy.seed} (42),
 * {@code accuracy.thresholds} (0.55,0.60,0.65,0.70,0.75,0.80), {@code accuracy.enforce} (false: print
 * only; true: fail when a target is missed at {@code accuracy.enforceAt}, default the engine's default
 * minSimilarity).
 */
class AccuracyBenchmark {

    private static final String COMMAND = "./mvnw -B -pl it -am -Paccuracy verify";

    @Test
    void measureRecallAndFalseGrouping() throws Exception {
        Path directory = Path.of(System.getProperty("accuracy.directory", "target/accuracy")).toAbsolutePath();
        int originalCount = Integer.getInteger("accuracy.originals", 600);
        long seed = Long.getLong("accuracy.seed", 42L);
        double[] thresholds = Arrays.stream(System.getProperty("accuracy.thresholds",
                "0.55,0.60,0.65,0.70,0.75,0.80").split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
        boolean enforce = Boolean.parseBoolean(System.getProperty("accuracy.enforce", "false"));
        double enforceAt = Double.parseDouble(System.getProperty("accuracy.enforceAt",
                String.valueOf(EngineRunner.defaultMinSimilarity())));

        Path sources = directory.resolve("sources");
        if (!Files.isDirectory(sources)) {
            fail("No library sources in " + sources + ": run the benchmark through its profile: " + COMMAND);
        }
        long started = System.nanoTime();
        BenchmarkCorpus corpus = BenchmarkCorpus.build(sources, originalCount, seed);
        log("corpus: %d originals, mutants %s (%.1f s)", corpus.originals().size(), counts(corpus),
                seconds(started));
        BenchmarkRepository repository = new BenchmarkRepositoryWriter(seed)
                .write(directory.resolve("repo"), corpus.originals(), corpus.mutants());
        assertThat(BenchmarkRepositoryWriter.verify(repository)).as("written benchmark repository").isEmpty();

        Map<String, OriginalMethod> originals = new HashMap<>();
        corpus.originals().forEach(original -> originals.put(original.id(), original));
        Map<String, Mutant> mutants = new HashMap<>();
        corpus.mutants().forEach((editClass, list) -> list.forEach(
                mutant -> mutants.put(ResultsReport.key(mutant.original().id(), editClass), mutant)));
        Map<String, Double> engineSimilarity = new ConcurrentHashMap<>();
        Set<String> candidates = ConcurrentHashMap.newKeySet();
        mutants.entrySet().parallelStream().forEach(entry -> {
            String original = entry.getValue().original().text();
            engineSimilarity.put(entry.getKey(), EngineRunner.engineSimilarity(original, entry.getValue().text()));
            if (EngineRunner.areCandidates(original, entry.getValue().text())) {
                candidates.add(entry.getKey());
            }
        });
        ResultsReport.Corpus described = new ResultsReport.Corpus(corpus, seed, engineSimilarity, candidates,
                ResultsReport.Distribution.of(pairSimilarities(corpus.originals(), false)),
                ResultsReport.Distribution.of(pairSimilarities(corpus.originals(), true)), ToolVersion.get());
        log("baseline and engine similarities computed (%.1f s)", seconds(started));

        AccuracyScorer scorer = new AccuracyScorer(repository);
        List<SweepRow> rows = new ArrayList<>();
        for (double threshold : thresholds) {
            EngineRunner.Run run = EngineRunner.scan(repository, threshold);
            AccuracyScorer.Score score = scorer.score(Boolean.getBoolean("accuracy.clusterLevel")
                    ? run.result().clusters() : AccuracyScorer.families(run.result().clusters()));
            SweepRow row = new SweepRow(threshold, score, run.result().clusters().size(),
                    (int) run.result().clusters().stream().filter(c -> c.unit().equals("class")).count(),
                    run.result().summary().units(), run.wallTime(), run.problems().size(),
                    misses(score, engineSimilarity, candidates, threshold));
            rows.add(row);
            log("minSimilarity %.2f: recall T1 %s, T2 %s, T3-high %s, T3-mid %s; false pairs %d, falsely grouped "
                            + "originals %s; %d clusters, %d units, %d problems, %.1f s",
                    threshold, recall(score, EditClass.T1), recall(score, EditClass.T2),
                    recall(score, EditClass.T3_HIGH), recall(score, EditClass.T3_MID), score.falsePairs(),
                    ResultsReport.percent(score.falselyGroupedRatio()), row.clusters(), row.units(), row.problems(),
                    run.wallTime().toMillis() / 1000.0);
            run.problems().stream().limit(5).forEach(problem -> log("  problem: %s", problem.describe()));
        }

        String report = new ResultsReport().render(described, rows, enforceAt, originals, mutants,
                (System.nanoTime() - started) / 1_000_000);
        System.out.println();
        System.out.println(report);
        Files.writeString(directory.resolve("results.md"), report, StandardCharsets.UTF_8);
        log("written %s", directory.resolve("results.md"));

        // the benchmark itself must be sound, whatever the engine's figures
        SoftAssertions soundness = new SoftAssertions();
        soundness.assertThat(corpus.originals()).as("originals sampled").hasSizeGreaterThanOrEqualTo(100);
        for (EditClass editClass : EditClass.values()) {
            soundness.assertThat(corpus.mutants().get(editClass)).as(editClass.label() + " mutants")
                    .hasSizeGreaterThanOrEqualTo(100);
        }
        for (SweepRow row : rows) {
            soundness.assertThat(row.problems()).as("engine problems at %.2f (every file parses)", row.threshold())
                    .isZero();
            soundness.assertThat(row.score().unmatchedMembers())
                    .as("cluster members outside written methods at %.2f", row.threshold()).isZero();
        }
        soundness.assertAll();

        if (enforce) {
            SweepRow row = rows.stream().filter(r -> Math.abs(r.threshold() - enforceAt) < 1e-9).findFirst()
                    .orElseThrow(() -> new AssertionError("accuracy.enforceAt " + enforceAt + " is not in the sweep"));
            SoftAssertions targets = new SoftAssertions();
            for (EditClass editClass : EditClass.values()) {
                targets.assertThat(row.score().recall().get(editClass).ratio())
                        .as("%s recall at minSimilarity %.2f", editClass.label(), enforceAt)
                        .isGreaterThanOrEqualTo(editClass.targetRecall() - 1e-9);
            }
            targets.assertThat(row.score().falsePairRatio()).as("false pairs at %.2f", enforceAt).isLessThanOrEqualTo(0.02);
            targets.assertThat(row.score().falselyGroupedRatio()).as("falsely grouped originals at %.2f", enforceAt)
                    .isLessThanOrEqualTo(0.02);
            targets.assertAll();
        }
    }

    /** Benchmark (Dice on LCS) or engine (Dice on LCS of the engine's tokens) similarity of every pair of originals. */
    private static double[] pairSimilarities(List<OriginalMethod> originals, boolean engine) {
        List<int[]> codes = originals.stream()
                .map(original -> engine ? EngineRunner.engineCodes(original.text()) : original.codes()).toList();
        return IntStream.range(0, codes.size()).parallel().boxed().flatMapToDouble(i -> IntStream
                .range(i + 1, codes.size()).mapToDouble(j -> engine
                        ? TokenSimilarity.dice(codes.get(i), codes.get(j))
                        : TokenSimilarity.dice(codes.get(i), codes.get(j)))).toArray();
    }

    private static Map<EditClass, SweepRow.Misses> misses(AccuracyScorer.Score score, Map<String, Double> engineSimilarity,
                                                         Set<String> candidates, double threshold) {
        Map<EditClass, int[]> counts = new EnumMap<>(EditClass.class);
        for (EditClass editClass : EditClass.values()) {
            counts.put(editClass, new int[3]);
        }
        for (PlacedMethod missed : score.missed()) {
            String key = ResultsReport.key(missed.originId(), missed.editClass());
            int[] count = counts.get(missed.editClass());
            count[0]++;
            if (engineSimilarity.get(key) + 1e-9 < threshold) {
                count[1]++;
            } else if (!candidates.contains(key)) {
                count[2]++;
            }
        }
        Map<EditClass, SweepRow.Misses> misses = new EnumMap<>(EditClass.class);
        counts.forEach((editClass, count) -> misses.put(editClass, new SweepRow.Misses(count[0], count[1], count[2])));
        return misses;
    }

    private static String recall(AccuracyScorer.Score score, EditClass editClass) {
        return ResultsReport.percent(score.recall().get(editClass).ratio());
    }

    private static String counts(BenchmarkCorpus corpus) {
        StringBuilder text = new StringBuilder();
        corpus.mutants().forEach((editClass, list) -> text.append(text.length() == 0 ? "" : ", ")
                .append(editClass.label()).append(' ').append(list.size()));
        return text.toString();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void log(String format, Object... arguments) {
        System.out.println("[accuracy] " + String.format(Locale.ROOT, format, arguments));
    }
}
