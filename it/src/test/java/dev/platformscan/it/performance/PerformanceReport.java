package dev.platformscan.it.performance;

import dev.platformscan.it.performance.CorpusReactor.Module;
import dev.platformscan.it.performance.PerformanceBenchmark.Run;
import dev.platformscan.it.performance.ProcessMeter.Measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;

/**
 * The benchmark's figures as Markdown (printed and written to {@code target/performance/results.md}):
 * every run with time, RSS and heap; the targets of issue 7 as ratios of runs of this one benchmark run;
 * the scaling curve; where the cold scan's time goes; the ten largest cross-module clusters.
 */
final class PerformanceReport {
    static final double COLD_OVER_CPD = 1.0;
    static final double COLD_OVER_BARE_PARSE = 2.0;
    static final double CHANGED_OVER_COLD = 0.10;
    /** 4× the lines may cost 5× the time: time ∝ lines^e with e ≤ log 5 / log 4. */
    static final double SCALING_EXPONENT = Math.log(5) / Math.log(4);
    static final int CLUSTERS_SHOWN = 10;

    private final int share;
    private final List<Module> corpus;
    private final List<Module> measured;
    private final int heapMb;
    private final String pmdPluginVersion;
    private final List<Run> runs;
    private final CpdOutput cpd;
    private final ReportClusters clusters;
    private final List<String> missed = new ArrayList<>();

    PerformanceReport(int share, List<Module> corpus, List<Module> measured, int heapMb, String pmdPluginVersion,
                      List<Run> runs, CpdOutput cpd, ReportClusters clusters) {
        this.share = share;
        this.corpus = corpus;
        this.measured = measured;
        this.heapMb = heapMb;
        this.pmdPluginVersion = pmdPluginVersion;
        this.runs = runs;
        this.cpd = cpd;
        this.clusters = clusters;
    }

    /** Targets missed (filled by {@link #markdown()}). */
    List<String> missedTargets() {
        return List.copyOf(missed);
    }

