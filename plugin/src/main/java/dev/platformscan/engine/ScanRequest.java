package dev.platformscan.engine;

import dev.platformscan.engine.scan.ModuleSource;

import dev.platformscan.rules.RuleCatalog;
import dev.platformscan.rules.RuleLoader;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one scan needs, immutable. Built by the mojo (or a test, or the benchmark) and handed
 * to {@link PlatformScanEngine#scan}.
 *
 * @param executionRoot  directory every reported path is relative to
 * @param modules        modules to read, in any order (the engine sorts them)
 * @param minLines       a unit counts from this many lines
 * @param minTokens      a unit counts from this many normalized tokens
 * @param minSimilarity  two units are copies from this token similarity (0..1)
 * @param scope          cross-module only, or all clusters
 * @param includeTests   also read test source roots
 * @param excludes       glob patterns on paths relative to the execution root ("**&#47;legacy/**")
 * @param threads        parser threads; 0 means one per available processor
 * @param rules          capability rules that label units and clusters
 * @param includeBoilerplate also compare accessors, equals/hashCode/toString, field-storing constructors
 *                       and classes made only of them (left out by default)
 * @param scoring        how opportunities are scored, teams, git history and the scan history file
 * @param keptNoise      noise filters switched off (their code is compared); {@code includeBoilerplate} adds
 *                       all boilerplate filters
 * @param cacheDirectory where the parse cache lives (unchanged files are not parsed again), or null for none
 * @param fullParse      parse every file with JavaParser (every syntax error reported), also the files whose
 *                       units the lexer reads exactly (see {@code parse.JavaSourceParser#readLexically}); slower,
 *                       the same units, clusters and labels
 * @param compilerHints  keep HotSpot's C2 compiler off JavaParser's and the engine's methods while the scan
 *                       runs ({@code parse.CompilerHints}): a scan is a short burst, C2 cost more than it saved
 * @param clustering     how the cluster stage weighs evidence (size calibration of the threshold)
 */
public record ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                          double minSimilarity, Scope scope, boolean includeTests, List<String> excludes,
                          int threads, RuleCatalog rules, boolean includeBoilerplate,
                          dev.platformscan.engine.score.ScoringSettings scoring,
                          java.util.Set<dev.platformscan.engine.parse.NoiseFilter> keptNoise, Path cacheDirectory,
                          boolean fullParse, boolean compilerHints,
                          dev.platformscan.engine.cluster.ClusterSettings clustering) {

    /** A request with the default cluster settings. */
    public ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                       double minSimilarity, Scope scope, boolean includeTests, List<String> excludes, int threads,
                       RuleCatalog rules, boolean includeBoilerplate, dev.platformscan.engine.score.ScoringSettings scoring,
                       java.util.Set<dev.platformscan.engine.parse.NoiseFilter> keptNoise, Path cacheDirectory,
                       boolean fullParse, boolean compilerHints) {
        this(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests, excludes, threads,
                rules, includeBoilerplate, scoring, keptNoise, cacheDirectory, fullParse, compilerHints,
                dev.platformscan.engine.cluster.ClusterSettings.DEFAULTS);
    }

    /** A request with the compiler hints on. */
    public ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                       double minSimilarity, Scope scope, boolean includeTests, List<String> excludes, int threads,
                       RuleCatalog rules, boolean includeBoilerplate, dev.platformscan.engine.score.ScoringSettings scoring,
                       java.util.Set<dev.platformscan.engine.parse.NoiseFilter> keptNoise, Path cacheDirectory,
                       boolean fullParse) {
        this(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests, excludes, threads,
                rules, includeBoilerplate, scoring, keptNoise, cacheDirectory, fullParse, true);
    }

    /** A request that reads files from their tokens where it can (no {@code fullParse}). */
    public ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                       double minSimilarity, Scope scope, boolean includeTests, List<String> excludes, int threads,
                       RuleCatalog rules, boolean includeBoilerplate, dev.platformscan.engine.score.ScoringSettings scoring,
                       java.util.Set<dev.platformscan.engine.parse.NoiseFilter> keptNoise, Path cacheDirectory) {
        this(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests, excludes, threads,
                rules, includeBoilerplate, scoring, keptNoise, cacheDirectory, false);
    }

    /** A request without a parse cache. */
    public ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                       double minSimilarity, Scope scope, boolean includeTests, List<String> excludes, int threads,
                       RuleCatalog rules, boolean includeBoilerplate, dev.platformscan.engine.score.ScoringSettings scoring,
                       java.util.Set<dev.platformscan.engine.parse.NoiseFilter> keptNoise) {
        this(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests, excludes, threads,
                rules, includeBoilerplate, scoring, keptNoise, null);
    }

    /** A request that keeps only the noise {@code includeBoilerplate} says. */
    public ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                       double minSimilarity, Scope scope, boolean includeTests, List<String> excludes, int threads,
                       RuleCatalog rules, boolean includeBoilerplate, dev.platformscan.engine.score.ScoringSettings scoring) {
        this(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests, excludes, threads,
                rules, includeBoilerplate, scoring, java.util.Set.of());
    }

    /** A request with the default scoring. */
    public ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                       double minSimilarity, Scope scope, boolean includeTests, List<String> excludes, int threads,
                       RuleCatalog rules, boolean includeBoilerplate) {
        this(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests, excludes, threads,
                rules, includeBoilerplate, dev.platformscan.engine.score.ScoringSettings.DEFAULTS);
    }

    /** A request that leaves boilerplate out. */
    public ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                       double minSimilarity, Scope scope, boolean includeTests, List<String> excludes, int threads,
                       RuleCatalog rules) {
        this(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests, excludes, threads,
                rules, false);
    }

    /** A request with the built-in capability catalog. */
    public ScanRequest(Path executionRoot, List<ModuleSource> modules, int minLines, int minTokens,
                       double minSimilarity, Scope scope, boolean includeTests, List<String> excludes, int threads) {
        this(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests, excludes, threads,
                RuleLoader.builtIn());
    }

    public static final int DEFAULT_MIN_LINES = 6;
    public static final int DEFAULT_MIN_TOKENS = 50;
    public static final double DEFAULT_MIN_SIMILARITY = 0.7;

    /** Validates the thresholds; messages start with the parameter's name ("minSimilarity: ..."). */
    public ScanRequest {
        modules = List.copyOf(modules);
        excludes = List.copyOf(excludes);
        scoring = scoring == null ? dev.platformscan.engine.score.ScoringSettings.DEFAULTS : scoring;
        clustering = clustering == null ? dev.platformscan.engine.cluster.ClusterSettings.DEFAULTS : clustering;
        java.util.Set<dev.platformscan.engine.parse.NoiseFilter> kept =
                java.util.EnumSet.noneOf(dev.platformscan.engine.parse.NoiseFilter.class);
        kept.addAll(keptNoise == null ? java.util.Set.of() : keptNoise);
        if (includeBoilerplate) {
            kept.addAll(dev.platformscan.engine.parse.NoiseFilter.BOILERPLATE);
        }
        keptNoise = java.util.Collections.unmodifiableSet(kept);
        if (minLines < 1) {
            throw new IllegalArgumentException("minLines: must be at least 1, was " + minLines);
        }
        if (minTokens < 1) {
            throw new IllegalArgumentException("minTokens: must be at least 1, was " + minTokens);
        }
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity: must be more than 0 and at most 1 (e.g. 0.7), was " + minSimilarity);
        }
        new dev.platformscan.engine.scan.PathGlobs(excludes); // fails early on an invalid pattern
        if (threads < 0) {
            throw new IllegalArgumentException("threads: must be 0 (one per processor) or more, was " + threads);
        }
    }

    /** A request with the default thresholds, for tests and tools. */
    public static ScanRequest defaults(Path executionRoot, List<ModuleSource> modules) {
        return new ScanRequest(executionRoot, modules, DEFAULT_MIN_LINES, DEFAULT_MIN_TOKENS,
                DEFAULT_MIN_SIMILARITY, Scope.CROSS_MODULE, false, List.of(), 0);
    }

    /** The same request with the parse cache in {@code directory} (null: no cache). */
    public ScanRequest withCacheDirectory(Path directory) {
        return new ScanRequest(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests,
                excludes, threads, rules, includeBoilerplate, scoring, keptNoise, directory, fullParse, compilerHints,
                clustering);
    }

    /** With {@code true}, every file is parsed with JavaParser, also those its tokens alone describe. */
    public ScanRequest withFullParse(boolean parseEveryFile) {
        return new ScanRequest(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests,
                excludes, threads, rules, includeBoilerplate, scoring, keptNoise, cacheDirectory, parseEveryFile,
                compilerHints, clustering);
    }

    /** With {@code false}, the parse stage leaves the JVM's compiler alone (see {@code parse.CompilerHints}). */
    public ScanRequest withCompilerHints(boolean hints) {
        return new ScanRequest(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests,
                excludes, threads, rules, includeBoilerplate, scoring, keptNoise, cacheDirectory, fullParse, hints,
                clustering);
    }

    /** With other cluster settings (size calibration of the threshold). */
    public ScanRequest withClustering(dev.platformscan.engine.cluster.ClusterSettings settings) {
        return new ScanRequest(executionRoot, modules, minLines, minTokens, minSimilarity, scope, includeTests,
                excludes, threads, rules, includeBoilerplate, scoring, keptNoise, cacheDirectory, fullParse,
                compilerHints, settings);
    }

    public int effectiveThreads() {
        return threads == 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }
}
