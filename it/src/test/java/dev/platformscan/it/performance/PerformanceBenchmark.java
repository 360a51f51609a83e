package dev.platformscan.it.performance;

import com.github.javaparser.JavaParser;
import dev.platformscan.it.performance.CorpusReactor.Module;
import dev.platformscan.it.performance.ProcessMeter.Measurement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Performance benchmark (docs/performance.md), on demand only:
 * {@code ./mvnw -B -pl rules,plugin,it -Pperformance verify}.
 *
 * <p>The profile unpacks pinned {@code -sources.jar}s into {@code target/performance/corpus/<artifact>/src/main/java};
 * this test writes the POMs that make them a reactor and then measures, each as a separate process on
 * the same files: {@code platform:scan} cold (no {@code target/} anywhere in the corpus), warm with nothing
 * changed, warm after one file changed (a method appended, restored afterwards), {@code pmd:aggregate-cpd
 * -DminimumTokens=100} with maven-pmd-plugin, and a bare parallel JavaParser parse ({@link BareParse}); plus
 * cold scans of nested, line-balanced 1/8, 1/4 and 1/2 of the modules. The scan runs the plugin from the
 * isolated local repository the profile installs it into ({@code target/local-repo}; the user's local
 * repository is only read, as Maven 3.9's {@code maven.repo.local.tail}, for BOMs and parents), offline, with
 * {@code -Xmx} = 1 GB per million lines of the measured corpus and {@code -Dplatform.formats=json}.
 *
 * <p>System properties (set by the profile): {@code performance.corpus}, {@code performance.directory},
 * {@code performance.share} (1: the whole corpus; 8: everything on a line-balanced eighth of it, to check the
 * harness quickly), {@code performance.enforce} (fail when a target is missed), {@code performance.projectRoot}
 * (for {@code mvnw}), {@code performance.localRepository}, {@code performance.userRepository},
 * {@code performance.pluginVersion},
 * {@code performance.pmdPluginVersion}.
 */
class PerformanceBenchmark {
    static final String COMMAND = "./mvnw -B -pl rules,plugin,it -Pperformance verify";
    static final long MIN_LINES = 1_000_000;
    static final int MIN_MODULES = 100;
    static final int BARE_PARSE_THREADS = 2;
    static final int MIN_TOKENS_CPD = 100;

    /** One measured run and what it ran on. {@code scan} is null for runs that are not scans. */
    record Run(Measurement measurement, String what, List<Module> modules, ScanLog scan) {
        long lines() {
            return CorpusReactor.lines(modules);
        }
    }

    @Test
    void measureScanAgainstCpdAndBareParse() throws Exception {
        Path corpus = Path.of(System.getProperty("performance.corpus", "target/performance/corpus")).toAbsolutePath();
        Path directory = Path.of(System.getProperty("performance.directory", "target/performance")).toAbsolutePath();
        int share = Integer.getInteger("performance.share", 1);
        boolean enforce = Boolean.parseBoolean(System.getProperty("performance.enforce", "false"));
        Path projectRoot = Path.of(System.getProperty("performance.projectRoot", "..")).toAbsolutePath().normalize();
        Path localRepository = Path.of(System.getProperty("performance.localRepository", "target/local-repo"))
                .toAbsolutePath();
        Path userRepository = Path.of(System.getProperty("performance.userRepository",
                System.getProperty("user.home") + "/.m2/repository")).toAbsolutePath();
        String pluginVersion = System.getProperty("performance.pluginVersion");
        String pmdPluginVersion = System.getProperty("performance.pmdPluginVersion");
        if (!Files.isDirectory(corpus) || pluginVersion == null || pmdPluginVersion == null) {
            fail("No corpus in " + corpus + " or settings missing: run the benchmark through its profile: " + COMMAND);
        }
        Path mvnw = projectRoot.resolve("mvnw");
        assertThat(mvnw).as("Maven wrapper of the checkout").isExecutable();

        CorpusReactor reactor = CorpusReactor.write(corpus);
        List<Module> all = reactor.modules();
        log("corpus: %d modules, %,d Java files, %,d lines of Java (physical lines) in %s", all.size(),
                CorpusReactor.files(all), CorpusReactor.lines(all), corpus);
        assertThat(all.size()).as("modules in the corpus").isGreaterThanOrEqualTo(MIN_MODULES);
        assertThat(CorpusReactor.lines(all)).as("lines of Java in the corpus").isGreaterThanOrEqualTo(MIN_LINES);

        List<Module> measured = share <= 1 ? all : CorpusReactor.balance(all, share).get(0);
        Path measuredPom = share <= 1 ? corpus.resolve("pom.xml")
                : reactor.writeAggregator("pom-share-1of" + share + ".xml", measured);
        List<List<Module>> buckets = CorpusReactor.balance(measured, 8);
        List<Module> eighth = CorpusReactor.firstBuckets(buckets, 1);
        List<Module> quarter = CorpusReactor.firstBuckets(buckets, 2);
        List<Module> half = CorpusReactor.firstBuckets(buckets, 4);
        Path eighthPom = reactor.writeAggregator("pom-scale-1of8.xml", eighth);
        Path quarterPom = reactor.writeAggregator("pom-scale-1of4.xml", quarter);
        Path halfPom = reactor.writeAggregator("pom-scale-1of2.xml", half);
        long measuredLines = CorpusReactor.lines(measured);
        int heapMb = (int) Math.max(256, Math.ceil(measuredLines * 1024.0 / 1_000_000));
        log("measured: %s: %d modules, %,d files, %,d lines; scan heap -Xmx%dm", share <= 1 ? "the whole corpus"
                : "1/" + share + " of the corpus", measured.size(), CorpusReactor.files(measured), measuredLines, heapMb);

        ProcessMeter meter = new ProcessMeter(directory.resolve("logs"));
        String jvmOptions = System.getProperty("performance.jvmOptions", "").trim();
        if (!jvmOptions.isEmpty()) {
            log("JVM options of every measured process: %s", jvmOptions);
        }
        Tools tools = new Tools(meter, mvnw, corpus, localRepository, userRepository, pluginVersion, pmdPluginVersion,
                heapMb, jvmOptions);
        List<Run> runs = new ArrayList<>();
        // CPD first on the eighth: it downloads maven-pmd-plugin the first time (online), later runs are offline
        runs.add(tools.cpd("cpd-1of8", eighthPom, eighth, false));
        runs.add(tools.scan("scan-cold-1of8", "cold", eighthPom, eighth, true));
        runs.add(tools.scan("scan-cold-1of4", "cold", quarterPom, quarter, true));
        runs.add(tools.scan("scan-cold-1of2", "cold", halfPom, half, true));
        Run cold = tools.scan("scan-cold", "cold", measuredPom, measured, true);
        runs.add(cold);
        Path reportJson = corpus.resolve("target/platform-scan/report.json");
        Path coldReport = directory.resolve("report-cold.json");
        Files.deleteIfExists(coldReport);
        if (Files.exists(reportJson)) {
            Files.copy(reportJson, coldReport, StandardCopyOption.REPLACE_EXISTING);
        }
        runs.add(tools.scan("scan-warm", "warm, nothing changed", measuredPom, measured, false));
        Path changed = changedFile(measured);
        String original = Files.readString(changed, StandardCharsets.UTF_8);
        try {
            Files.writeString(changed, withAppendedMethod(original), StandardCharsets.UTF_8);
            runs.add(tools.scan("scan-warm-changed", "warm, one file changed: " + corpus.relativize(changed),
                    measuredPom, measured, false));
        } finally {
            Files.writeString(changed, original, StandardCharsets.UTF_8);
        }
        runs.add(tools.mavenFloor("maven-floor", measuredPom, measured));
        runs.add(tools.cpd("cpd", measuredPom, measured, true));
        CpdOutput cpdOutput = CpdOutput.read(corpus.resolve("target/cpd.xml"));
        runs.add(tools.bareParse("bare-parse", measured, directory));

        ReportClusters clusters = Files.exists(coldReport) ? ReportClusters.read(coldReport) : null;
        PerformanceReport report = new PerformanceReport(share, all, measured, heapMb, pmdPluginVersion, runs,
                cpdOutput, clusters);
        String markdown = report.markdown();
        if (!jvmOptions.isEmpty()) {
            int corpusLine = markdown.indexOf("\n\nCorpus: ");
            markdown = markdown.substring(0, corpusLine) + "\n\nJVM options of every measured process (scans, CPD, bare parse): `"
                    + jvmOptions + "`." + markdown.substring(corpusLine);
        }
        Files.writeString(directory.resolve("results.md"), markdown, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(markdown);
        log("results written to %s", directory.resolve("results.md"));

        List<String> failedRuns = runs.stream().filter(r -> !r.measurement().succeeded())
                .map(r -> r.measurement().name() + " (exit " + r.measurement().exitCode() + ", log "
                        + r.measurement().log() + ")").toList();
        assertThat(failedRuns).as("measured processes that failed").isEmpty();
        assertThat(clusters).as("report.json of the cold scan").isNotNull();
        if (enforce) {
            assertThat(report.missedTargets()).as("targets missed (performance.enforce=true)").isEmpty();
        }
    }

    /** Starts the measured tools. */
    private record Tools(ProcessMeter meter, Path mvnw, Path corpus, Path localRepository, Path userRepository,
                         String pluginVersion,
                         String pmdPluginVersion, int heapMb, String jvmOptions) {

        /** The offline {@code platform:scan} of the corpus POM {@code pom}, with one more argument. */
        private List<String> scanCommand(Path pom, String argument) {
            return List.of(mvnw.toString(), "-B", "-o", "-f", pom.toString(), "-Dmaven.repo.local=" + localRepository,
                    "-Dmaven.repo.local.tail=" + userRepository,
                    "dev.platformscan:platform-maven-plugin:" + pluginVersion + ":scan", argument);
        }

        /** {@code MAVEN_OPTS} of a measured Maven run: the given options, then {@code performance.jvmOptions}. */
        private Map<String, String> mavenOptions(String options) {
            return Map.of("MAVEN_OPTS", (options + " " + jvmOptions).trim());
        }

        Run scan(String name, String what, Path pom, List<Module> modules, boolean cold)
                throws IOException, InterruptedException {
            if (cold) {
                removeBuildOutput(corpus);
            }
            Measurement m = meter.run(name, scanCommand(pom, "-Dplatform.formats=json"),
                    mavenOptions("-Xmx" + heapMb + "m -Xlog:gc:file=" + meter.gcLog(name)), corpus);
            ScanLog scanLog = ScanLog.read(m.log());
            log("%-18s %7.1f s  CPU %6.1f s  %,6d MB RSS  load %.1f  (scan %.1f s: parse %.1f s, candidates %.1f s, "
                            + "verify %.1f s)%s", name, m.seconds(), m.cpuSeconds(), m.peakRssKb() / 1024, m.loadBefore(),
                    scanLog.scanSeconds(), scanLog.parseSeconds(), scanLog.candidateSeconds(), scanLog.verifySeconds(),
                    m.succeeded() ? "" : "  FAILED, see " + m.log());
            return new Run(m, what, modules, scanLog);
        }

        /**
         * The same Maven invocation as a scan, with {@code -Dplatform.skip=true}: starting Maven, reading the
         * reactor's POMs and resolving the plugin, what any goal run on the reactor costs before it does anything.
         */
        Run mavenFloor(String name, Path pom, List<Module> modules) throws IOException, InterruptedException {
            Measurement m = meter.run(name, scanCommand(pom, "-Dplatform.skip=true"),
                    mavenOptions("-Xmx" + heapMb + "m -Xlog:gc:file=" + meter.gcLog(name)), corpus);
            log("%-18s %7.1f s  CPU %6.1f s  %,6d MB RSS  load %.1f%s", name, m.seconds(), m.cpuSeconds(),
                    m.peakRssKb() / 1024, m.loadBefore(), m.succeeded() ? "" : "  FAILED, see " + m.log());
            return new Run(m, "the scan's Maven invocation with -Dplatform.skip=true (Maven start, POMs, plugin)",
                    modules, null);
        }

        Run cpd(String name, Path pom, List<Module> modules, boolean offline) throws IOException, InterruptedException {
            removeBuildOutput(corpus);
            List<String> command = new ArrayList<>(List.of(mvnw.toString(), "-B", "-f", pom.toString(),
                    "org.apache.maven.plugins:maven-pmd-plugin:" + pmdPluginVersion + ":aggregate-cpd",
                    "-DminimumTokens=" + MIN_TOKENS_CPD));
            if (offline) {
                command.add(2, "-o");
            }
            Measurement m = meter.run(name, command, mavenOptions("-Xlog:gc:file=" + meter.gcLog(name)), corpus);
            log("%-18s %7.1f s  CPU %6.1f s  %,6d MB RSS  load %.1f%s", name, m.seconds(), m.cpuSeconds(),
                    m.peakRssKb() / 1024, m.loadBefore(),
                    m.succeeded() ? "" : "  FAILED, see " + m.log());
            return new Run(m, "pmd:aggregate-cpd -DminimumTokens=" + MIN_TOKENS_CPD, modules, null);
        }

        Run bareParse(String name, List<Module> modules, Path directory) throws IOException, InterruptedException {
            Path roots = directory.resolve("bare-parse-roots.txt");
            Files.write(roots, modules.stream().map(m -> m.sourceRoot().toString()).toList(), StandardCharsets.UTF_8);
            String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = location(JavaParser.class) + java.io.File.pathSeparator + location(BareParse.class);
            List<String> command = new ArrayList<>(List.of(javaCommand, "-Xlog:gc:file=" + meter.gcLog(name)));
            if (!jvmOptions.isEmpty()) {
                command.addAll(List.of(jvmOptions.split("\\s+")));
            }
            command.addAll(List.of("-cp", classpath, BareParse.class.getName(), String.valueOf(BARE_PARSE_THREADS),
                    roots.toString()));
            Measurement m = meter.run(name, command, Map.of(), corpus);
            log("%-18s %7.1f s  CPU %6.1f s  %,6d MB RSS  load %.1f%s", name, m.seconds(), m.cpuSeconds(),
                    m.peakRssKb() / 1024, m.loadBefore(),
                    m.succeeded() ? "" : "  FAILED, see " + m.log());
            return new Run(m, "JavaParser " + javaParserVersion() + ", " + BARE_PARSE_THREADS + " threads", modules, null);
        }

        private static String javaParserVersion() {
            try (var in = JavaParser.class.getResourceAsStream(
                    "/META-INF/maven/com.github.javaparser/javaparser-core/pom.properties")) {
                java.util.Properties properties = new java.util.Properties();
                if (in != null) {
                    properties.load(in);
                }
                return properties.getProperty("version", "?");
            } catch (IOException e) {
                return "?";
            }
        }

        private static String location(Class<?> type) {
            try {
                return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Deletes {@code target/} of the corpus root and of every module: whatever a previous run left there
     * (reports, a cache) is gone, so the next run is cold. If the scan's cache ever lives outside
     * {@code target/}, delete it here too.
     */
    static void removeBuildOutput(Path corpus) throws IOException {
        List<Path> targets = new ArrayList<>();
        targets.add(corpus.resolve("target"));
        try (Stream<Path> children = Files.list(corpus)) {
            children.filter(Files::isDirectory).forEach(d -> targets.add(d.resolve("target")));
        }
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                try (Stream<Path> walk = Files.walk(target)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    /** The file the "one file changed" run edits: the first class file, by path, of the middle module. */
    static Path changedFile(List<Module> modules) throws IOException {
        Module middle = modules.get(modules.size() / 2);
        try (Stream<Path> files = Files.walk(middle.sourceRoot())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("public class ") && text.stripTrailing().endsWith("}")) {
                    return file;
                }
            }
        }
        throw new IllegalStateException("no class file to change in " + middle.sourceRoot());
    }

    /** The file with one more method (a unit of its own) before the closing brace of its last type. */
    static String withAppendedMethod(String text) {
        int close = text.stripTrailing().length() - 1;
        return text.substring(0, close) + """

                    public static int platformScanBenchmarkEdit(int[] values, int limit) {
                        int total = 0;
                        for (int value : values) {
                            if (value > limit) {
                                total += value - limit;
                            } else if (value < -limit) {
                                total -= value + limit;
                            }
                        }
                        return Math.min(total, Integer.MAX_VALUE / 2);
                    }
                """ + text.substring(close);
    }

    static void log(String format, Object... args) {
        System.out.println("[performance] " + String.format(Locale.ROOT, format, args));
    }
}
