package dev.platformscan.maven;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.report.ConsoleSummary;
import dev.platformscan.engine.report.ReportFormats;
import dev.platformscan.engine.report.ReportRenderer;
import dev.platformscan.engine.report.ReportWriter;
import dev.platformscan.engine.score.ScanHistoryFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the goals that scan share: the scan parameters, and running the engine and writing the reports.
 */
public abstract class AbstractScanMojo extends AbstractPlatformMojo {

    /** Where reports go. */
    @Parameter(property = "platform.outputDirectory", defaultValue = "${session.executionRootDirectory}/target/platform-scan")
    private File outputDirectory;

    /** A method, constructor or class counts from this many lines. */
    @Parameter(property = "platform.minLines", defaultValue = "6")
    private int minLines;

    /** A unit counts from this many normalized tokens. */
    @Parameter(property = "platform.minTokens", defaultValue = "50")
    private int minTokens;

    /** Token similarity (0..1] from which two units are copies of each other. */
    @Parameter(property = "platform.minSimilarity", defaultValue = "0.7")
    private double minSimilarity;

    /** {@code cross-module}: clusters must span two or more modules; {@code all}: also inside one module. */
    @Parameter(property = "platform.scope", defaultValue = "cross-module")
    private String scope;

    /** Also read test source roots. */
    @Parameter(property = "platform.includeTests", defaultValue = "false")
    private boolean includeTests;

    /** Also compare boilerplate: accessors, equals/hashCode/toString, field-storing constructors, DTO classes. */
    @Parameter(property = "platform.includeBoilerplate", defaultValue = "false")
    private boolean includeBoilerplate;

    /**
     * Noise filters to switch off, comma separated: {@code accessors}, {@code object-methods},
     * {@code field-constructors}, {@code main-methods}, {@code delegations}, {@code classes-without-logic},
     * {@code generated} (see docs/noise.md).
     */
    @Parameter(property = "platform.keepNoise")
    private List<String> keepNoise;

    /** Glob patterns of files to leave out, relative to the execution root (e.g. {@code **}{@code /legacy/**}). */
    @Parameter(property = "platform.excludes")
    private List<String> excludes;

    /** Parser threads; 0 means one per processor. */
    @Parameter(property = "platform.threads", defaultValue = "0")
    private int threads;

    /**
     * Extra capability rule files or directories of {@code *.yaml} files (docs/rules.md). A rule with the id
     * of a built-in rule replaces it. Rule packs can also be jars added to the plugin's dependencies.
     */
    @Parameter(property = "platform.rules")
    private List<File> rules;

    /**
     * Shared components by capability, when the scan should not find them itself (docs/adoption.md):
     * {@code capability=module-or-package[,...]} entries separated by ';', a module by id, artifactId or path
     * ('*' as a wildcard), a package as {@code com.example.redis.*}.
     */
    @Parameter(property = "platform.components")
    private String components;

    /** Report formats to write, comma separated. */
    @Parameter(property = "platform.formats", defaultValue = "json,sarif,html,md")
    private List<String> formats;

    /** The accepted-duplication file written by platform:baseline and honoured by platform:check when present. */
    @Parameter(property = "platform.baseline", defaultValue = "${session.executionRootDirectory}/platform-baseline.json")
    protected File baseline;

    /**
     * Exponents of reach, impact, confidence and effort in an opportunity's score
     * (reach^r × impact^i × confidence^c ÷ effort^e), e.g. {@code reach=2,effort=0.5}; see docs/opportunities.md.
     */
    @Parameter(property = "platform.scoreWeights", defaultValue = "reach=1,impact=1,confidence=1,effort=1")
    private String scoreWeights;

    /**
     * Owning teams when the repository has no CODEOWNERS file: team name → comma-separated modules
     * (artifactId, groupId:artifactId or module path glob), e.g. {@code <payments>billing,checkout-*</payments>}.
     * A module's POM can also name its team with the property {@code platform.team}.
     */
    @Parameter
    private Map<String, String> teams;

