package dev.platformscan.maven;

import dev.platformscan.engine.RunSettings;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.parse.NoiseFilter;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.engine.scan.SourceSettings;
import dev.platformscan.engine.score.ScoringSettings;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

/**
 * {@code platform:report} binds the same scan parameters as {@code platform:scan} (it must extend Maven's report
 * base class, so it declares them again): they reach the same groups of the request, except that the report never
 * appends to the history and keeps its cache in the project's build directory. It runs at the execution root only.
 */
@MojoTest
class ReportMojoTest {
    @TempDir
    Path root;
    @Inject
    MavenSession session;
    @Inject
    MavenProject project;
    private TestReactor reactor;

    @BeforeEach
    void reactor() throws Exception {
        reactor = TestReactor.in(root, session);
        Build build = new Build();
        build.setDirectory(root.resolve("target").toString());
        when(project.getBuild()).thenReturn(build);
        when(project.isExecutionRoot()).thenReturn(true);
    }

    @Test
    @InjectMojo(goal = "report", pom = TestReactor.DEFAULTS_POM)
    void withoutConfigurationTheRequestHoldsTheEngineDefaults(ReportMojo mojo) throws Exception {
        ScanRequest request = mojo.reactorScan().request(reactor.projects, root);

        assertThat(request.sources()).isEqualTo(SourceSettings.DEFAULTS);
        assertThat(request.parsing()).isEqualTo(ParseSettings.DEFAULTS.withCacheDirectory(root.resolve("target/platform-scan/cache")));
        assertThat(request.clustering()).isEqualTo(ClusterSettings.DEFAULTS);
        assertThat(request.scoring()).isEqualTo(ScoringSettings.DEFAULTS.withHistory(root.resolve("platform-history.jsonl"), false));
        assertThat(request.run()).isEqualTo(RunSettings.DEFAULTS);
        assertThat(mojo.canGenerateReport()).isTrue();
    }

    @Test
    @InjectMojo(goal = "report", pom = TestReactor.CONFIGURED_POM)
    void configuredValuesReachTheSameGroupsAsForTheScan(ReportMojo mojo) throws Exception {
        ScanRequest request = mojo.reactorScan().request(reactor.projects, root);

        assertThat(request.sources()).isEqualTo(new SourceSettings(true, List.of("**/legacy/**")));
        assertThat(request.parsing()).isEqualTo(new ParseSettings(7, 60, true,
                Set.of(NoiseFilter.GENERATED, NoiseFilter.MAIN_METHODS), true, null));
        assertThat(request.clustering()).isEqualTo(new ClusterSettings(0.8, Scope.ALL, 0.001));
        assertThat(request.rules().find("order-totals")).isPresent();
        assertThat(request.scoring()).as("recordHistory is not a parameter of the report")
                .isEqualTo(new ScoringSettings(2, 1, 1, 0.5, Map.of("payments", "billing"), 3, root.resolve("history.jsonl"), false));
        assertThat(request.run()).isEqualTo(new RunSettings(3, false));
    }

    @Test
    @InjectMojo(goal = "report", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "skip", value = "true")
    void platformSkipLeavesTheReportOut(ReportMojo mojo) throws Exception {
        assertThat(mojo.canGenerateReport()).isFalse();
    }

    @Test
    @InjectMojo(goal = "report", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "compilerHints", value = "false")
    void rendersThePageAndWritesTheStandaloneReports(ReportMojo mojo) throws Exception {
        when(project.getBasedir()).thenReturn(root.toFile());
        mojo.setLog(new TestReactor.RecordingLog());
        mojo.setReportOutputDirectory(root.resolve("target/site").toFile());
        StringWriter page = new StringWriter();

        mojo.generate(new Xhtml5BaseSink(page), Locale.ROOT);

        assertThat(page.toString()).contains(SiteReportPage.TITLE).contains("Totals classes (InvoiceTotals, ParcelTotals)");
        assertThat(root.resolve("target/site/platform-scan/report.html")).isRegularFile();
        assertThat(root.resolve("target/site/platform-scan/report.sarif")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "report", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "minSimilarity", value = "0")
    void aWrongValueFailsTheReportNamingTheParameter(ReportMojo mojo) {
        when(project.getBasedir()).thenReturn(root.toFile());
        mojo.setReportOutputDirectory(root.resolve("target/site").toFile());

        assertThatThrownBy(() -> mojo.generate(new Xhtml5BaseSink(new StringWriter()), Locale.ROOT))
                .isInstanceOf(MavenReportException.class)
                .hasMessage("Invalid parameter platform.minSimilarity: must be more than 0 and at most 1 (e.g. 0.7), was 0.0"
                        + " (set it with -Dplatform.<name>=... or in the plugin's <configuration>)");
        assertThat(root.resolve("target/site")).doesNotExist();
    }
}
