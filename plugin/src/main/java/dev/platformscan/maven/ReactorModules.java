package dev.platformscan.maven;

import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.SourceScanner;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adapts the reactor's projects to the engine's {@link ModuleSource}s: source roots as the POM declares
 * them, the source encoding, and the Java release the compiler is configured for. Nothing is resolved
 * or compiled, so a fresh clone with unreachable repositories still scans.
 */
final class ReactorModules {
    private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

    private ReactorModules() {
    }

    static List<ModuleSource> of(List<MavenProject> projects, Path executionRoot) {
        List<ModuleSource> modules = new ArrayList<>();
        for (MavenProject project : projects) {
            Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
            modules.add(new ModuleSource(project.getGroupId() + ":" + project.getArtifactId(),
                    SourceScanner.relative(executionRoot, base), base, project.getPackaging(),
                    paths(project.getCompileSourceRoots()), paths(project.getTestCompileSourceRoots()),
                    encoding(project), languageLevel(project),
                    Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize(),
                    blankToNull(project.getProperties().getProperty("platform.team")),
                    project.getDependencies().stream().filter(d -> !"test".equals(d.getScope()))
                            .map(d -> d.getGroupId() + ":" + d.getArtifactId()).distinct().toList()));
        }
        return modules;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<Path> paths(List<String> roots) {
        return roots.stream().map(root -> Path.of(root).toAbsolutePath().normalize()).toList();
    }

    private static String encoding(MavenProject project) {
        String fromCompiler = compilerSetting(project, "encoding");
        return fromCompiler != null ? fromCompiler : project.getProperties().getProperty("project.build.sourceEncoding");
    }

    private static String languageLevel(MavenProject project) {
        for (String setting : new String[] {"release", "source"}) {
            String value = compilerSetting(project, setting);
            if (value != null) {
                return value;
            }
        }
        String release = project.getProperties().getProperty("maven.compiler.release");
        return release != null ? release : project.getProperties().getProperty("maven.compiler.source");
    }

    private static String compilerSetting(MavenProject project, String name) {
        Plugin compiler = project.getPlugin(COMPILER);
        if (compiler == null || !(compiler.getConfiguration() instanceof Xpp3Dom configuration)) {
            return null;
        }
        Xpp3Dom child = configuration.getChild(name);
        if (child == null || child.getValue() == null || child.getValue().isBlank() || child.getValue().contains("${")) {
            return null;
        }
        return child.getValue().trim();
    }
}
