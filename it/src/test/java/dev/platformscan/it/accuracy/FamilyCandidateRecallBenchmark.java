package dev.platformscan.it.accuracy;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.cluster.CandidateRecall;
import dev.platformscan.engine.ToolVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidate recall (issue 14): of the pairs of units whose similarity reaches the threshold (found by brute
 * force), how many the candidate search proposes and each later filter lets through to verification. Units:
 * the family benchmark's repository (families and distractors) plus plain methods of the corpus (no similarity
 * filter), {@code families.plain} (3000) of them, so at least 5,000 units with many pairs above the threshold.
 * Runs on demand: {@code ./mvnw -B -pl rules,plugin,it -Pfamilies verify -Dfamilies.test=FamilyCandidateRecallBenchmark}.
 * Skipped (not failed) while the engine has no {@code cluster.CandidateRecall}. Thresholds: {@code families.thresholds}
 * (default: the engine's default only). Writes target/families/candidate-recall.md.
 */
class FamilyCandidateRecallBenchmark {

    static final double TARGET = 0.995;

    @Test
    void measureCandidateRecall() throws Exception {
        long started = System.nanoTime();
        FamilyBenchmark.Settings settings = FamilyBenchmark.Settings.read();
        FamilyCorpus corpus = settings.corpus();
        Set<String> taken = new HashSet<>();
        corpus.units().forEach(unit -> taken.add(unit.id()));
        List<FamilyUnit> plain = FamilyCorpus.plainMethods(settings.sources(), Integer.getInteger("families.plain", 3000),
                settings.seed(), taken);
        List<FamilyUnit> distractors = new ArrayList<>(corpus.distractors());
        distractors.addAll(plain);
        var repository = new FamilyRepositoryWriter(settings.seed(), settings.modules())
                .write(settings.directory().resolve("candidate-repo"), corpus.families(), distractors);
        assertThat(BenchmarkRepositoryWriter.verify(repository)).as("written repository").isEmpty();
        int units = repository.methods().size();
        FamilyBenchmark.log("candidate recall: %d units (%d family units, %d distractors, %d plain methods) (%.1f s)",
                units, corpus.families().stream().mapToInt(List::size).sum(), corpus.distractors().size(), plain.size(),
                FamilyBenchmark.seconds(started));
        assertThat(units).as("units").isGreaterThanOrEqualTo(5000);

        String thresholdList = System.getProperty("families.thresholds", "");
        double[] thresholds = thresholdList.isBlank() ? new double[] {EngineRunner.defaultMinSimilarity()}
                : settings.thresholds();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "# Candidate recall%n%nEngine %s, seed %d, "
                        + "%d units in %d modules (family benchmark repository + %d plain corpus methods).%n%n"
                        + "| minSimilarity | groups | comparable pairs | pairs at threshold | proposed: reach verification "
                        + "(target ≥ %s) | passed API check | passed the size-calibrated bar (verified) | copies: pairs the "
                        + "evidence rules accept | of them proposed | time |%n"
                        + "|---|---|---|---|---|---|---|---|---|---|%n",
                ToolVersion.get(), settings.seed(), units, settings.modules(), plain.size(),
                FamilyReport.percent(TARGET)));
        List<String> missed = new ArrayList<>();
        List<String> causes = new ArrayList<>();
        for (double threshold : thresholds) {
            ScanRequest request = FamilyCandidateRecall.request(repository, threshold);
            List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
            long measureStarted = System.nanoTime();
            CandidateRecall.Figures figures = FamilyCandidateRecall.measure(request,
                    FamilyCandidateRecall.collecting(problems));
            double seconds = FamilyBenchmark.seconds(measureStarted);
            java.util.function.LongFunction<Double> share = count -> figures.pairsAtThreshold() == 0 ? Double.NaN
                    : (double) count / figures.pairsAtThreshold();
            String row = String.format(Locale.ROOT, "| %.2f | %d | %d | %d | %s (%d)%s | %s (%d) | %s (%d) | %d | %s%s | %.1f s |%n",
                    threshold, figures.groups(), figures.comparablePairs(), figures.pairsAtThreshold(),
                    FamilyReport.percent(figures.candidateRecall(), 2), figures.proposed(),
                    figures.candidateRecall() + 1e-9 < TARGET ? " ✗" : "",
                    FamilyReport.percent(share.apply(figures.passedApiCheck()), 2), figures.passedApiCheck(),
                    FamilyReport.percent(share.apply(figures.passedEvidence()), 2), figures.passedEvidence(),
                    figures.copies(), FamilyReport.percent(figures.copyRecall(), 2),
                    figures.copyRecall() + 1e-9 < TARGET ? " ✗" : "", seconds);
            report.append(row);
            FamilyBenchmark.log("minSimilarity %.2f: %s", threshold, row.trim());
            figures.missedExamples().stream().limit(20).forEach(example -> missed.add(String.format(Locale.ROOT, "%.2f: %s", threshold, example)));
            CandidateRecall.Misses misses = figures.missed();
            causes.add(String.format(Locale.ROOT, "- %.2f: %d with a side made of idioms (fewer than 4 grams that are not idioms), "
                            + "%d sharing no band, %d under the estimated-Jaccard cut-off, %d outside an oversized bucket's "
                            + "window", threshold, misses.madeOfIdioms(), misses.withoutSharedBand(),
                    misses.underEstimateCutOff(), misses.other()));
            assertThat(problems).as("engine problems at %.2f", threshold).isEmpty();
        }
        report.append("\nCopies the candidate search did not propose, by cause:\n\n");
        causes.forEach(line -> report.append(line).append('\n'));
        if (!missed.isEmpty()) {
            report.append("\nCopies (pairs the evidence rules accept) the candidate search did not propose (examples):\n\n");
            missed.forEach(example -> report.append("- ").append(example).append('\n'));
        }
        System.out.println();
        System.out.println(report);
        Files.createDirectories(settings.directory());
        Files.writeString(settings.directory().resolve("candidate-recall.md"), report.toString(), StandardCharsets.UTF_8);
    }
}
