package dev.platformscan.engine.scan;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanRequest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * First stage: lists the Java files of every module. Generated sources (any directory named
 * generated-sources or generated-test-sources, and everything under a module's target/) and excluded
 * paths are left out; a module with nothing to read is reported, not fatal.
 */
public final class SourceScanner {

    public ScannedSources scan(ScanRequest request) {
        Path root = request.executionRoot().toAbsolutePath().normalize();
        PathGlobs excludes = new PathGlobs(request.sources().excludes());
        List<ModuleSource> modules = new ArrayList<>(request.modules());
        modules.sort(Comparator.comparing(ModuleSource::path).thenComparing(ModuleSource::id));
        List<Listed> listed = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int aggregators = 0;
        for (ModuleSource module : modules) {
            String pom = relative(root, module.baseDirectory().resolve("pom.xml"));
            Charset charset = charsetOf(module, pom, problems);
            int before = listed.size();
            List<Path> roots = new ArrayList<>(module.sourceRoots());
            if (request.sources().includeTests()) {
                roots.addAll(module.testSourceRoots());
            }
            for (Path sourceRoot : roots) {
                boolean test = !module.sourceRoots().contains(sourceRoot);
                if (isGenerated(module, sourceRoot) || !Files.isDirectory(sourceRoot)) {
                    continue;
                }
                collect(root, module, sourceRoot, charset, test, excludes, listed, problems);
            }
            if (listed.size() == before) {
                if ("pom".equals(module.packaging())) {
                    aggregators++; // every multi-module build has them: not a problem
                } else {
                    problems.add(new Problem(pom, 0, noSourcesMessage(module, roots)));
                }
            }
        }
        // a file reached twice (overlapping roots, symbolic links) counts once, under its first path in order
        listed.sort(Comparator.comparing((Listed l) -> l.file().relativePath()));
        Set<Path> seen = new HashSet<>();
        List<SourceFile> files = new ArrayList<>();
        for (Listed entry : listed) {
            if (seen.add(entry.realPath())) {
                files.add(entry.file());
            }
        }
        return new ScannedSources(modules, files, problems, aggregators);
    }

    /** A file found by the walk and the file it really is (symbolic links resolved). */
    private record Listed(SourceFile file, Path realPath) {
    }

    private static String noSourcesMessage(ModuleSource module, List<Path> roots) {
        String where = roots.isEmpty() ? "no source roots" : "no .java files under " + roots.stream()
                .map(p -> module.baseDirectory().relativize(p).toString().replace('\\', '/'))
                .sorted().toList();
        if (module.classesDirectory() != null && Files.isDirectory(module.classesDirectory())) {
            return "module " + module.id() + " has " + where + "; only its compiled classes are read (classes of "
                    + "other JVM languages give capabilities and same-purpose rewrites, not copies)";
        }
        return "module " + module.id() + " has " + where + "; it is counted but contributes no code";
    }

    private static Charset charsetOf(ModuleSource module, String pom, List<Problem> problems) {
        String name = module.encoding();
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add(new Problem(pom, 0, "unknown source encoding '" + name + "' in module " + module.id()
                    + "; reading its files as UTF-8 (set project.build.sourceEncoding to a Java charset name)"));
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean isGenerated(ModuleSource module, Path sourceRoot) {
        Path normalized = sourceRoot.toAbsolutePath().normalize();
        if (normalized.startsWith(module.baseDirectory().toAbsolutePath().normalize().resolve("target"))) {
            return true;
        }
        for (Path part : normalized) {
            String name = part.toString();
            if (name.equals("generated-sources") || name.equals("generated-test-sources")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks one source root, following symbolic links as javac's callers do (a linked root or package
     * is compiled, so it is read). Loops, broken links and entries that are not regular files (a FIFO
     * named like a source would block the reader) are problems; the walk goes on.
     */
    private static void collect(Path root, ModuleSource module, Path sourceRoot, Charset charset, boolean test,
                                PathGlobs excludes, List<Listed> listed, List<Problem> problems) {
        try {
            Files.walkFileTree(sourceRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(sourceRoot) && (name.equals("generated-sources") || name.equals("generated-test-sources"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String relativePath = relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        // FOLLOW_LINKS hands over the link itself only when its target cannot be reached
                        problems.add(new Problem(relativePath, 0, "broken symbolic link (its target is missing, "
                                + "unreadable or loops); not followed"));
                    } else if (!file.getFileName().toString().endsWith(".java") || excludes.matches(relativePath)) {
                        return FileVisitResult.CONTINUE;
                    } else if (!attrs.isRegularFile()) {
                        problems.add(new Problem(relativePath, 0, "not a regular file (a pipe, socket or device); "
                                + "skipped"));
                    } else {
                        listed.add(new Listed(new SourceFile(module.id(), file.toAbsolutePath().normalize(),
                                relativePath, charset, module.languageLevel(), test,
                                test ? null : module.classesDirectory()), realPath(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        problems.add(new Problem(relative(root, file), 0, "symbolic link loop: it leads back to a "
                                + "directory that is already being read; not followed"));
                    } else {
                        problems.add(new Problem(relative(root, file), 0, "cannot read: " + describe(e)
                                + "; skipped (check its permissions)"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(relative(root, sourceRoot), 0, "cannot list source directory: " + describe(e)));
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** The exception's kind and reason, without the path (problems name the file relative to the root). */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return e.getClass().getSimpleName() + (reason == null ? "" : " (" + reason + ")");
    }

    /** Path relative to the execution root with '/' separators (absolute when outside it). */
    public static String relative(Path root, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
