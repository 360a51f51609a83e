package dev.platformscan.engine;

import dev.platformscan.engine.adopt.Adoption;
import dev.platformscan.engine.adopt.SharedComponents;
import dev.platformscan.engine.cache.CacheKey;
import dev.platformscan.engine.cache.ParseCache;
import dev.platformscan.engine.classify.CapabilityClassifier;
import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.classify.CapabilityMatcher;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneClusterer;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.cluster.IndexedUnit;
import dev.platformscan.engine.cluster.SemanticClusterer;
import dev.platformscan.engine.parse.ClassFileSource;
import dev.platformscan.engine.parse.CompilerHints;
import dev.platformscan.engine.parse.JavaSourceParser;
import dev.platformscan.engine.parse.OtherLanguageClasses;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.ScannedSources;
import dev.platformscan.engine.scan.SourceFile;
import dev.platformscan.engine.scan.SourceScanner;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.ScanHistory;
import dev.platformscan.engine.score.ScanHistoryFile;
import dev.platformscan.engine.score.ScoreStage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one entry point of the engine: scan → parse (+ fingerprint) → cluster, from an immutable
 * {@link ScanRequest} to an immutable {@link ScanResult}. Files are parsed in parallel and dropped as
 * ASTs as soon as their units are fingerprinted; every ordering is by path and position, so the
 * result is the same whatever the number of threads. Per-file failures become {@link Problem}s.
 */
public final class PlatformScanEngine {
    /** Deeply nested expressions recurse deeply in the parser; worker threads get a large stack. */
    private static final long WORKER_STACK_BYTES = 256L << 20;

    public ScanResult scan(ScanRequest request, ScanListener listener) throws InterruptedException {
        try (CompilerHints hints = request.run().compilerHints() ? CompilerHints.apply() : null) {
            if (hints != null && hints.added()) {
                listener.info("Compiling JavaParser and the engine with C1 only during the scan (platform.compilerHints)");
            }
            return scanWithHints(request, listener);
        }
    }

