package dev.platformscan.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.nio.file.Path;
import java.util.List;

import static dev.platformscan.maven.TestReactor.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code platform:check} as Maven configures it: the gate's limits bind to their fields, a crossed limit fails the
 * build ({@link MojoFailureException}) unless {@code failOnViolation} is false, a wrong limit or capability is a
 * build error ({@link MojoExecutionException}) naming the parameter, and with a baseline only new copies count.
 * The reactor's one copied method spans billing and shipping.
 */
@MojoTest
class CheckMojoTest {
    @TempDir
    Path root;
    @Inject
    MavenSession session;
    private final TestReactor.RecordingLog log = new TestReactor.RecordingLog();

    @BeforeEach
    void reactor() throws Exception {
        TestReactor.in(root, session);
    }

    @Test
    @InjectMojo(goal = "check", pom = TestReactor.DEFAULTS_POM)
    void withoutLimitsTheCheckPasses(CheckMojo mojo) throws Exception {
        assertThat(field(mojo, "maxDuplicationRatio")).isNull();
        assertThat(field(mojo, "maxCopies")).isNull();
        assertThat((List<?>) field(mojo, "forbiddenCapabilities")).isNullOrEmpty();
        assertThat((List<?>) field(mojo, "suppressions")).isNullOrEmpty();
        assertThat(field(mojo, "failOnViolation")).isEqualTo(true);
        assertThat(field(mojo, "skipCheck")).isEqualTo(false);
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).contains("[INFO] platform:check passed");
        assertThat(root.resolve("target/platform-scan/report.json")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "check", pom = TestReactor.CONFIGURED_POM)
    void configuredLimitsOnlyWarnWhenFailOnViolationIsFalse(CheckMojo mojo) throws Exception {
        assertThat(field(mojo, "maxDuplicationRatio")).isEqualTo(0.2);
        assertThat(field(mojo, "maxCopies")).isEqualTo(1);
        assertThat(field(mojo, "forbiddenCapabilities")).isEqualTo(List.of("order-totals"));
        assertThat(field(mojo, "suppressions")).isEqualTo(List.of("com.example.legacy.*"));
        assertThat(field(mojo, "failOnViolation")).isEqualTo(false);
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).anyMatch(line -> line.matches("\\[WARNING] platform:check found \\d violations"))
                .contains("[WARNING] [platform.maxCopies] 1 code structure has more than 1 copies:");
        assertThat(root.resolve("reports/report.md")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "check", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "maxCopies", value = "1")
    void aCrossedLimitFailsTheBuild(CheckMojo mojo) {
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("platform:check found 1 violation\n[platform.maxCopies] ")
                .hasMessageContaining("billing/src/main/java/com/example/billing/InvoiceTotals.java:")
                .hasMessageContaining("-Dplatform.failOnViolation=false");
    }

    @Test
    @InjectMojo(goal = "check", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "maxDuplicationRatio", value = "2")
    void aRatioAboveOneIsABuildErrorBeforeTheScan(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Invalid parameter platform.maxDuplicationRatio: must be between 0 and 1 (e.g. 0.05), was 2.0");
        assertThat(root.resolve("target")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "forbiddenCapabilities", value = "passwords")
    void anUnknownForbiddenCapabilityListsTheKnownOnes(CheckMojo mojo) {
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid parameter platform.forbiddenCapabilities: unknown capability 'passwords'; "
                        + "known: ")
                .hasMessageContaining("password-hashing");
    }

    @Test
    @InjectMojo(goal = "check", pom = TestReactor.CONFIGURED_POM)
    @MojoParameter(name = "skipCheck", value = "true")
    void platformCheckSkipSkipsOnlyTheCheck(CheckMojo mojo) throws Exception {
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] platform:check skipped (platform.check.skip=true)");
        assertThat(root.resolve("reports")).doesNotExist();
    }

    @Test
    void withABaselineOnlyNewCopiesFail(
            @InjectMojo(goal = "baseline", pom = TestReactor.DEFAULTS_POM) BaselineMojo baseline,
            @InjectMojo(goal = "check", pom = TestReactor.DEFAULTS_POM) @MojoParameter(name = "maxCopies", value = "1")
            CheckMojo check) throws Exception {
        baseline.setLog(new TestReactor.RecordingLog());
        baseline.execute();
        check.setLog(log);

        check.execute();

        assertThat(log.lines).contains("[INFO] platform:check passed");
    }
}
