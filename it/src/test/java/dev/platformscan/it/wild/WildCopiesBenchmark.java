package dev.platformscan.it.wild;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ToolVersion;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.it.wild.WildScorer.ClassResult;
import dev.platformscan.it.wild.WildScorer.Memberships;
import dev.platformscan.it.wild.WildScorer.Resolved;
import dev.platformscan.it.wild.WildSources.Decl;
import dev.platformscan.it.wild.WildSources.Module;
import dev.platformscan.it.wild.WildTruth.ClassPair;
import dev.platformscan.it.wild.WildTruth.MethodPair;
import dev.platformscan.it.wild.WildTruth.Truth;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies in the wild and hard negatives (docs/accuracy-wild.md): real libraries that are known copies of each
 * other, scanned pair by pair as two modules, scored against path-mapped ground truth; and same-purpose
 * libraries by different authors, whose shared clusters are listed for judgement. Runs on demand only:
 * {@code ./mvnw -B -pl rules,plugin,it -Pwild verify}.
 *
 * <p>System properties: {@code wild.directory} (default target/wild; the profile unpacks into its
 * {@code sources/}), {@code wild.truthOnly} (true: print the ground truth and a sample of pairs to read, no
 * scan), {@code wild.sample} (pairs per copy pair in that sample, 15). Fails only when the benchmark is broken:
 * a module missing, a file that does not parse, an engine problem, cluster members it cannot place.
 */
class WildCopiesBenchmark {

    private static final String COMMAND = "./mvnw -B -pl rules,plugin,it -Pwild verify";
    private static final int WHOLE_CLASS_LINES = 50;

