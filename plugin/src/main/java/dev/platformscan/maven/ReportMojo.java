package dev.platformscan.maven;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.report.ConsoleSummary;
import dev.platformscan.engine.report.ReportFormats;
import dev.platformscan.engine.report.ReportWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform opportunities as a page of the project site ({@code mvn site} with the plugin under
 * {@code <reporting>}, or {@code mvn platform:report} alone): scans the reactor as platform:scan does, once, at
 * the execution root (like an aggregate report), and shows the summary, the ranked opportunities and which
 * modules repeat which capability. The standalone reports (report.html, report.md, report.json)
 * go to {@code platform-scan/} in the site and are linked from the page.
 */
@Mojo(name = "report", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractMavenReport {
    private static final String STANDALONE_DIRECTORY = "platform-scan";
    private static final List<String> STANDALONE_FORMATS = List.of("html", "md", "json");

    /** Skips every platform goal, this report too. */
    @Parameter(property = "platform.skip", defaultValue = "false")
    private boolean skip;
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
    /** Noise filters to switch off (docs/noise.md), comma separated. */
    @Parameter(property = "platform.keepNoise")
    private List<String> keepNoise;
    /** Glob patterns of files to leave out, relative to the execution root (e.g. {@code **}{@code /legacy/**}). */
    @Parameter(property = "platform.excludes")
    private List<String> excludes;
    /** Parser threads; 0 means one per processor. */
    @Parameter(property = "platform.threads", defaultValue = "0")
    private int threads;
    /** Extra capability rule files or directories of {@code *.yaml} files (docs/rules.md). */
    @Parameter(property = "platform.rules")
    private List<File> rules;

    /**
     * Shared components by capability, when the scan should not find them itself (docs/adoption.md):
     * {@code capability=module-or-package[,...]} entries separated by ';', a module by id, artifactId or path
     * ('*' as a wildcard), a package as {@code com.example.redis.*}.
     */
    @Parameter(property = "platform.components")
    private String components;
    /** Exponents of reach, impact, confidence and effort in an opportunity's score, e.g. {@code reach=2,effort=0.5}. */
    @Parameter(property = "platform.scoreWeights", defaultValue = "reach=1,impact=1,confidence=1,effort=1")
    private String scoreWeights;
    /** Owning teams when the repository has no CODEOWNERS file: team name → comma-separated modules. */
    @Parameter
    private Map<String, String> teams;
    /** Months of git history counted as recent changes of the copies (impact); 0 leaves git out. */
    @Parameter(property = "platform.changeMonths", defaultValue = "6")
    private int changeMonths;
    /** Scan history (JSON lines) of earlier scans, read for the trend; the report never appends to it. */
    @Parameter(property = "platform.history", defaultValue = "${session.executionRootDirectory}/platform-history.jsonl")
    private File history;

    /** Keep parse results in {@code target/platform-scan/cache} (shared with platform:scan) for the next scan. */
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

    /** The scan parameters as bound; the report never appends to the history. */
    ReactorScan reactorScan() {
        return new ReactorScan(new ReactorScan.Sources(includeTests, excludes),
                new ReactorScan.Parsing(minLines, minTokens, includeBoilerplate, keepNoise, fullParse,
                        cache ? new File(project.getBuild().getDirectory(), "platform-scan/cache") : null),
                new ReactorScan.Clustering(minSimilarity, scope, chanceMatchRate), rules, components,
                new ReactorScan.Scoring(scoreWeights, teams, changeMonths, history, false),
                new ReactorScan.Run(threads, compilerHints));
    }

    @Override
    public String getOutputName() {
        return "platform-report";
    }

    @Override
    public String getName(Locale locale) {
        return SiteReportPage.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Capabilities implemented again and again across the modules, ranked as platform opportunities.";
    }

    /** Once per reactor: only at the execution root, as aggregate reports do. */
    @Override
    public boolean canGenerateReport() {
        return !skip && project.isExecutionRoot();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path standalone = getReportOutputDirectory().toPath().resolve(STANDALONE_DIRECTORY);
        try {
            ScanResult result = reactorScan().run(reactorProjects, project.getBasedir().toPath().toAbsolutePath(), getLog());
            List<Path> written = new ReportWriter().write(result,
                    ReportFormats.select(STANDALONE_FORMATS.stream().filter(ReportFormats.ids()::contains).toList()), standalone);
            ConsoleSummary.lines(result, written).forEach(getLog()::info);
            new SiteReportPage(result, written.stream().map(file -> STANDALONE_DIRECTORY + "/" + file.getFileName()).toList())
                    .render(getSink());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MavenReportException("Cannot write the reports to " + standalone + ": " + e.getMessage(), e);
        }
    }
}
