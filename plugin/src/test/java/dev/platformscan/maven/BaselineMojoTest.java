package dev.platformscan.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code platform:baseline} as Maven configures it: where the accepted copies go, and a wrong value's error. */
@MojoTest
class BaselineMojoTest {
    @TempDir
    Path root;
    @Inject
    MavenSession session;

    @BeforeEach
    void reactor() throws Exception {
        TestReactor.in(root, session);
    }

    @Test
    @InjectMojo(goal = "baseline", pom = TestReactor.DEFAULTS_POM)
    void writesTheBaselineAtTheExecutionRootByDefault(BaselineMojo mojo) throws Exception {
        TestReactor.RecordingLog log = new TestReactor.RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        Path baseline = root.resolve("platform-baseline.json");
        assertThat(Files.readString(baseline)).contains("\"com.example:billing|com.example.billing.InvoiceTotals\"")
                .contains("\"com.example:shipping|com.example.shipping.ParcelTotals\"");
        assertThat(log.lines).anyMatch(line -> line.startsWith("[INFO] Baseline with ")
                && line.contains(" written to " + baseline));
    }

    @Test
    @InjectMojo(goal = "baseline", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "baseline", value = "${session.executionRootDirectory}/quality/accepted.json")
    void writesTheConfiguredBaseline(BaselineMojo mojo) throws Exception {
        mojo.setLog(new TestReactor.RecordingLog());

        mojo.execute();

        assertThat(root.resolve("quality/accepted.json")).isRegularFile();
        assertThat(root.resolve("platform-baseline.json")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "baseline", pom = TestReactor.DEFAULTS_POM)
    @MojoParameter(name = "minTokens", value = "0")
    void aWrongScanParameterWritesNoBaseline(BaselineMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid parameter platform.minTokens: must be at least 1, was 0");
        assertThat(root.resolve("platform-baseline.json")).doesNotExist();
    }
}
