package dev.platformscan.it.accuracy;

import java.nio.file.Path;
import java.util.List;

/**
 * The multi-module tree the benchmark writes and the engine scans, with where every method went.
 *
 * @param root    execution root (reported paths are relative to it)
 * @param modules the modules, originals first
 * @param methods every original and mutant as written
 */
record BenchmarkRepository(Path root, List<Module> modules, List<PlacedMethod> methods) {

    BenchmarkRepository {
        modules = List.copyOf(modules);
        methods = List.copyOf(methods);
    }

    /**
     * One module of the benchmark repository.
     *
     * @param id         "groupId:artifactId"
     * @param path       relative to the root
     * @param directory  absolute module directory
     * @param sourceRoot absolute src/main/java
     */
    record Module(String id, String path, Path directory, Path sourceRoot) {
    }

    /**
     * One method as written.
     *
     * @param originId  id of the original it is (or was made from)
     * @param editClass null for the original itself
     * @param module    module id
     * @param file      path relative to the root, '/' separated
     * @param type      fully qualified name of the enclosing class
     * @param name      method name
     * @param startLine first line (annotations included)
     * @param endLine   line of the closing brace
     */
    record PlacedMethod(String originId, EditClass editClass, String module, String file, String type, String name,
                        int startLine, int endLine) {

        boolean isOriginal() {
            return editClass == null;
        }

        String describe() {
            return file + ":" + startLine + "-" + endLine + " " + type + "#" + name;
        }
    }
}
