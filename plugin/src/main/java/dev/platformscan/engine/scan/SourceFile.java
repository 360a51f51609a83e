package dev.platformscan.engine.scan;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * One Java source file to read.
 *
 * @param moduleId      owning module ("groupId:artifactId")
 * @param path          absolute path
 * @param relativePath  relative to the execution root, '/' separated (what reports show)
 * @param charset       the module's declared source encoding
 * @param languageLevel Java release to parse at ("17"), or null for the newest the parser knows
 * @param test          true when it comes from a test source root
 * @param classesDirectory the module's compiled classes, or null
 */
public record SourceFile(String moduleId, Path path, String relativePath, Charset charset,
                         String languageLevel, boolean test, Path classesDirectory) {

    public SourceFile(String moduleId, Path path, String relativePath, Charset charset, String languageLevel,
                      boolean test) {
        this(moduleId, path, relativePath, charset, languageLevel, test, null);
    }
}
