package dev.platformscan.engine;

import dev.platformscan.engine.scan.ModuleSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lays out a small multi-module repository on disk from real Java sources, for engine tests. */
public final class TestRepository {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("(?:class|record|interface|enum)\\s+(\\w+)");

    private final Path root;
    private final List<ModuleSource> modules = new ArrayList<>();

    public TestRepository(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public List<ModuleSource> modules() {
        return List.copyOf(modules);
    }

    /** Adds a jar module at {@code path} whose main sources are the given classpath resources. */
    public TestRepository module(String path, String... resources) {
        List<String> sources = new ArrayList<>();
        for (String resource : resources) {
            sources.add(resource(resource));
        }
        return moduleWithSources(path, sources);
    }

    public TestRepository moduleWithSources(String path, List<String> sources) {
        Path base = root.resolve(path);
        Path main = base.resolve("src/main/java");
        try {
            Files.createDirectories(main);
            for (String source : sources) {
                write(main, source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String artifactId = path.substring(path.lastIndexOf('/') + 1);
        modules.add(new ModuleSource("com.example:" + artifactId, path, base, "jar", List.of(main),
                List.of(base.resolve("src/test/java")), "UTF-8", "17"));
        return this;
    }

    /** Makes the module added last declare dependencies on these modules (ids "com.example:artifactId"). */
    public TestRepository dependingOn(String... moduleIds) {
        ModuleSource last = modules.remove(modules.size() - 1);
        modules.add(last.withDependencies(List.of(moduleIds)));
        return this;
    }

    /** Writes a source under its package directory; returns the file. */
    public static Path write(Path sourceRoot, String source) throws IOException {
        Matcher pkg = PACKAGE.matcher(source);
        Matcher type = TYPE.matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no type in source");
        }
        Path dir = pkg.find() ? sourceRoot.resolve(pkg.group(1).replace('.', '/')) : sourceRoot;
        Files.createDirectories(dir);
        Path file = dir.resolve(type.group(1) + ".java");
        Files.writeString(file, source);
        return file;
    }

    public static String resource(String name) {
        try (InputStream in = TestRepository.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ScanResult scan() throws InterruptedException {
        return scan(ScanRequest.defaults(root, modules));
    }

    public static ScanResult scan(ScanRequest request) throws InterruptedException {
        return new PlatformScanEngine().scan(request, ScanListener.SILENT);
    }
}
