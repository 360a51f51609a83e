package dev.platformscan.it.accuracy;

import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Renders the benchmark's figures as Markdown (printed and written to results.md). */
final class ResultsReport {

    /** Distribution of a similarity over pairs. */
    record Distribution(double p50, double p90, double p99, double max, double atLeast055, double atLeast070) {
        static Distribution of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return new Distribution(0, 0, 0, 0, 0, 0);
            }
            Function<Double, Double> quantile = q -> sorted[(int) Math.min(sorted.length - 1, q * sorted.length)];
            return new Distribution(quantile.apply(0.5), quantile.apply(0.9), quantile.apply(0.99),
                    sorted[sorted.length - 1], share(sorted, 0.55), share(sorted, 0.70));
        }

        private static double share(double[] sorted, double from) {
            return (double) Arrays.stream(sorted).filter(v -> v >= from - 1e-9).count() / sorted.length;
        }
    }

    /** What the run was made of. */
    record Corpus(BenchmarkCorpus corpus, long seed, Map<String, Double> engineSimilarity, Set<String> candidates,
                  Distribution baselineBenchmark, Distribution baselineEngine, String toolVersion) {
    }

    private final StringBuilder out = new StringBuilder();

    String render(Corpus corpus, List<SweepRow> rows, double defaultThreshold,
                  Map<String, OriginalMethod> originals, Map<String, Mutant> mutants, long totalMillis) {
        out.setLength(0);
        line("# platform-scan accuracy benchmark: results");
        line("");
        line("Engine " + corpus.toolVersion() + ", seed " + corpus.seed() + ", " + corpus.corpus().originals().size()
                + " originals, " + corpus.corpus().mutants().values().stream().mapToInt(List::size).sum()
                + " mutants; whole run " + seconds(totalMillis) + ".");
        line("");
        sweepTable(rows);
        missesTable(rows);
        corpusTable(corpus);
        baseline(corpus);
        SweepRow atDefault = rows.stream().filter(row -> Math.abs(row.threshold() - defaultThreshold) < 1e-9)
                .findFirst().orElse(rows.get(rows.size() / 2));
        missExamples(atDefault, corpus, originals, mutants);
        falseGroupExamples(rows, originals);
        return out.toString();
    }

    private void sweepTable(List<SweepRow> rows) {
        line("## Recall and false grouping per minSimilarity");
        line("");
        line("| minSimilarity | T1 | T2 | T3-high | T3-mid | false pairs | falsely grouped originals | clusters (class) | units | scan time |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        line("| **target** | 100% | 100% | >= 95% | >= 60% | <= 2% | <= 2% | | | |");
        for (SweepRow row : rows) {
            AccuracyScorer.Score score = row.score();
            StringBuilder cells = new StringBuilder("| " + fixed(row.threshold()) + " |");
            for (EditClass editClass : EditClass.values()) {
                AccuracyScorer.Recall recall = score.recall().get(editClass);
                boolean met = recall.ratio() + 1e-9 >= editClass.targetRecall();
                cells.append(' ').append(percent(recall.ratio())).append(met ? "" : " ✗").append(" |");
            }
            cells.append(' ').append(String.format(Locale.ROOT, "%.3f%% (%d, %d direct)", 100 * score.falsePairRatio(),
                    score.falsePairs(), score.directFalsePairs())).append(score.falsePairRatio() <= 0.02 ? "" : " ✗")
                    .append(" |");
            cells.append(' ').append(percent(score.falselyGroupedRatio())).append(" (")
                    .append(score.falselyGrouped().size()).append(')')
                    .append(score.falselyGroupedRatio() <= 0.02 ? "" : " ✗").append(" |");
            cells.append(' ').append(row.clusters()).append(" (").append(row.classClusters()).append(") | ")
                    .append(row.units()).append(" | ").append(seconds(row.scanTime().toMillis())).append(" |");
            line(cells.toString());
        }
        line("");
        line("Recall: share of (original, mutant) pairs that share a cluster. False pairs: pairs of different "
                + "originals that share a cluster (directly or through their mutants) among all such pairs; "
                + "*direct* ones have both originals themselves in the cluster. "
                + "Falsely grouped originals: originals in at least one false pair. ✗ marks a missed target.");
        line("");
    }

    private void missesTable(List<SweepRow> rows) {
        line("## Why pairs were missed");
        line("");
        line("Missed pairs per class as `missed = below + not candidates + apart`: *below*: the engine's "
                + "similarity of the pair (Dice on the LCS of the engine's normalized tokens, computed "
                + "directly) is under the threshold, so the measure itself rejects it; *not candidates*: the "
                + "measure accepts it but candidate search does not propose it (no shared MinHash band key, or "
                + "an estimated Jaccard under the candidate index's cut-off); *apart*: proposed and similar enough, yet star clustering put the two in different clusters.");
        line("");
        line("| minSimilarity | T1 | T2 | T3-high | T3-mid |");
        line("|---|---|---|---|---|");
        for (SweepRow row : rows) {
            StringBuilder cells = new StringBuilder("| " + fixed(row.threshold()) + " |");
            for (EditClass editClass : EditClass.values()) {
                SweepRow.Misses misses = row.misses().get(editClass);
                cells.append(' ').append(misses.missed()).append(" = ").append(misses.belowThreshold()).append(" + ")
                        .append(misses.notCandidates()).append(" + ").append(misses.clusteredApart()).append(" |");
            }
            line(cells.toString());
        }
        line("");
    }

    private void corpusTable(Corpus corpus) {
        BenchmarkCorpus data = corpus.corpus();
        line("## Corpus");
        line("");
        Map<String, Integer> perLibrary = new TreeMap<>();
        data.originals().forEach(original -> perLibrary.merge(original.library(), 1, Integer::sum));
        line("Originals per library: " + perLibrary.toString().replaceAll("[{}]", "") + ". Sampling parsed "
                + data.sampling().filesParsed() + " files, saw " + data.sampling().eligibleSeen()
                + " eligible methods and dropped " + data.sampling().rejectedAsSimilar()
                + " as too similar (benchmark similarity >= " + fixed(CorpusSampler.MAX_SIMILARITY_BETWEEN_ORIGINALS)
                + ") to an original already taken.");
        line("");
        line("| class | mutants | benchmark similarity min / mean | engine similarity min / mean | T1 edits | T2 edits | statement edits |");
        line("|---|---|---|---|---|---|---|");
        for (EditClass editClass : EditClass.values()) {
            List<Mutant> mutants = data.mutants().get(editClass);
            double[] engine = mutants.stream()
                    .mapToDouble(m -> corpus.engineSimilarity().get(key(m.original().id(), editClass))).toArray();
            line("| " + editClass.label() + " (" + editClass.description() + ") | " + mutants.size() + " | "
                    + sim(mutants.stream().mapToDouble(Mutant::similarity).min().orElse(0)) + " / "
                    + sim(mutants.stream().mapToDouble(Mutant::similarity).average().orElse(0)) + " | "
                    + sim(Arrays.stream(engine).min().orElse(0)) + " / " + sim(Arrays.stream(engine).average().orElse(0))
                    + " | " + oneDecimal(mutants.stream().mapToInt(m -> m.edits().t1Edits()).average().orElse(0))
                    + " | " + oneDecimal(mutants.stream().mapToInt(m -> m.edits().t2Edits()).average().orElse(0))
                    + " | " + oneDecimal(mutants.stream().mapToInt(m -> m.edits().statementEdits()).average().orElse(0))
                    + " |");
        }
        line("");
    }

    private void baseline(Corpus corpus) {
        line("## Similarity of unrelated originals (baseline)");
        line("");
        line("Over all pairs of different originals: what unrelated real code scores on each measure.");
        line("");
        line("| measure | median | p90 | p99 | max | pairs >= 0.55 | pairs >= 0.70 |");
        line("|---|---|---|---|---|---|---|");
        distribution("benchmark (Dice on LCS)", corpus.baselineBenchmark());
        distribution("engine (Dice on LCS of engine tokens)", corpus.baselineEngine());
        line("");
    }

    private void distribution(String name, Distribution d) {
        line("| " + name + " | " + sim(d.p50()) + " | " + sim(d.p90()) + " | " + sim(d.p99()) + " | "
                + sim(d.max()) + " | " + String.format(Locale.ROOT, "%.2f%%", 100 * d.atLeast055()) + " | "
                + String.format(Locale.ROOT, "%.2f%%", 100 * d.atLeast070()) + " |");
    }

    private void missExamples(SweepRow row, Corpus corpus, Map<String, OriginalMethod> originals,
                              Map<String, Mutant> mutants) {
        line("## Missed pairs at minSimilarity " + fixed(row.threshold()) + " (examples)");
        line("");
        line("Per class and cause, the missed pairs with the highest engine similarity first.");
        line("");
        for (EditClass editClass : EditClass.values()) {
            List<PlacedMethod> missed = row.score().missed().stream()
                    .filter(method -> method.editClass() == editClass).toList();
            if (missed.isEmpty()) {
                continue;
            }
            line("- " + editClass.label() + ": " + missed.size() + " missed");
            Map<String, List<PlacedMethod>> byCause = new TreeMap<>();
            for (PlacedMethod method : missed) {
                byCause.computeIfAbsent(cause(method, corpus, row.threshold()), c -> new ArrayList<>()).add(method);
            }
            byCause.forEach((cause, methods) -> {
                List<PlacedMethod> ordered = new ArrayList<>(methods);
                ordered.sort((a, b) -> Double.compare(engineSimilarity(corpus, b), engineSimilarity(corpus, a)));
                for (PlacedMethod method : ordered.subList(0, Math.min(3, ordered.size()))) {
                    Mutant mutant = mutants.get(key(method.originId(), editClass));
                    line("  - " + cause + ": `" + method.originId() + "` -> `" + method.file() + ":"
                            + method.startLine() + "` (" + method.name() + "): benchmark " + sim(mutant.similarity())
                            + ", engine " + sim(engineSimilarity(corpus, method)) + ", "
                            + originals.get(method.originId()).tokens().size() + " tokens, edits "
                            + describe(mutant.edits()));
                }
            });
        }
        line("");
    }

    private static String cause(PlacedMethod mutant, Corpus corpus, double threshold) {
        if (engineSimilarity(corpus, mutant) + 1e-9 < threshold) {
            return "below";
        }
        return corpus.candidates().contains(key(mutant.originId(), mutant.editClass())) ? "apart" : "not candidates";
    }

    private static double engineSimilarity(Corpus corpus, PlacedMethod mutant) {
        return corpus.engineSimilarity().get(key(mutant.originId(), mutant.editClass()));
    }

    private void falseGroupExamples(List<SweepRow> rows, Map<String, OriginalMethod> originals) {
        line("## False groupings (examples)");
        line("");
        boolean any = false;
        for (SweepRow row : rows) {
            List<AccuracyScorer.FalseGroup> groups = row.score().falseGroups();
            if (groups.isEmpty()) {
                continue;
            }
            any = true;
            line("At minSimilarity " + fixed(row.threshold()) + ", " + groups.size()
                    + " clusters touch more than one original; the first ones:");
            line("");
            for (AccuracyScorer.FalseGroup group : groups.subList(0, Math.min(3, groups.size()))) {
                List<String> origins = new ArrayList<>(group.origins());
                line("- " + group.cluster().unit() + " cluster, similarity " + sim(group.cluster().similarity())
                        + ", " + group.cluster().members().size() + " members, " + origins.size()
                        + " originals; benchmark similarity of the first two originals "
                        + sim(TokenSimilarity.dice(originals.get(origins.get(0)).codes(),
                        originals.get(origins.get(1)).codes())));
                for (ClusterMember member : group.cluster().members().subList(0,
                        Math.min(6, group.cluster().members().size()))) {
                    line("  - `" + member.symbol() + "` (" + member.module() + ":" + member.startLine()
                            + ", similarity " + sim(member.similarity()) + ")");
                }
            }
            line("");
        }
        if (!any) {
            line("None at any threshold.");
            line("");
        }
    }

    static String key(String originId, EditClass editClass) {
        return originId + "|" + editClass;
    }

    private static String describe(EditCounts edits) {
        return "layout " + edits.layout() + ", comments " + edits.comments() + ", renames " + edits.renames()
                + ", literals " + edits.literals() + ", types " + edits.types() + ", inserted " + edits.inserted()
                + ", deleted " + edits.deleted() + ", modified " + edits.modified();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
    }

    static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String sim(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
