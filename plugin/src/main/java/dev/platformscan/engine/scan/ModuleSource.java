package dev.platformscan.engine.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * One module of the repository as the build tool describes it. Built by the Maven side from the
 * reactor's projects; the engine never sees a Maven type.
 *
 * @param id              "groupId:artifactId"
 * @param path            module directory relative to the execution root, '/' separated ("" for the root)
 * @param baseDirectory   absolute module directory
 * @param packaging       "jar", "pom", ...
 * @param sourceRoots     main source directories (absolute)
 * @param testSourceRoots test source directories (absolute)
 * @param encoding        declared source encoding name, or null for UTF-8
 * @param languageLevel   declared Java release ("17", "1.8"), or null for the newest the parser knows
 * @param classesDirectory compiled main classes (target/classes), read when present; may be null
 * @param team            owning team declared in the POM (property {@code platform.team}), or null
 * @param dependencies    ids ("groupId:artifactId") of the dependencies its POM declares outside the test scope;
 *                        the adoption stage reads those of other modules of the reactor
 */
public record ModuleSource(String id, String path, Path baseDirectory, String packaging,
                           List<Path> sourceRoots, List<Path> testSourceRoots,
                           String encoding, String languageLevel, Path classesDirectory, String team,
                           List<String> dependencies) {

    /** A module without declared dependencies. */
    public ModuleSource(String id, String path, Path baseDirectory, String packaging, List<Path> sourceRoots,
                        List<Path> testSourceRoots, String encoding, String languageLevel, Path classesDirectory,
                        String team) {
        this(id, path, baseDirectory, packaging, sourceRoots, testSourceRoots, encoding, languageLevel,
                classesDirectory, team, List.of());
    }

    /** A module whose POM names no team. */
    public ModuleSource(String id, String path, Path baseDirectory, String packaging, List<Path> sourceRoots,
                        List<Path> testSourceRoots, String encoding, String languageLevel, Path classesDirectory) {
        this(id, path, baseDirectory, packaging, sourceRoots, testSourceRoots, encoding, languageLevel,
                classesDirectory, null);
    }

    /** A module without compiled classes. */
    public ModuleSource(String id, String path, Path baseDirectory, String packaging, List<Path> sourceRoots,
                        List<Path> testSourceRoots, String encoding, String languageLevel) {
        this(id, path, baseDirectory, packaging, sourceRoots, testSourceRoots, encoding, languageLevel, null);
    }

    public ModuleSource {
        sourceRoots = List.copyOf(sourceRoots);
        testSourceRoots = List.copyOf(testSourceRoots);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    /** The same module declaring these dependencies. */
    public ModuleSource withDependencies(List<String> ids) {
        return new ModuleSource(id, path, baseDirectory, packaging, sourceRoots, testSourceRoots, encoding,
                languageLevel, classesDirectory, team, ids);
    }
}
