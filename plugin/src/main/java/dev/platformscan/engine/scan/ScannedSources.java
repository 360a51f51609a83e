package dev.platformscan.engine.scan;

import dev.platformscan.engine.Problem;

import java.util.List;

/**
 * The output of the scan stage: modules sorted by id, files sorted by relative path, and the
 * problems met while listing them (unreadable directories, unknown encodings, modules without sources).
 *
 * @param aggregators modules with pom packaging and no sources: normal in a multi-module build, counted, not problems
 */
public record ScannedSources(List<ModuleSource> modules, List<SourceFile> files, List<Problem> problems,
                             int aggregators) {

    public ScannedSources {
        modules = List.copyOf(modules);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