    String markdown() {
        missed.clear();
        StringBuilder out = new StringBuilder();
        out.append("# Performance benchmark results\n\n");
        out.append(String.format(Locale.ROOT, "platform-scan %s; machine: %d cores, %s memory; Java %s; "
                        + "maven-pmd-plugin %s. Times are wall-clock times of separate processes (a Maven run includes "
                        + "starting Maven and reading the reactor); RSS is the process's peak resident set; heap is "
                        + "the largest heap in use before / after a collection (GC log).\n\n",
                clusters == null ? "?" : clusters.toolVersion(), Runtime.getRuntime().availableProcessors(),
                memory(), System.getProperty("java.version"), pmdPluginVersion));
        out.append(String.format(Locale.ROOT, "Corpus: %d modules, %,d Java files, %,d lines (%s). Measured: %s "
                        + "(%d modules, %,d files, %,d lines). Scan heap: -Xmx%dm (1 GB per million lines).\n\n",
                corpus.size(), CorpusReactor.files(corpus), CorpusReactor.lines(corpus), origins(corpus),
                share <= 1 ? "the whole corpus" : "a line-balanced 1/" + share + " of it, to check the harness",
                measured.size(), CorpusReactor.files(measured), CorpusReactor.lines(measured), heapMb));

        out.append("## Runs\n\n");
        out.append("| run | what | modules | lines | wall (s) | CPU (s) | peak RSS (MB) | heap before / after GC (MB) "
                + "| load at start |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Run run : runs) {
            Measurement m = run.measurement();
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %s | %.1f | %s | %s | %.1f |\n", m.name(),
                    run.what(), run.modules().size(), run.lines(), m.succeeded()
                            ? String.format(Locale.ROOT, "%.1f", m.seconds()) : "failed (exit " + m.exitCode() + ")",
                    m.cpuSeconds(),
                    m.peakRssKb() < 0 ? "?" : String.valueOf(m.peakRssKb() / 1024),
                    m.heap().known() ? m.heap().peakUsedMb() + " / " + m.heap().peakLiveMb() : "?", m.loadBefore()));
        }
        out.append("\nCPU: user + system seconds of all the process's threads. Load at start: the machine's one-minute "
                + "load average when the run started (above the number of cores, other processes were competing for "
                + "the CPU and wall times are longer than on an idle machine; CPU times suffer much less).\n");

        Optional<Run> cold = run("scan-cold");
        Optional<Run> warm = run("scan-warm");
        Optional<Run> changed = run("scan-warm-changed");
        Optional<Run> cpdRun = run("cpd");
        Optional<Run> bare = run("bare-parse");
        Optional<Run> quarter = run("scan-cold-1of4");

        out.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        target(out, "cold scan ≤ 1.0 × CPD", cold, cpdRun, COLD_OVER_CPD);
        target(out, "cold scan ≤ 2.0 × bare parse", cold, bare, COLD_OVER_BARE_PARSE);
        target(out, "warm scan after one changed file ≤ 0.10 × cold scan", changed, cold, CHANGED_OVER_COLD);
        if (cold.isPresent()) {
            Measurement m = cold.get().measurement();
            boolean met = m.succeeded();
            out.append(String.format(Locale.ROOT, "| the corpus scans with -Xmx1g per million lines | -Xmx%dm: %s, "
                            + "heap in use at most %s MB | %s |\n", heapMb, m.succeeded() ? "completed" : "failed",
                    m.heap().known() ? String.valueOf(m.heap().peakUsedMb()) : "?", mark(met, "heap")));
        }
        if (cold.isPresent() && quarter.isPresent()) {
            double lineRatio = (double) cold.get().lines() / quarter.get().lines();
            double timeRatio = cold.get().measurement().seconds() / quarter.get().measurement().seconds();
            double exponent = Math.log(timeRatio) / Math.log(lineRatio);
            boolean met = ok(cold.get()) && ok(quarter.get()) && exponent <= SCALING_EXPONENT;
            double cpuRatio = cold.get().measurement().cpuSeconds() / quarter.get().measurement().cpuSeconds();
            out.append(String.format(Locale.ROOT, "| scaling: 4× the lines costs ≤ 5× the time | lines ×%.2f, time ×%.2f"
                            + " (time ∝ lines^%.2f; ≤ 5× for 4× is lines^%.2f); CPU time ×%.2f | %s |\n", lineRatio,
                    timeRatio, exponent, SCALING_EXPONENT, cpuRatio, mark(met, "scaling")));
        }
        if (cold.isPresent() && warm.isPresent()) {
            out.append(String.format(Locale.ROOT, "| (no target) warm scan, nothing changed, ÷ cold scan | %.2f | |\n",
                    warm.get().measurement().seconds() / cold.get().measurement().seconds()));
        }
        Optional<Run> floor = run("maven-floor");
        if (cold.isPresent() && changed.isPresent() && floor.isPresent() && ok(floor.get())) {
            double floorSeconds = floor.get().measurement().seconds();
            double coldSeconds = cold.get().measurement().seconds();
            double changedSeconds = changed.get().measurement().seconds();
            out.append(String.format(Locale.ROOT, "| (no target) Maven's floor: the same invocation with "
                            + "-Dplatform.skip=true, ÷ cold scan | %.2f (%.1f s: 0.10 × cold is %.1f s) | |\n",
                    floorSeconds / coldSeconds, floorSeconds, coldSeconds * CHANGED_OVER_COLD));
            out.append(String.format(Locale.ROOT, "| (no target) warm scan after one changed file above the floor ÷ cold "
                            + "scan above the floor | %.2f ((%.1f − %.1f) / (%.1f − %.1f)) | |\n",
                    (changedSeconds - floorSeconds) / (coldSeconds - floorSeconds), changedSeconds, floorSeconds,
                    coldSeconds, floorSeconds));
            out.append(String.format(Locale.ROOT, "| (no target) the engine's own time (\"Scan took\"), warm after one "
                            + "changed file ÷ cold | %.2f (%.1f s / %.1f s) | |\n",
                    changed.get().scan().scanSeconds() / cold.get().scan().scanSeconds(),
                    changed.get().scan().scanSeconds(), cold.get().scan().scanSeconds()));
        }

        out.append("\n## Scaling (cold scans of nested, line-balanced shares of the modules)\n\n");
        out.append("| share | modules | files | lines | wall (s) | CPU (s) | scan (s) | parse (s) | wall s per 100k lines |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        String[] shares = {"1/8", "1/4", "1/2", "1"};
        String[] names = {"scan-cold-1of8", "scan-cold-1of4", "scan-cold-1of2", "scan-cold"};
        for (int i = 0; i < names.length; i++) {
            Optional<Run> r = run(names[i]);
            if (r.isPresent()) {
                Run s = r.get();
                out.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.2f |\n",
                        shares[i], s.modules().size(), CorpusReactor.files(s.modules()), s.lines(),
                        s.measurement().seconds(), s.measurement().cpuSeconds(), s.scan().scanSeconds(), s.scan().parseSeconds(), s.measurement().seconds() * 100_000 / s.lines()));
            }
        }

        if (cold.isPresent()) {
            Run c = cold.get();
            ScanLog log = c.scan();
            double wall = c.measurement().seconds();
            double rest = log.scanSeconds() - log.parseSeconds() - log.candidateSeconds() - log.verifySeconds();
            out.append("\n## Where the cold scan's time goes (from its log lines)\n\n| phase | s | of wall |\n|---|---|---|\n");
            phase(out, "Maven start, reading the reactor's POMs, writing report.json (wall − scan)", wall - log.scanSeconds(), wall);
            phase(out, String.format(Locale.ROOT, "finding and parsing %,d files into %,d units (fingerprints, features)",
                    log.files(), log.units()), log.parseSeconds(), wall);
            phase(out, String.format(Locale.ROOT, "candidate search: %,d distinct units → %,d candidate pairs",
                    log.distinctUnits(), log.candidatePairs()), log.candidateSeconds(), wall);
            phase(out, String.format(Locale.ROOT, "verification: %,d pairs verified as copies", log.verifiedPairs()),
                    log.verifySeconds(), wall);
            phase(out, "the rest: star clustering, class clusters, semantic clusters, labels, summary", rest, wall);
            bare.ifPresent(b -> out.append(String.format(Locale.ROOT,
                    "\nBare parse of the same files: %.1f s wall, %.1f s CPU (the scan's parse step is %.2f × its wall "
                            + "time; the whole scan process used %.2f × its CPU time).\n", b.measurement().seconds(),
                    b.measurement().cpuSeconds(), log.parseSeconds() / b.measurement().seconds(),
                    c.measurement().cpuSeconds() / b.measurement().cpuSeconds())));
        }

        if (cpdRun.isPresent()) {
            out.append(String.format(Locale.ROOT, "\nCPD (minimumTokens %d): %,d duplications, %,d duplicated lines "
                            + "(lines × extra copies), %,d files it could not read, cpd.xml %,d KB.\n",
                    PerformanceBenchmark.MIN_TOKENS_CPD, cpd.duplications(), cpd.duplicatedLines(), cpd.errors(),
                    cpd.bytes() / 1024));
        }

        if (clusters != null) {
            ReportClusters.Summary s = clusters.summary();
            out.append(String.format(Locale.ROOT, "\n## The %d largest cross-module clusters (cold scan, by duplicated "
                            + "lines)\n\nThe scan: %,d modules, %,d files, %,d lines of code, %,d units, %,d clusters, "
                            + "%,d duplicated lines (%.1f%%), %,d problems.\n\n", CLUSTERS_SHOWN, s.modules(), s.files(),
                    s.linesOfCode(), s.units(), s.clusters(), s.duplicatedLines(), s.duplicationRatio() * 100, s.problems()));
            out.append("| # | type | unit | similarity | duplicated lines | members | modules | symbols |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            int rank = 1;
            for (ReportClusters.Row row : clusters.largestCrossModule(CLUSTERS_SHOWN)) {
                out.append(String.format(Locale.ROOT, "| %d | %s%s | %s | %.2f | %,d | %d | %s | %s |\n", rank++,
                        row.cloneType(), row.capability().isEmpty() ? "" : " [" + row.capability() + "]", row.unit(),
                        row.similarity(), row.duplicatedLines(), row.members(), abbreviate(row.modules(), 6),
                        abbreviate(row.symbols(), 3)));
            }
        }
        return out.toString();
    }

    private Optional<Run> run(String name) {
        return runs.stream().filter(r -> r.measurement().name().equals(name)).findFirst();
    }

    private void target(StringBuilder out, String name, Optional<Run> numerator, Optional<Run> denominator, double limit) {
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return;
        }
        Measurement a = numerator.get().measurement();
        Measurement b = denominator.get().measurement();
        boolean measurable = ok(numerator.get()) && ok(denominator.get());
        double ratio = a.seconds() / b.seconds();
        out.append(String.format(Locale.ROOT, "| %s | %s | %s |\n", name, measurable
                        ? String.format(Locale.ROOT, "%.2f × (%.1f s / %.1f s); CPU time %.2f ×", ratio, a.seconds(),
                                b.seconds(), a.cpuSeconds() / b.cpuSeconds())
                        : "not measured: a run failed", mark(measurable && ratio <= limit, name)));
    }

    private String mark(boolean met, String name) {
        if (!met) {
            missed.add(name);
        }
        return met ? "yes" : "**no**";
    }

    private static boolean ok(Run run) {
        return run.measurement().succeeded();
    }

    private static void phase(StringBuilder out, String name, double seconds, double wall) {
        out.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f%% |\n", name, seconds, 100 * seconds / wall));
    }

    private static String abbreviate(List<String> items, int shown) {
        String joined = String.join(", ", items.subList(0, Math.min(shown, items.size())));
        return items.size() > shown ? joined + " +" + (items.size() - shown) : joined;
    }

    /** Modules per family (the artifact id up to its second dash: camel-aws2, spring-integration...). */
    private static String origins(List<Module> modules) {
        Map<String, Integer> families = new TreeMap<>();
        for (Module module : modules) {
            String name = module.name();
            families.merge(name.startsWith("spring-integration") ? "spring-integration"
                    : name.startsWith("camel-") ? "camel" : name, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        families.forEach((family, count) -> parts.add(count + " " + family));
        return String.join(", ", parts);
    }

    private static String memory() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f GB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        return "? GB";
    }
}
