package dev.platformscan.it.accuracy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The family benchmark's tables, as Markdown (printed and written to results.md). */
final class FamilyReport {

    /** One scan: its threshold, score, wall time and engine problems. */
    record Row(double threshold, FamilyScorer.Score score, Duration wallTime, int problems) {
    }

    /** What was written, for the header. */
    record Setup(String engineVersion, long seed, FamilyCorpus corpus, int modules, int units, double defaultThreshold) {
    }

    static final double UNRELATED_TARGET = 0.01;

    private FamilyReport() {
    }

    static String render(Setup setup, FamilyScorer scorer, double[] engineSimilarity, List<Row> rows, long totalMillis) {
        StringBuilder out = new StringBuilder("# Family benchmark\n\n");
        FamilyCorpus corpus = setup.corpus();
        int min = Integer.MAX_VALUE;
        int max = 0;
        long sum = 0;
        Map<FamilyUnit.Kind, Integer> kinds = new EnumMap<>(FamilyUnit.Kind.class);
        for (List<FamilyUnit> family : corpus.families()) {
            min = Math.min(min, family.size() - 1);
            max = Math.max(max, family.size() - 1);
            sum += family.size() - 1;
            family.forEach(unit -> kinds.merge(unit.kind(), 1, Integer::sum));
        }
        out.append(String.format(Locale.ROOT, "Engine %s, seed %d: %d families of 1 original + %d–%d variants "
                        + "(mean %.1f; made as T1 %d, T2 %d, T3 %d, each from the original or an earlier variant), "
                        + "%d distractors, %d units in %d modules; %d family pairs; run %.0f s.%n%n",
                setup.engineVersion(), setup.seed(), corpus.families().size(), min, max,
                corpus.families().isEmpty() ? 0 : (double) sum / corpus.families().size(),
                kinds.getOrDefault(FamilyUnit.Kind.T1, 0), kinds.getOrDefault(FamilyUnit.Kind.T2, 0),
                kinds.getOrDefault(FamilyUnit.Kind.T3, 0), corpus.distractors().size(), setup.units(),
                setup.modules(), scorer.pairs().size(), totalMillis / 1000.0));

        out.append("## Recall per pair: cluster level (one cluster holds both) and family level (one family does)\n\n");
        out.append("| minSimilarity | level |");
        for (FamilyBucket bucket : FamilyBucket.values()) {
            out.append(' ').append(bucket.label()).append(" |");
        }
        out.append(" unrelated unit pairs | unrelated group pairs | falsely grouped originals | clusters / families | scan time |\n|---|---|");
        out.append("---|".repeat(FamilyBucket.values().length)).append("---|---|---|---|---|\n| **target** | |");
        for (FamilyBucket bucket : FamilyBucket.values()) {
            out.append(' ').append(Double.isNaN(bucket.target()) ? "(reported)"
                    : bucket.target() >= 1.0 ? "100%" : "≥ " + whole(bucket.target())).append(" |");
        }
        out.append(" ≤ ").append(whole(UNRELATED_TARGET)).append(" | | | | |\n");
        java.util.Set<String> familyIds = new java.util.HashSet<>();
        corpus.families().forEach(family -> familyIds.add(family.get(0).group()));
        for (Row row : rows) {
            String threshold = String.format(Locale.ROOT, "%.2f", row.threshold())
                    + (Math.abs(row.threshold() - setup.defaultThreshold()) < 1e-9 ? " (default)" : "");
            for (int level = 0; level < 2; level++) {
                FamilyScorer.Level figures = level == 0 ? row.score().cluster() : row.score().family();
                out.append("| ").append(level == 1 ? "**" + threshold + "**" : threshold).append(" | ")
                        .append(level == 0 ? "cluster" : "**family**").append(" |");
                for (FamilyBucket bucket : FamilyBucket.values()) {
                    double ratio = figures.recall().get(bucket).ratio();
                    out.append(' ').append(percent(ratio))
                            .append(!Double.isNaN(bucket.target()) && ratio + 1e-9 < bucket.target() ? " ✗" : "")
                            .append(" |");
                }
                long families = figures.falselyGrouped().stream().filter(familyIds::contains).count();
                out.append(String.format(Locale.ROOT, " %s (%d)%s | %s (%d) | %s (%d, %d families) | %d | %.1f s |%n",
                        percent(figures.unrelatedPairRatio(), 3), figures.unrelatedPairs(),
                        figures.unrelatedPairRatio() > UNRELATED_TARGET ? " ✗" : "",
                        percent(figures.groupPairRatio(), 3), figures.groupPairs(),
                        percent(figures.falselyGroupedRatio()), figures.falselyGrouped().size(), families,
                        level == 0 ? row.score().clusters() : row.score().families(),
                        row.wallTime().toMillis() / 1000.0));
            }
        }
        out.append("\nUnrelated unit pairs: pairs of units of different groups (a family, or a distractor) held together, "
                + "among all such pairs; group pairs: pairs of groups joined through any of their units; falsely "
                + "grouped originals: groups (families and distractors) in at least one joined pair.\n\n");

        out.append("## Pairs within families\n\n| bucket | pairs | share |");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, " engine similarity ≥ %.2f |", row.threshold()));
        }
        out.append("\n|---|---|---|").append("---|".repeat(rows.size())).append('\n');
        Map<FamilyBucket, Long> counts = scorer.pairCounts();
        for (FamilyBucket bucket : FamilyBucket.values()) {
            out.append("| ").append(bucket.label()).append(" (").append(bucket.description()).append(") | ")
                    .append(counts.get(bucket)).append(" | ")
                    .append(percent((double) counts.get(bucket) / Math.max(1, scorer.pairs().size()))).append(" |");
            for (Row row : rows) {
                long reach = 0;
                for (int p = 0; p < scorer.pairs().size(); p++) {
                    if (scorer.pairs().get(p).bucket() == bucket && engineSimilarity[p] + 1e-9 >= row.threshold()) {
                        reach++;
                    }
                }
                out.append(' ').append(percent(counts.get(bucket) == 0 ? Double.NaN : (double) reach / counts.get(bucket)))
                        .append(" |");
            }
            out.append('\n');
        }
        out.append("\n(engine similarity ≥ t: share of the bucket's pairs the engine's own measure puts at or above t, "
                + "the pairs one verified comparison can link; the others can only be reached through intermediates.)\n\n");

        out.append("Benchmark similarity of the family pairs:\n\n| similarity | pairs |\n|---|---|\n");
        double[] edges = {0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        for (int e = 0; e < edges.length - 1; e++) {
            double low = edges[e];
            double high = edges[e + 1];
            boolean last = e == edges.length - 2;
            long count = scorer.pairs().stream().filter(pair -> pair.similarity() >= low
                    && (last ? pair.similarity() < 1.0 : pair.similarity() < high)).count();
            out.append(String.format(Locale.ROOT, "| %.1f–%.1f%s | %d |%n", low, high, last ? " (excl.)" : "", count));
        }
        long equal = scorer.pairs().stream().filter(pair -> pair.similarity() >= 1.0).count();
        out.append(String.format(Locale.ROOT, "| 1.0 | %d |%n", equal));
        CorpusSampler.Statistics sampling = corpus.sampling();
        out.append(String.format(Locale.ROOT, "%nSampling: %d files parsed, %d eligible methods seen, %d rejected as "
                + "0.70 or more alike to one taken.%n", sampling.filesParsed(), sampling.eligibleSeen(),
                sampling.rejectedAsSimilar()));
        return out.toString();
    }

    static String percent(double ratio) {
        return percent(ratio, 1);
    }

    static String percent(double ratio, int decimals) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * ratio);
    }

    private static String whole(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
    }
}
