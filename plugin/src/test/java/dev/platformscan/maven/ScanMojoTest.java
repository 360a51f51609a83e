package dev.platformscan.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformscan.engine.RunSettings;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.parse.NoiseFilter;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.SourceSettings;
import dev.platformscan.engine.score.ScoringSettings;
import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleLoader;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code platform:scan} configured by Maven's own machinery from a test POM (Maven Plugin Testing Harness): each
 * parameter's default and configured value reaches the group of the request that the stage reading it gets, and
 * a wrong value fails the build naming the parameter before anything is scanned. The parameters are
 * {@link AbstractScanMojo}'s, so this holds for {@code check} and {@code baseline} too.
 */
@MojoTest
class ScanMojoTest {
    @TempDir
    Path root;
    @Inject
    MavenSession session;

    @BeforeEach
    void reactor() throws Exception {
        TestReactor.in(root, session);
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    void withoutConfigurationTheRequestHoldsTheEngineDefaults(ScanMojo mojo) throws Exception {
        ScanRequest request = request(mojo);

        assertThat(request.executionRoot()).isEqualTo(root);
        assertThat(request.modules()).extracting(ModuleSource::id)
                .containsExactly("com.example:shop", "com.example:billing", "com.example:shipping");
        assertThat(request.sources()).isEqualTo(SourceSettings.DEFAULTS);
        assertThat(request.parsing()).isEqualTo(ParseSettings.DEFAULTS.withCacheDirectory(root.resolve("target/platform-scan/cache")));
        assertThat(request.clustering()).isEqualTo(ClusterSettings.DEFAULTS);
        assertThat(request.rules().rules()).extracting(CapabilityRule::id)
                .isEqualTo(RuleLoader.builtIn().rules().stream().map(CapabilityRule::id).toList());
        assertThat(request.scoring()).isEqualTo(ScoringSettings.DEFAULTS.withHistory(root.resolve("platform-history.jsonl"), false));
        assertThat(request.run()).isEqualTo(RunSettings.DEFAULTS);
        assertThat(TestReactor.field(mojo, "formats")).isEqualTo(List.of("json", "sarif", "html", "md"));
        assertThat(TestReactor.field(mojo, "outputDirectory")).isEqualTo(root.resolve("target/platform-scan").toFile());
        assertThat(TestReactor.field(mojo, "baseline")).isEqualTo(root.resolve("platform-baseline.json").toFile());
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.CONFIGURED_POM)
    void configuredValuesReachTheStageThatReadsThem(ScanMojo mojo) throws Exception {
        ScanRequest request = request(mojo);

        assertThat(request.sources()).isEqualTo(new SourceSettings(true, List.of("**/legacy/**")));
        assertThat(request.parsing()).isEqualTo(new ParseSettings(7, 60, true,
                Set.of(NoiseFilter.GENERATED, NoiseFilter.MAIN_METHODS), true, null));
        assertThat(request.clustering()).isEqualTo(new ClusterSettings(0.8, Scope.ALL, 0.001));
        assertThat(request.rules().find("order-totals")).isPresent();
        assertThat(request.rules().rules()).hasSize(RuleLoader.builtIn().rules().size() + 1);
        assertThat(request.scoring()).isEqualTo(new ScoringSettings(2, 1, 1, 0.5, Map.of("payments", "billing"), 3,
                root.resolve("history.jsonl"), true));
        assertThat(request.run()).isEqualTo(new RunSettings(3, false));
        assertThat(TestReactor.field(mojo, "formats")).isEqualTo(List.of("json", "md"));
        assertThat(TestReactor.field(mojo, "outputDirectory")).isEqualTo(root.resolve("reports").toFile());
        assertThat(TestReactor.field(mojo, "baseline")).isEqualTo(root.resolve("accepted.json").toFile());
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "formats", value = "json")
    @MojoParameter(name = "compilerHints", value = "false")
    void scansTheReactorAndWritesTheChosenReports(ScanMojo mojo) throws Exception {
        TestReactor.RecordingLog log = new TestReactor.RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        JsonNode report = new ObjectMapper().readTree(root.resolve("target/platform-scan/report.json").toFile());
        assertThat(report.path("clusters").findValuesAsText("module")).contains("com.example:billing", "com.example:shipping");
        assertThat(root.resolve("target/platform-scan/report.sarif")).doesNotExist();
        assertThat(root.resolve("target/platform-scan/cache/parse-cache.bin")).isRegularFile();
        assertThat(log.lines).anyMatch(line -> line.startsWith("[INFO] Report: ") && line.endsWith("report.json"));
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.CONFIGURED_POM)
    @MojoParameter(name = "skip", value = "true")
    void platformSkipSkipsTheGoal(ScanMojo mojo) throws Exception {
        TestReactor.RecordingLog log = new TestReactor.RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] platform-scan skipped (platform.skip=true)");
        assertThat(root.resolve("reports")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "minSimilarity", value = "1.5")
    void aSimilarityAboveOneNamesTheParameter(ScanMojo mojo) {
        assertInvalid(mojo, "platform.minSimilarity: must be more than 0 and at most 1 (e.g. 0.7), was 1.5");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "scope", value = "everything")
    void anUnknownScopeListsTheAllowedOnes(ScanMojo mojo) {
        assertInvalid(mojo, "platform.scope: unknown value 'everything'; allowed values: cross-module, all");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "chanceMatchRate", value = "0.7")
    void aChanceMatchRateOfAHalfOrMoreNamesTheParameter(ScanMojo mojo) {
        assertInvalid(mojo, "platform.chanceMatchRate: must be at least 0 and below 0.5 (0 turns the size calibration "
                + "off), was 0.7");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "minLines", value = "0")
    void noMinimumOfLinesNamesTheParameter(ScanMojo mojo) {
        assertInvalid(mojo, "platform.minLines: must be at least 1, was 0");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "keepNoise", value = "accessors,comments")
    void anUnknownNoiseFilterListsTheValidOnes(ScanMojo mojo) {
        assertInvalid(mojo, "platform.keepNoise: unknown noise filter 'comments'; valid: accessors, object-methods, "
                + "field-constructors, main-methods, delegations, classes-without-logic, generated");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "excludes", value = "a/{b")
    void anInvalidExcludeNamesThePattern(ScanMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid parameter platform.excludes: invalid glob pattern 'a/{b': ");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "scoreWeights", value = "speed=2")
    void anUnknownScoreWeightNamesTheParameter(ScanMojo mojo) {
        assertInvalid(mojo, "platform.scoreWeights: expected name=number pairs for reach, impact, confidence and effort "
                + "(e.g. reach=1,impact=1,confidence=1,effort=1), got 'speed=2'");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "threads", value = "-1")
    void negativeThreadsNameTheParameter(ScanMojo mojo) {
        assertInvalid(mojo, "platform.threads: must be 0 (one per processor) or more, was -1");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "formats", value = "json,pdf")
    void anUnknownFormatListsTheValidOnes(ScanMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid parameter platform.formats: unknown report format 'pdf'; valid formats: json, sarif");
        assertThat(root.resolve("target")).doesNotExist();
    }

    /** The request the goal hands the engine. */
    static ScanRequest request(AbstractScanMojo mojo) throws MojoExecutionException {
        return mojo.reactorScan().request(mojo.session.getProjects(), mojo.executionRoot());
    }

    /** The goal fails as a build error naming the parameter, before it scans or writes anything. */
    private void assertInvalid(AbstractScanMojo mojo, String message) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Invalid parameter " + message + " (set it with -Dplatform.<name>=... or in the plugin's "
                        + "<configuration>)");
        assertThat(root.resolve("target")).doesNotExist();
    }
}
