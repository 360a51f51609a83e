package dev.platformscan.it.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's corpus as a Maven reactor: every directory under the root that holds
 * {@code src/main/java} (one unpacked {@code -sources.jar}) becomes a jar module with a POM of its own,
 * and the root {@code pom.xml} lists them all. Nothing is compiled, so the POMs declare no dependencies;
 * they inherit the source encoding and Java release from the root. Also writes aggregator POMs for
 * subsets of the modules (the scaling curve) and splits the modules into line-balanced buckets.
 */
final class CorpusReactor {
    static final String GROUP_ID = "dev.platformscan.performance.corpus";
    static final String JAVA_RELEASE = "17";

    /** One unpacked artifact: its directory, Java files and physical lines. */
    record Module(String name, Path directory, int files, long lines) {
        Path sourceRoot() {
            return directory.resolve("src/main/java");
        }
    }

    private final Path root;
    private final List<Module> modules;

    private CorpusReactor(Path root, List<Module> modules) {
        this.root = root;
        this.modules = modules;
    }

    /** Counts the unpacked modules under {@code root} and writes their POMs and the root POM. */
    static CorpusReactor write(Path root) throws IOException {
        List<Module> modules = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path directory : children.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).sorted().toList()) {
                long[] counts = countJava(directory.resolve("src/main/java"));
                if (counts[0] > 0) {
                    modules.add(new Module(directory.getFileName().toString(), directory, (int) counts[0], counts[1]));
                }
            }
        }
        CorpusReactor reactor = new CorpusReactor(root, List.copyOf(modules));
        for (Module module : modules) {
            Files.writeString(module.directory().resolve("pom.xml"), modulePom(module.name()), StandardCharsets.UTF_8);
        }
        Files.writeString(root.resolve("pom.xml"), rootPom(modules), StandardCharsets.UTF_8);
        // its own project root: Maven would otherwise take the enclosing checkout's .mvn/ configuration
        Files.createDirectories(root.resolve(".mvn"));
        return reactor;
    }

    Path root() {
        return root;
    }

    List<Module> modules() {
        return modules;
    }

    static long lines(List<Module> modules) {
        return modules.stream().mapToLong(Module::lines).sum();
    }

    static int files(List<Module> modules) {
        return modules.stream().mapToInt(Module::files).sum();
    }

    /**
     * Splits the modules into {@code count} buckets of nearly equal lines (largest module first into the
     * lightest bucket), so that bucket 0 is about 1/count of the lines, buckets 0–1 about 2/count, and so
     * on: nested subsets for the scaling curve. Deterministic: ties go by module name.
     */
    static List<List<Module>> balance(List<Module> modules, int count) {
        List<Module> bySize = new ArrayList<>(modules);
        bySize.sort(Comparator.comparingLong(Module::lines).reversed().thenComparing(Module::name));
        List<List<Module>> buckets = new ArrayList<>();
        long[] lines = new long[count];
        for (int i = 0; i < count; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Module module : bySize) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (lines[i] < lines[lightest]) {
                    lightest = i;
                }
            }
            buckets.get(lightest).add(module);
            lines[lightest] += module.lines();
        }
        buckets.forEach(bucket -> bucket.sort(Comparator.comparing(Module::name)));
        return buckets;
    }

    /** The first {@code take} of the balanced buckets, sorted by name. */
    static List<Module> firstBuckets(List<List<Module>> buckets, int take) {
        return buckets.subList(0, take).stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Module::name)).toList();
    }

    /** Writes an aggregator POM named {@code fileName} in the root that lists {@code subset}; returns it. */
    Path writeAggregator(String fileName, List<Module> subset) throws IOException {
        Path pom = root.resolve(fileName);
        String artifactId = "corpus-" + fileName.replaceFirst("\\.xml$", "");
        Files.writeString(pom, aggregatorPom(artifactId, subset), StandardCharsets.UTF_8);
        return pom;
    }

    /** Files and physical lines of the {@code .java} files under a directory. */
    static long[] countJava(Path directory) throws IOException {
        long[] counts = new long[2];
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).forEach(f -> {
                counts[0]++;
                counts[1] += physicalLines(f);
            });
        }
        return counts;
    }

    /** Lines as an editor shows them: line ends, plus one for a last line without one. */
    static long physicalLines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            long lines = 0;
            for (byte b : bytes) {
                if (b == '\n') {
                    lines++;
                }
            }
            return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String modulePom(String name) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>%s</groupId>
                    <artifactId>corpus</artifactId>
                    <version>1.0</version>
                  </parent>
                  <artifactId>%s</artifactId>
                  <packaging>jar</packaging>
                </project>
                """.formatted(GROUP_ID, name);
    }

    private static String rootPom(List<Module> modules) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- written by the performance benchmark (it/src/test/java/dev/platformscan/it/performance) -->
                  <groupId>%s</groupId>
                  <artifactId>corpus</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>%s</maven.compiler.release>
                  </properties>
                  <modules>
                %s  </modules>
                </project>
                """.formatted(GROUP_ID, JAVA_RELEASE, moduleList(modules));
    }

    private static String aggregatorPom(String artifactId, List<Module> modules) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- a subset of the corpus, written by the performance benchmark -->
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <modules>
                %s  </modules>
                </project>
                """.formatted(GROUP_ID, artifactId, moduleList(modules));
    }

    private static String moduleList(List<Module> modules) {
        StringBuilder list = new StringBuilder();
        for (Module module : modules) {
            list.append("    <module>").append(module.name()).append("</module>\n");
        }
        return list.toString();
    }
}