    private ScanResult scanWithHints(ScanRequest request, ScanListener listener) throws InterruptedException {
        long started = System.nanoTime();
        ScannedSources sources = new SourceScanner().scan(request);
        List<Problem> problems = new ArrayList<>(sources.problems());
        sources.problems().forEach(listener::problem);
        int threads = request.run().effectiveThreads();
        listener.info("Reading " + sources.files().size() + " Java files in " + sources.modules().size()
                + " modules (" + threads + (threads == 1 ? " thread)" : " threads)")
                + (sources.aggregators() == 0 ? "" : "; " + sources.aggregators() + " aggregator module"
                + (sources.aggregators() == 1 ? "" : "s") + " (pom packaging) without sources"));

        ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
        try {
            Parsed read = parse(request, sources, pool, listener, problems);
            List<ParsedFile> parsed = read.parsed();
            List<ParsedFile> analysed = read.analysed();
            List<IndexedUnit> units = CloneClusterer.index(analysed);
            listener.info(String.format(java.util.Locale.ROOT, "Parsed %d files into %d units in %.1f s",
                    parsed.size(), units.size(), (System.nanoTime() - started) / 1e9));
            CloneClusterer clusterer = new CloneClusterer(request.clustering(), pool, threads, listener);
            List<CloneCluster> clusters = clusterer.cluster(analysed, units);
            // template instances are look-alikes, reported apart; they are no same-purpose rewrites either
            List<CloneCluster> templates = new CapabilityClassifier(request.rules()).label(clusterer.templates());
            List<CloneCluster> covered = new ArrayList<>(clusters);
            covered.addAll(templates);
            List<CloneCluster> rewrites = new SemanticClusterer(request.clustering().scope()).cluster(analysed, units, covered);
            List<CloneCluster> all = new ArrayList<>(clusters);
            all.addAll(rewrites);
            clusters = new CapabilityClassifier(request.rules()).label(all);
            long adoptionStarted = System.nanoTime();
            List<Adoption> adoption = new SharedComponents(request.adoption(), request.rules())
                    .find(sources.modules(), analysed, clusters);
            listener.info(String.format(java.util.Locale.ROOT, "%d capabilities with a shared component (%.1f s)",
                    adoption.size(), (System.nanoTime() - adoptionStarted) / 1e9));
            List<Problem> scoringProblems = new ArrayList<>();
            List<Opportunity> opportunities = ScoreStage.opportunities(request, sources.modules(), analysed, clusters,
                    adoption, scoringProblems);
            ScanHistory history = ScanHistoryFile.read(request.scoring().historyFile(),
                    displayName(request, request.scoring().historyFile()), scoringProblems);
            scoringProblems.forEach(listener::problem);
            problems.addAll(scoringProblems);
            problems.sort(null);
            return new ScanResult(ToolVersion.get(), request, summarize(sources, analysed, units, clusters,
                    parsed.size() - analysed.size()),
                    moduleSummaries(sources.modules(), analysed), clusters, problems,
                    Duration.ofNanos(System.nanoTime() - started), opportunities, history, templates, adoption);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every parsed file, and those the later stages analyse (generated files left out). */
    private record Parsed(List<ParsedFile> parsed, List<ParsedFile> analysed) {
    }

    private static Parsed parse(ScanRequest request, ScannedSources sources, ExecutorService pool, ScanListener listener,
                                List<Problem> problems) throws InterruptedException {
        CapabilityMatcher matcher = new CapabilityMatcher(request.rules());
        List<ParsedFile> parsed = new ArrayList<>(parseAll(request, sources.files(), pool, listener, matcher));
        OtherLanguageClasses otherLanguages = new OtherLanguageClasses(matcher);
        for (ModuleSource module : sources.modules()) {
            OtherLanguageClasses.Read classes = otherLanguages.read(module,
                    request.executionRoot().toAbsolutePath().normalize());
            parsed.addAll(classes.files());
            classes.problems().forEach(listener::problem);
            problems.addAll(classes.problems());
        }
        parsed.sort(java.util.Comparator.comparing((ParsedFile f) -> f.source().relativePath()));
        List<ParsedFile> analysed = new ArrayList<>();
        for (ParsedFile file : parsed) {
            file.problems().forEach(listener::problem);
            problems.addAll(file.problems());
            if (!file.generated()) {
                analysed.add(file);
            }
        }
        return new Parsed(parsed, analysed);
    }

    /**
     * The files a scan of this request would analyse, read and parsed as the scan reads them, without the later
     * stages: for diagnostics such as {@link dev.platformscan.engine.cluster.CandidateRecall}.
     */
    public List<ParsedFile> analysedFiles(ScanRequest request, ScanListener listener) throws InterruptedException {
        ScannedSources sources = new SourceScanner().scan(request);
        sources.problems().forEach(listener::problem);
        ExecutorService pool = Executors.newFixedThreadPool(request.run().effectiveThreads(), workerThreads());
        try {
            return parse(request, sources, pool, listener, new ArrayList<>()).analysed();
        } finally {
            pool.shutdownNow();
        }
    }

    /** A path as reports show it: relative to the execution root when inside it. */
    private static String displayName(ScanRequest request, java.nio.file.Path file) {
        if (file == null) {
            return "";
        }
        java.nio.file.Path root = request.executionRoot().toAbsolutePath().normalize();
        java.nio.file.Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(null, runnable, "platform-scan-" + count.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static List<ParsedFile> parseAll(ScanRequest request, List<SourceFile> files, ExecutorService pool,
                                             ScanListener listener, CapabilityMatcher matcher)
            throws InterruptedException {
        ParseSettings settings = request.parsing();
        ParseCache cache = settings.cacheDirectory() == null ? null
                : ParseCache.load(settings.cacheDirectory(), CacheKey.of(request), listener);
        List<JavaSourceParser> created = new java.util.concurrent.CopyOnWriteArrayList<>();
        ThreadLocal<JavaSourceParser> parsers = ThreadLocal.withInitial(() -> {
            JavaSourceParser parser = new JavaSourceParser(settings.minLines(), settings.minTokens(), matcher,
                    settings.keptNoise(), settings.fullParse());
            created.add(parser);
            return parser;
        });
        ProgressReporter progress = new ProgressReporter("Parsed", "files", files.size(), listener);
        List<Future<ParsedFile>> futures = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            futures.add(pool.submit(() -> {
                try {
                    return parseOne(parsers.get(), file, cache);
                } finally {
                    progress.advance();
                }
            }));
        }
        List<ParsedFile> parsed = new ArrayList<>(files.size());
        for (Future<ParsedFile> future : futures) {
            try {
                parsed.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("unexpected failure while parsing", e.getCause());
            }
        }
        if (cache != null) {
            cache.save(listener);
        }
        int lexical = created.stream().mapToInt(JavaSourceParser::readFromTokens).sum();
        int full = created.stream().mapToInt(JavaSourceParser::parsedWithJavaParser).sum();
        int withCapabilities = created.stream().mapToInt(JavaSourceParser::featuresFromTokens).sum();
        if (lexical + full > 0) {
            listener.info(String.format(java.util.Locale.ROOT, "Read %d files from their tokens (%d of them with units "
                    + "that could show a capability), parsed %d with JavaParser%s", lexical, withCapabilities, full,
                    settings.fullParse() ? " (platform.fullParse)" : ""));
        }
        return parsed;
    }

    private static ParsedFile parseOne(JavaSourceParser parser, SourceFile file, ParseCache cache) {
        try {
            return cache == null ? parser.parse(file) : cache.parse(file, new CacheParser(parser));
        } catch (StackOverflowError e) {
            return failed(file, "nesting too deep to parse; the file is skipped");
        } catch (OutOfMemoryError e) {
            // the file's tokens and AST are garbage once this frame is left, so the scan can go on
            return failed(file, "not enough memory to parse it; the file is skipped (give Maven more heap, "
                    + "e.g. MAVEN_OPTS=-Xmx2g, or add it to platform.excludes)");
        } catch (RuntimeException e) {
            return failed(file, "the parser failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                    + "); the file is skipped; please report this with the file");
        }
    }

    /** A worker's parser as the parse cache calls it. */
    private record CacheParser(JavaSourceParser parser) implements ParseCache.Parser {
        @Override
        public ParsedFile parse(SourceFile file, byte[] content, ClassFileSource classFiles) {
            return parser.parse(file, content, classFiles);
        }

        @Override
        public ParsedFile parse(SourceFile file) {
            return parser.parse(file);
        }
    }

    private static ParsedFile failed(SourceFile file, String message) {
        return new ParsedFile(file, new BitSet(), List.of(), false, List.of(new Problem(file.relativePath(), 0, message)));
    }

    private static ScanSummary summarize(ScannedSources sources, List<ParsedFile> files, List<IndexedUnit> units,
                                         List<CloneCluster> clusters, int generatedFiles) {
        int linesOfCode = files.stream().mapToInt(ParsedFile::linesOfCode).sum();
        Map<String, Integer> fileIndex = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileIndex.put(files.get(i).source().relativePath(), i);
        }
        Map<Integer, BitSet> duplicated = new HashMap<>();
        for (CloneCluster cluster : clusters) {
            if (cluster.isRewrite()) {
                continue; // rewrites are repeated effort, not duplicated code
            }
            for (ClusterMember member : cluster.members()) {
                int index = fileIndex.get(member.file());
                duplicated.computeIfAbsent(index, k -> new BitSet()).or(ParsedFile.codeLinesBetween(
                        files.get(index).codeLines(), member.startLine(), member.endLine()));
            }
        }
        int duplicatedLines = duplicated.values().stream().mapToInt(BitSet::cardinality).sum();
        double ratio = linesOfCode == 0 ? 0 : Math.round(10_000.0 * duplicatedLines / linesOfCode) / 10_000.0;
        int copyClusters = (int) clusters.stream().filter(c -> !c.isRewrite()).count();
        return new ScanSummary(sources.modules().size(), files.size(), linesOfCode, units.size(), copyClusters,
                duplicatedLines, ratio, generatedFiles, files.stream().mapToInt(ParsedFile::boilerplateMembers).sum(),
                files.stream().mapToInt(ParsedFile::classesWithoutLogic).sum(),
                files.stream().mapToInt(ParsedFile::suppressed).sum());
    }

    private static List<ModuleSummary> moduleSummaries(List<ModuleSource> modules, List<ParsedFile> files) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<String, Integer>> capabilities = new HashMap<>();
        for (ParsedFile file : files) {
            int[] c = counts.computeIfAbsent(file.source().moduleId(), k -> new int[3]);
            c[0]++;
            c[1] += file.linesOfCode();
            c[2] += file.units().size();
            Map<String, Integer> perCapability = capabilities.computeIfAbsent(file.source().moduleId(),
                    k -> new java.util.TreeMap<>());
            for (var unit : file.units()) {
                if (unit.kind().isType() || unit.enclosingUnit() < 0
                        || !sameCapabilities(unit, file.units().get(unit.enclosingUnit()))) {
                    for (CapabilityMatch match : unit.capabilities()) {
                        perCapability.merge(match.capability(), 1, Integer::sum);
                    }
                }
            }
        }
        List<ModuleSummary> summaries = new ArrayList<>();
        for (ModuleSource module : modules) {
            int[] c = counts.getOrDefault(module.id(), new int[3]);
            summaries.add(new ModuleSummary(module.id(), module.path(), c[0], c[1], c[2],
                    capabilities.getOrDefault(module.id(), Map.of())));
        }
        return summaries;
    }

    /** A member adds nothing to a module's capability counts when its class already shows the same. */
    private static boolean sameCapabilities(dev.platformscan.engine.parse.CodeUnit member,
                                            dev.platformscan.engine.parse.CodeUnit enclosing) {
        return enclosing.capabilities().stream().map(CapabilityMatch::capability).toList()
                .containsAll(member.capabilities().stream().map(CapabilityMatch::capability).toList());
    }

    /** Logs "Parsed 2000/20000 files (10%)" at every tenth, so batch logs stay short and readable. */
    private static final class ProgressReporter {
        private final String verb;
        private final String noun;
        private final int total;
        private final ScanListener listener;
        private final AtomicInteger done = new AtomicInteger();
        private int lastTenth;

        ProgressReporter(String verb, String noun, int total, ScanListener listener) {
            this.verb = verb;
            this.noun = noun;
            this.total = total;
            this.listener = listener;
        }

        void advance() {
            int now = done.incrementAndGet();
            if (total < 500) {
                return;
            }
            int tenth = (int) (10L * now / total);
            synchronized (this) {
                if (tenth > lastTenth) {
                    lastTenth = tenth;
                    listener.info(verb + " " + now + "/" + total + " " + noun + " (" + tenth * 10 + "%)");
                }
            }
        }
    }
}
