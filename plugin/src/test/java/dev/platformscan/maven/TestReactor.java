package dev.platformscan.maven;

import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.mockito.Mockito.when;

/**
 * The reactor the mojo tests run on: a root POM and the modules billing and shipping, which share one copied
 * method ({@code src/test/resources/mojo/reactor}, copied to a temporary directory), with the session the
 * harness mocks answering as Maven's would for a build started in its root.
 */
final class TestReactor {
    /** The plugin without configuration. */
    static final String DEFAULTS_POM = "src/test/resources/mojo/defaults-pom.xml";
    /** Every parameter configured away from its default. */
    static final String CONFIGURED_POM = "src/test/resources/mojo/configured-pom.xml";
    private static final Path FIXTURE = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/mojo/reactor");

    final Path root;
    final List<MavenProject> projects;

    private TestReactor(Path root, List<MavenProject> projects) {
        this.root = root;
        this.projects = projects;
    }

    /** Copies the reactor to {@code root} and lets {@code session} answer for a build started there. */
    static TestReactor in(Path root, MavenSession session) throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(FIXTURE.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        List<MavenProject> projects = List.of(project(root, "shop", "pom"), project(root.resolve("billing"), "billing", "jar"),
                project(root.resolve("shipping"), "shipping", "jar"));
        when(session.getExecutionRootDirectory()).thenReturn(root.toString());
        when(session.getProjects()).thenReturn(projects);
        return new TestReactor(root, projects);
    }

    private static MavenProject project(Path directory, String artifactId, String packaging) {
        Model model = new Model();
        model.setModelVersion("4.0.0");
        model.setGroupId("com.example");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        model.setPackaging(packaging);
        model.addProperty("project.build.sourceEncoding", "UTF-8");
        model.addProperty("maven.compiler.release", "17");
        Build build = new Build();
        build.setDirectory(directory.resolve("target").toString());
        build.setOutputDirectory(directory.resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(directory.resolve("pom.xml").toFile());
        if (packaging.equals("jar")) {
            project.addCompileSourceRoot(directory.resolve("src/main/java").toString());
            project.addTestCompileSourceRoot(directory.resolve("src/test/java").toString());
        }
        return project;
    }

    /** A mojo's field as Maven configured it. */
    static Object field(Object mojo, String name) throws IllegalAccessException {
        return MojoExtension.getVariableValueFromObject(mojo, name);
    }

    /** A build log that keeps what a goal logs, "[INFO] ..." and "[WARNING] ...". */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }
    }
}
