package dev.platformscan.maven;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.RunSettings;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.adopt.AdoptionSettings;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.parse.NoiseFilter;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.SourceSettings;
import dev.platformscan.engine.score.ScoringSettings;
import dev.platformscan.rules.RuleCatalog;
import dev.platformscan.rules.RuleFileException;
import dev.platformscan.rules.RuleLoader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The scan parameters as a goal bound them, and running the engine with them on the reactor: what the
 * scanning goals ({@link AbstractScanMojo}) and the site report ({@link ReportMojo}, which must extend
 * Maven's report base class instead) share. Rule, parameter and engine errors become
 * {@link MojoExecutionException}s that name the parameter; progress and problems go to the build log.
 */
record ReactorScan(Sources sources, Parsing parsing, Clustering clustering, List<File> rules, String components,
                   Scoring scoring, Run run) {

    /** Scan stage: which files are read. */
    record Sources(boolean includeTests, List<String> excludes) {
        Sources {
            excludes = excludes == null ? List.of() : List.copyOf(excludes);
        }
    }

    /** Parse stage: which code becomes a unit, and the parse cache (null: none). */
    record Parsing(int minLines, int minTokens, boolean includeBoilerplate, List<String> keepNoise, boolean fullParse,
                   File cacheDirectory) {
        Parsing {
            keepNoise = keepNoise == null ? List.of() : List.copyOf(keepNoise);
        }
    }

    /** Cluster stage. */
    record Clustering(double minSimilarity, String scope, double chanceMatchRate) {
    }

    /** Score stage. */
    record Scoring(String scoreWeights, Map<String, String> teams, int changeMonths, File history,
                   boolean recordHistory) {
        Scoring {
            teams = teams == null ? Map.of() : Map.copyOf(teams);
        }
    }

    /** How every stage runs. */
    record Run(int threads, boolean compilerHints) {
    }

    ReactorScan {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Scans the reactor with these parameters; the result's request holds the rules the scan used. */
    ScanResult run(List<MavenProject> projects, Path executionRoot, Log log) throws MojoExecutionException {
        return run(request(projects, executionRoot), log);
    }

    /** The engine's request for these parameters: the user's words turned into each stage's settings. */
    ScanRequest request(List<MavenProject> projects, Path executionRoot) throws MojoExecutionException {
        RuleCatalog catalog;
        try {
            catalog = new RuleLoader().load(getClass().getClassLoader(), rules.stream().map(File::toPath).toList());
        } catch (RuleFileException e) {
            throw new MojoExecutionException("Broken capability rule file " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read capability rules: " + e.getMessage(), e);
        }
        try {
            List<ModuleSource> modules = ReactorModules.of(projects, executionRoot);
            ScoringSettings scoringSettings = ScoringSettings.of(scoring.scoreWeights(), scoring.teams(),
                    scoring.changeMonths(), scoring.history() == null ? null : scoring.history().toPath(),
                    scoring.recordHistory());
            ParseSettings parseSettings = new ParseSettings(parsing.minLines(), parsing.minTokens(),
                    parsing.includeBoilerplate(), NoiseFilter.parse(parsing.keepNoise()), parsing.fullParse(),
                    parsing.cacheDirectory() == null ? null : parsing.cacheDirectory().toPath());
            ClusterSettings clusterSettings = new ClusterSettings(clustering.minSimilarity(),
                    Scope.fromId(clustering.scope()), clustering.chanceMatchRate());
            return new ScanRequest(executionRoot, modules, new SourceSettings(sources.includeTests(), sources.excludes()),
                    parseSettings, clusterSettings, catalog, AdoptionSettings.of(components), scoringSettings,
                    new RunSettings(run.threads(), run.compilerHints()));
        } catch (IllegalArgumentException e) {
            throw invalidParameter(e);
        }
    }

    private static ScanResult run(ScanRequest request, Log log) throws MojoExecutionException {
        try {
            return new PlatformScanEngine().scan(request, new ScanListener() {
                @Override
                public void info(String message) {
                    log.info(message);
                }

                @Override
                public void problem(Problem problem) {
                    log.warn(problem.describe());
                }

                @Override
                public void warning(String message) {
                    log.warn(message);
                }

                @Override
                public void detail(String message) {
                    log.debug(message);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("platform-scan was interrupted", e);
        }
    }

    /** The build error for a value the engine rejected; its message starts with the parameter's name. */
    static MojoExecutionException invalidParameter(IllegalArgumentException e) {
        return new MojoExecutionException("Invalid parameter platform." + e.getMessage()
                + " (set it with -Dplatform.<name>=... or in the plugin's <configuration>)", e);
    }
}
