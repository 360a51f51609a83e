package dev.platformscan.engine;

import dev.platformscan.engine.adopt.AdoptionSettings;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.SourceSettings;
import dev.platformscan.engine.score.ScoringSettings;
import dev.platformscan.rules.RuleCatalog;
import dev.platformscan.rules.RuleLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one scan needs, immutable, its settings grouped by the stage that reads them. Built by the mojo (or a
 * test, or a benchmark) and handed to {@link PlatformScanEngine#scan}. Each group validates its own values, with
 * messages that start with the user-facing parameter's name ("minSimilarity: ...").
 *
 * @param executionRoot directory every reported path is relative to
 * @param modules       modules to read, in any order (the engine sorts them)
 * @param sources       scan stage: which files are read (test roots, excludes)
 * @param parsing       parse stage: which code becomes a unit, noise filters, full parse, parse cache
 * @param clustering    cluster stage: similarity threshold, scope, size calibration
 * @param rules         capability rules: read by the parse workers (features), the classifier (labels) and the
 *                      scoring (components)
 * @param adoption      adoption stage: the shared components users declare
 * @param scoring       score stage: weights, teams, git history and the scan history file
 * @param run           how every stage runs: worker threads, compiler hints (never a result)
 */
public record ScanRequest(Path executionRoot, List<ModuleSource> modules, SourceSettings sources,
                          ParseSettings parsing, ClusterSettings clustering, RuleCatalog rules,
                          AdoptionSettings adoption, ScoringSettings scoring, RunSettings run) {

    public ScanRequest {
        modules = List.copyOf(modules);
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(parsing, "parsing");
        Objects.requireNonNull(clustering, "clustering");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(adoption, "adoption");
        adoption.requireKnownCapabilities(rules.rules().stream().map(dev.platformscan.rules.CapabilityRule::id).toList());
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(run, "run");
    }

    /** A request with every group's defaults and the built-in capability catalog. */
    public static ScanRequest defaults(Path executionRoot, List<ModuleSource> modules) {
        return new ScanRequest(executionRoot, modules, SourceSettings.DEFAULTS, ParseSettings.DEFAULTS,
                ClusterSettings.DEFAULTS, RuleLoader.builtIn(), AdoptionSettings.DEFAULTS, ScoringSettings.DEFAULTS,
                RunSettings.DEFAULTS);
    }

    /** The same request reading other files. */
    public ScanRequest withSources(SourceSettings settings) {
        return new ScanRequest(executionRoot, modules, settings, parsing, clustering, rules, adoption, scoring, run);
    }

    /** The same request with other parse settings. */
    public ScanRequest withParsing(ParseSettings settings) {
        return new ScanRequest(executionRoot, modules, sources, settings, clustering, rules, adoption, scoring, run);
    }

    /** The same request with other cluster settings. */
    public ScanRequest withClustering(ClusterSettings settings) {
        return new ScanRequest(executionRoot, modules, sources, parsing, settings, rules, adoption, scoring, run);
    }

    /** The same request with other capability rules. */
    public ScanRequest withRules(RuleCatalog catalog) {
        return new ScanRequest(executionRoot, modules, sources, parsing, clustering, catalog, adoption, scoring, run);
    }

    /** The same request with other declared shared components. */
    public ScanRequest withAdoption(AdoptionSettings settings) {
        return new ScanRequest(executionRoot, modules, sources, parsing, clustering, rules, settings, scoring, run);
    }

    /** The same request with other scoring. */
    public ScanRequest withScoring(ScoringSettings settings) {
        return new ScanRequest(executionRoot, modules, sources, parsing, clustering, rules, adoption, settings, run);
    }

    /** The same request run with other threads or compiler hints. */
    public ScanRequest withRun(RunSettings settings) {
        return new ScanRequest(executionRoot, modules, sources, parsing, clustering, rules, adoption, scoring, settings);
    }
}
