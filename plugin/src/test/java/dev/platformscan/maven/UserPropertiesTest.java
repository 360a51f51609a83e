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
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static dev.platformscan.maven.TestReactor.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * Every goal's {@code -Dplatform.<name>=...} user property, with the plugin not configured: the value reaches the
 * same field and the same group of the request as the configured one, comma-separated lists included.
 */
@MojoTest
class UserPropertiesTest {
    @TempDir
    Path root;
    @Inject
    MavenSession session;
    @Inject
    MavenProject project;
    private TestReactor reactor;

    @BeforeEach
    void commandLine() throws Exception {
        reactor = TestReactor.in(root, session);
        Properties user = session.getUserProperties();
        user.setProperty("platform.outputDirectory", root.resolve("out").toString());
        user.setProperty("platform.minLines", "8");
        user.setProperty("platform.minTokens", "70");
        user.setProperty("platform.minSimilarity", "0.9");
        user.setProperty("platform.scope", "all");
        user.setProperty("platform.includeTests", "true");
        user.setProperty("platform.includeBoilerplate", "true");
        user.setProperty("platform.keepNoise", "accessors,delegations");
        user.setProperty("platform.excludes", "**/generated/**,**/legacy/**");
        user.setProperty("platform.threads", "2");
        user.setProperty("platform.rules", root.resolve("rules").toString());
        user.setProperty("platform.formats", "sarif");
        user.setProperty("platform.baseline", root.resolve("accepted.json").toString());
        user.setProperty("platform.scoreWeights", "impact=3");
        user.setProperty("platform.changeMonths", "12");
        user.setProperty("platform.history", root.resolve("trend.jsonl").toString());
        user.setProperty("platform.recordHistory", "true");
        user.setProperty("platform.cache", "false");
        user.setProperty("platform.fullParse", "true");
        user.setProperty("platform.chanceMatchRate", "0.01");
        user.setProperty("platform.compilerHints", "false");
        user.setProperty("platform.maxDuplicationRatio", "0.3");
        user.setProperty("platform.maxCopies", "4");
        user.setProperty("platform.forbiddenCapabilities", "token-jwt,password-hashing");
        user.setProperty("platform.suppressions", "com.example.a.*");
        user.setProperty("platform.components", "caching=common-redis,com.example.cache.*;token-jwt=*-security");
        user.setProperty("platform.requireSharedComponents", "caching,token-jwt");
        user.setProperty("platform.failOnViolation", "false");
        user.setProperty("platform.check.skip", "true");
        user.setProperty("platform.skip", "true");
    }

    @Test
    @InjectMojo(goal = "scan", pom = TestReactor.DEFAULTS_POM)
    void scanParametersReachTheirGroups(ScanMojo mojo) throws Exception {
        ScanRequest request = ScanMojoTest.request(mojo);

        assertThat(request.sources()).isEqualTo(new SourceSettings(true, List.of("**/generated/**", "**/legacy/**")));
        assertThat(request.parsing()).isEqualTo(new ParseSettings(8, 70, true,
                Set.of(NoiseFilter.ACCESSORS, NoiseFilter.DELEGATIONS), true, null));
        assertThat(request.clustering()).isEqualTo(new ClusterSettings(0.9, Scope.ALL, 0.01));
        assertThat(request.rules().find("order-totals")).as("rules read from a directory").isPresent();
        assertThat(request.scoring()).isEqualTo(new ScoringSettings(1, 3, 1, 1, Map.of(), 12, root.resolve("trend.jsonl"), true));
        assertThat(request.adoption().declaredComponents()).isEqualTo(Map.of(
                "caching", List.of("common-redis", "com.example.cache.*"), "token-jwt", List.of("*-security")));
        assertThat(request.run()).isEqualTo(new RunSettings(2, false));
        assertThat(field(mojo, "formats")).isEqualTo(List.of("sarif"));
        assertThat(field(mojo, "outputDirectory")).isEqualTo(root.resolve("out").toFile());
        assertThat(field(mojo, "baseline")).isEqualTo(root.resolve("accepted.json").toFile());
        assertThat(field(mojo, "skip")).isEqualTo(true);
    }

    @Test
    @InjectMojo(goal = "check", pom = TestReactor.DEFAULTS_POM)
    void checkParametersReachTheirFields(CheckMojo mojo) throws Exception {
        assertThat(field(mojo, "maxDuplicationRatio")).isEqualTo(0.3);
        assertThat(field(mojo, "maxCopies")).isEqualTo(4);
        assertThat(field(mojo, "forbiddenCapabilities")).isEqualTo(List.of("token-jwt", "password-hashing"));
        assertThat(field(mojo, "suppressions")).isEqualTo(List.of("com.example.a.*"));
        assertThat(field(mojo, "requireSharedComponents")).isEqualTo(List.of("caching", "token-jwt"));
        assertThat(field(mojo, "failOnViolation")).isEqualTo(false);
        assertThat(field(mojo, "skipCheck")).isEqualTo(true);
        assertThat(ScanMojoTest.request(mojo).clustering()).isEqualTo(new ClusterSettings(0.9, Scope.ALL, 0.01));
    }

    @Test
    @InjectMojo(goal = "report", pom = TestReactor.DEFAULTS_POM)
    void reportParametersReachTheSameGroups(ReportMojo mojo) throws Exception {
        Build build = new Build();
        build.setDirectory(root.resolve("target").toString());
        when(project.getBuild()).thenReturn(build);

        ScanRequest request = mojo.reactorScan().request(reactor.projects, root);

        assertThat(request.sources()).isEqualTo(new SourceSettings(true, List.of("**/generated/**", "**/legacy/**")));
        assertThat(request.parsing()).isEqualTo(new ParseSettings(8, 70, true,
                Set.of(NoiseFilter.ACCESSORS, NoiseFilter.DELEGATIONS), true, null));
        assertThat(request.clustering()).isEqualTo(new ClusterSettings(0.9, Scope.ALL, 0.01));
        assertThat(request.scoring()).isEqualTo(new ScoringSettings(1, 3, 1, 1, Map.of(), 12, root.resolve("trend.jsonl"), false));
        assertThat(request.adoption().declaredComponents()).containsOnlyKeys("caching", "token-jwt");
        assertThat(request.run()).isEqualTo(new RunSettings(2, false));
        assertThat(mojo.canGenerateReport()).as("platform.skip").isFalse();
    }
}