    @Test
    void measureCopiesInTheWild() throws Exception {
        Path directory = Path.of(System.getProperty("wild.directory", "target/wild"));
        Path sources = directory.resolve("sources");
        boolean truthOnly = Boolean.getBoolean("wild.truthOnly");
        int sample = Integer.getInteger("wild.sample", 15);
        List<String> broken = new ArrayList<>();
        long started = System.nanoTime();

        StringBuilder summary = new StringBuilder();
        StringBuilder buckets = new StringBuilder();
        StringBuilder methods = new StringBuilder();
        StringBuilder missed = new StringBuilder();
        StringBuilder strays = new StringBuilder();
        StringBuilder negatives = new StringBuilder();
        StringBuilder truthText = new StringBuilder();
        int missedCount = 0;

        for (WildPair pair : WildPair.ALL) {
            Path dirA = sources.resolve(pair.moduleA());
            Path dirB = sources.resolve(pair.moduleB());
            if (!Files.isDirectory(dirA) || !Files.isDirectory(dirB)) {
                broken.add(pair.name() + ": " + dirA + " or " + dirB + " is missing (run with -Pwild)");
                continue;
            }
            Module a = WildSources.read(dirA, WildPair.encoding(pair.moduleA()));
            Module b = WildSources.read(dirB, WildPair.encoding(pair.moduleB()));
            a.unparseable().forEach(p -> broken.add(pair.moduleA() + "/" + p + " does not parse at Java 17"));
            b.unparseable().forEach(p -> broken.add(pair.moduleB() + "/" + p + " does not parse at Java 17"));
            if (a.files().isEmpty() || b.files().isEmpty()) {
                broken.add(pair.name() + ": no Java file in a module");
                continue;
            }
            Truth truth = pair.kind() == WildPair.Kind.COPY ? WildTruth.of(pair, a.files(), b.files()) : null;
            if (truth != null) {
                if (truth.classes().isEmpty()) {
                    broken.add(pair.name() + ": no file maps to the other module (prefixes wrong?)");
                    continue;
                }
                truthText.append(truthSummary(pair, truth, sample));
            }
            if (truthOnly) {
                continue;
            }
            WildRunner.Run run = WildRunner.scan(pair, sources);
            run.problems().forEach(p -> broken.add(pair.name() + ": engine problem " + p));
            Memberships memberships = WildScorer.memberships(pair, run.result().clusters(), a.files(), b.files());
            if (memberships.unresolved > 0) {
                broken.add(pair.name() + ": " + memberships.unresolved + " cluster members lie outside every "
                        + "declaration the benchmark read");
            }
            if (truth == null) {
                negatives.append(negative(pair, memberships, run));
                continue;
            }
            List<ClassResult> results = truth.classes().stream().map(c -> WildScorer.score(c, memberships)).toList();
            summary.append(summaryRow(pair, truth, results, memberships, run));
            buckets.append(bucketRows(pair, results));
            methods.append(methodRow(pair, truth, memberships));
            for (ClassResult result : results) {
                ClassPair c = result.pair();
                if (c.similarity() >= WildScorer.METHOD_COPY && c.lines() >= WHOLE_CLASS_LINES && !result.asClass()) {
                    missedCount++;
                    missed.append(missedRow(pair, result));
                }
            }
            strays.append(strays(pair, memberships));
        }

        StringBuilder report = new StringBuilder();
        report.append("# Copies in the wild: results\n\n")
                .append("Engine ").append(ToolVersion.get()).append(", defaults (minSimilarity 0.7, cross-module); `")
                .append(COMMAND).append("`; benchmark time ")
                .append(String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - started) / 1e9)).append(".\n\n");
        if (truthOnly) {
            report.append(truthText);
        } else {
            report.append("## Copy pairs\n\n")
                    .append("Recall: a class pair counts 1 when its two primary types are in one cluster, else the share"
                            + " of its same-signature method pairs (both engine units, similarity ≥ 0.7) that share a"
                            + " cluster or lie in types that share one. *families*: the same with family ids.\n\n")
                    .append("| pair | class pairs | as class cluster | recall | recall (families) | without logic |"
                            + " recall of the rest | method pairs found | whole-class copies ≥ 50 lines found |"
                            + " clusters across | of them without a true pair | scan |\n"
                            + "|---|---|---|---|---|---|---|---|---|---|---|---|\n")
                    .append(summary)
                    .append("\n### By whole-file similarity\n\n*without logic*: neither file has 50 tokens in members"
                            + " that are not boilerplate by the engine's rule (interfaces, annotations, constants, DTOs,"
                            + " pure delegations), so the engine leaves them out on purpose.\n\n"
                            + "| pair | bucket | class pairs | as class cluster | recall | recall (families) |"
                            + " without logic | recall of the rest |\n|---|---|---|---|---|---|---|---|\n")
                    .append(buckets)
                    .append("\n### Method pairs (both engine units) by method similarity: found / pairs\n\n| pair |");
            WildTruth.BUCKETS.forEach(bucket -> report.append(' ').append(bucket).append(" |"));
            report.append("\n|---|---|---|---|---|---|\n").append(methods)
                    .append("\n### Whole-class copies (file similarity ≥ 0.7, ≥ 50 code lines) not in one cluster: ")
                    .append(missedCount).append("\n\n| pair | file | lines A / B | similarity | kind | members (A) |"
                            + " method pairs found | in any cluster |\n|---|---|---|---|---|---|---|---|\n")
                    .append(missed)
                    .append("\n### Clusters across the two modules without a corresponding pair (first 10 per pair)\n\n")
                    .append(strays.isEmpty() ? "none\n" : strays)
                    .append("\n## Hard negatives: every cluster across the two modules\n\n")
                    .append(negatives);
        }
        if (!broken.isEmpty()) {
            report.append("\n## Benchmark problems\n\n");
            broken.forEach(problem -> report.append("- ").append(problem).append('\n'));
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(truthOnly ? "truth.md" : "results.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(broken).as("the benchmark itself is broken").isEmpty();
    }

    private static String truthSummary(WildPair pair, Truth truth, int sample) {
        StringBuilder text = new StringBuilder("## Truth: ").append(pair.name()).append("\n\n")
                .append(truth.classes().size()).append(" class pairs; files only in A: ").append(truth.onlyInA())
                .append(", only in B: ").append(truth.onlyInB()).append(". By whole-file similarity:");
        Map<String, List<ClassPair>> byBucket = WildTruth.byBucket(truth.classes());
        WildTruth.BUCKETS.forEach(b -> text.append(' ').append(b).append(": ")
                .append(byBucket.getOrDefault(b, List.of()).size()).append(';'));
        text.append("\n\nSample to read (by a hash of the path):\n\n| file | lines A / B | similarity | methods"
                + " (pairs, of them ≥ 0.7) |\n|---|---|---|---|\n");
        truth.classes().stream()
                .sorted(Comparator.comparingInt((ClassPair c) -> c.a().path().hashCode() * 31 + 7))
                .limit(sample)
                .forEach(c -> text.append("| ").append(c.a().path()).append(" | ").append(c.a().codeLines())
                        .append(" / ").append(c.b().codeLines()).append(" | ").append(f3(c.similarity()))
                        .append(" | ").append(c.methods().size()).append(", ")
                        .append(c.methods().stream().filter(m -> m.similarity() >= 0.7).count()).append(" |\n"));
        return text.append('\n').toString();
    }

    private static String summaryRow(WildPair pair, Truth truth, List<ClassResult> results, Memberships memberships,
                                     WildRunner.Run run) {
        int pairs = results.size();
        long asClass = results.stream().filter(ClassResult::asClass).count();
        double recall = results.stream().mapToDouble(ClassResult::score).sum();
        double recallFamily = results.stream().mapToDouble(ClassResult::familyScore).sum();
        List<ClassResult> withLogic = results.stream().filter(r -> !r.withoutLogic()).toList();
        double recallWithLogic = withLogic.stream().mapToDouble(ClassResult::score).sum();
        int methodPairs = results.stream().mapToInt(ClassResult::methodPairs).sum();
        int covered = results.stream().mapToInt(ClassResult::covered).sum();
        long whole = results.stream().filter(r -> r.pair().similarity() >= WildScorer.METHOD_COPY
                && r.pair().lines() >= WHOLE_CLASS_LINES).count();
        long wholeFound = results.stream().filter(r -> r.pair().similarity() >= WildScorer.METHOD_COPY
                && r.pair().lines() >= WHOLE_CLASS_LINES && r.asClass()).count();
        long withoutPair = memberships.spanning.stream()
                .filter(e -> !WildScorer.holdsCorrespondingPair(pair, e.getValue())).count();
        return "| " + pair.name() + " | " + pairs + " | " + asClass + " (" + pct(asClass, pairs) + ") | "
                + pct(recall, pairs) + " | " + pct(recallFamily, pairs) + " | " + (pairs - withLogic.size()) + " | "
                + pct(recallWithLogic, withLogic.size()) + " | " + covered + " / " + methodPairs + " ("
                + pct(covered, methodPairs) + ") | " + wholeFound + " / " + whole + " | " + memberships.spanning.size()
                + " | " + withoutPair + " | " + String.format(Locale.ROOT, "%.1f s", run.millis() / 1000.0) + " |\n";
    }

    private static String bucketRows(WildPair pair, List<ClassResult> results) {
        StringBuilder rows = new StringBuilder();
        for (String bucket : WildTruth.BUCKETS) {
            List<ClassResult> in = results.stream().filter(r -> WildTruth.bucket(r.pair().similarity()).equals(bucket))
                    .toList();
            if (in.isEmpty()) {
                continue;
            }
            long asClass = in.stream().filter(ClassResult::asClass).count();
            List<ClassResult> withLogic = in.stream().filter(r -> !r.withoutLogic()).toList();
            rows.append("| ").append(pair.name()).append(" | ").append(bucket).append(" | ").append(in.size())
                    .append(" | ").append(asClass).append(" (").append(pct(asClass, in.size())).append(") | ")
                    .append(pct(in.stream().mapToDouble(ClassResult::score).sum(), in.size())).append(" | ")
                    .append(pct(in.stream().mapToDouble(ClassResult::familyScore).sum(), in.size())).append(" | ")
                    .append(in.size() - withLogic.size()).append(" | ")
                    .append(pct(withLogic.stream().mapToDouble(ClassResult::score).sum(), withLogic.size()))
                    .append(" |\n");
        }
        return rows.toString();
    }

    private static String methodRow(WildPair pair, Truth truth, Memberships memberships) {
        int[] total = new int[WildTruth.BUCKETS.size()];
        int[] found = new int[total.length];
        for (ClassPair c : truth.classes()) {
            for (MethodPair m : c.methods()) {
                if (!m.bothUnits()) {
                    continue;
                }
                int bucket = WildTruth.BUCKETS.indexOf(WildTruth.bucket(m.similarity()));
                total[bucket]++;
                found[bucket] += WildScorer.covered(c, m, memberships, false) ? 1 : 0;
            }
        }
        StringBuilder row = new StringBuilder("| ").append(pair.name()).append(" |");
        for (int i = 0; i < total.length; i++) {
            row.append(' ').append(found[i]).append(" / ").append(total[i]);
            if (total[i] > 0) {
                row.append(" (").append(pct(found[i], total[i])).append(')');
            }
            row.append(" |");
        }
        return row.append('\n').toString();
    }

    private static String missedRow(WildPair pair, ClassResult result) {
        ClassPair c = result.pair();
        Decl type = c.typeA();
        String kind = type == null ? "?" : type.kind().name().toLowerCase(Locale.ROOT);
        String shape = type == null ? "" : String.valueOf(c.a().shapes().get(type.key()));
        return "| " + pair.name() + " | " + c.a().path() + " | " + c.a().codeLines() + " / " + c.b().codeLines() + " | "
                + f3(c.similarity()) + " | " + kind + " | " + shape + " | " + result.covered() + " / "
                + result.methodPairs() + " | " + (result.touched() ? "yes" : "no") + " |\n";
    }

    private static String strays(WildPair pair, Memberships memberships) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (Map.Entry<CloneCluster, List<Resolved>> entry : memberships.spanning) {
            if (WildScorer.holdsCorrespondingPair(pair, entry.getValue()) || shown++ >= 10) {
                continue;
            }
            text.append("- ").append(pair.name()).append(": ").append(describe(entry.getKey(), entry.getValue()))
                    .append('\n');
        }
        return text.toString();
    }

    private static String negative(WildPair pair, Memberships memberships, WildRunner.Run run) {
        StringBuilder text = new StringBuilder("### ").append(pair.name()).append("\n\n")
                .append(memberships.spanning.size()).append(" clusters across the two modules (of ")
                .append(run.result().clusters().size()).append(" clusters; scan ")
                .append(String.format(Locale.ROOT, "%.1f s", run.millis() / 1000.0)).append(")\n\n");
        for (Map.Entry<CloneCluster, List<Resolved>> entry : memberships.spanning) {
            text.append("- ").append(describe(entry.getKey(), entry.getValue())).append('\n');
        }
        return text.append('\n').toString();
    }

    /** A cluster with its members and the benchmark's similarity of its first A and first B member. */
    private static String describe(CloneCluster cluster, List<Resolved> resolved) {
        StringBuilder text = new StringBuilder().append(cluster.unit()).append(' ').append(cluster.cloneType())
                .append(" engine similarity ").append(f3(cluster.similarity()));
        Decl firstA = null;
        Decl firstB = null;
        for (Resolved r : resolved) {
            if (r != null && r.sideA() && firstA == null) {
                firstA = r.decl();
            } else if (r != null && !r.sideA() && firstB == null) {
                firstB = r.decl();
            }
        }
        if (firstA != null && firstB != null) {
            text.append(", benchmark similarity ").append(f3(WildTruth.similarity(firstA.codes(), firstB.codes())));
        }
        text.append(":");
        for (ClusterMember member : cluster.members()) {
            text.append(" `").append(member.module().replace("wild:", "")).append(' ').append(member.symbol())
                    .append("` (").append(member.endLine() - member.startLine() + 1).append(" lines);");
        }
        return text.toString();
    }

    private static String pct(double part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String f3(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