    /** Months of git history counted as recent changes of the copies (impact); 0 leaves git out. */
    @Parameter(property = "platform.changeMonths", defaultValue = "6")
    private int changeMonths;

    /** Scan history (JSON lines) the HTML report draws the trend from; the user may commit it. */
    @Parameter(property = "platform.history", defaultValue = "${session.executionRootDirectory}/platform-history.jsonl")
    private File history;

    /** Append this scan to {@code platform.history} (only when asked, e.g. on the main branch in CI). */
    @Parameter(property = "platform.recordHistory", defaultValue = "false")
    private boolean recordHistory;

    /**
     * Keep parse results in {@code <outputDirectory>/cache} so the next scan parses only changed files. The
     * cache is keyed by tool version, configuration and each file's content; a damaged one is rebuilt with a warning.
     */
    @Parameter(property = "platform.cache", defaultValue = "true")
    private boolean cache;

    /**
     * Parse every file with JavaParser. By default a file in which no unit can show a capability is read from
     * its tokens alone (the same units, at a fraction of the cost); then a syntax error that leaves brackets,
     * literals and declarations intact goes unreported in such a file.
     */
    @Parameter(property = "platform.fullParse", defaultValue = "false")
    private boolean fullParse;

    /**
     * How rarely unrelated code may pass as a copy. The scan measures, on random pairs of its own units of about
     * the same length, how similar unrelated code of this code base is by chance, per size, and raises the
     * threshold of each size so that such pairs pass at most this often (small units of a uniform code base need
     * more than {@code minSimilarity}; docs/accuracy.md "Evidence scaled to size"). {@code 0} turns it off: one
     * threshold for every size.
     */
    @Parameter(property = "platform.chanceMatchRate", defaultValue = "0.0001")
    private double chanceMatchRate;

    /**
     * While files are parsed, keep the JVM's optimizing compiler off JavaParser's and the engine's methods (a
     * compiler directive, removed afterwards): a scan is a short burst, and compiling it cost more than it saved.
     */
    @Parameter(property = "platform.compilerHints", defaultValue = "true")
    private boolean compilerHints;

    /** Scans the reactor, writes the reports, logs the summary; returns the result for the goal to judge. */
    protected ScanResult scanAndReport() throws MojoExecutionException {
        List<ReportRenderer> renderers;
        try {
            renderers = ReportFormats.select(formats);
        } catch (IllegalArgumentException e) {
            throw ReactorScan.invalidParameter(e);
        }
        ScanResult result = reactorScan().run(session.getProjects(), executionRoot(), getLog());
        try {
            List<Path> written = new ReportWriter().write(result, renderers, outputDirectory.toPath());
            ConsoleSummary.lines(result, written).forEach(getLog()::info);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the report to " + outputDirectory + ": " + e.getMessage(), e);
        }
        if (recordHistory) {
            recordInHistory(result);
        }
        return result;
    }

    /** The scan parameters as bound. */
    ReactorScan reactorScan() {
        return new ReactorScan(new ReactorScan.Sources(includeTests, excludes),
                new ReactorScan.Parsing(minLines, minTokens, includeBoilerplate, keepNoise, fullParse,
                        cache ? new File(outputDirectory, "cache") : null),
                new ReactorScan.Clustering(minSimilarity, scope, chanceMatchRate), rules, components,
                new ReactorScan.Scoring(scoreWeights, teams, changeMonths, history, recordHistory),
                new ReactorScan.Run(threads, compilerHints));
    }

    /** The directory Maven was started in: reported paths are relative to it. */
    Path executionRoot() {
        return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }

    private void recordInHistory(ScanResult result) throws MojoExecutionException {
        try {
            ScanHistoryFile.append(history.toPath(), ScanHistoryFile.entryOf(result));
            getLog().info("Recorded this scan in " + history);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot append to the scan history " + history + " (platform.history): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("platform-scan was interrupted", e);
        }
    }
}
