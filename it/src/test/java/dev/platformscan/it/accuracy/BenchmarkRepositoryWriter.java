package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.platformscan.it.accuracy.BenchmarkRepository.Module;
import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes the benchmark repository: a module {@code originals} whose classes hold about
 * {@link #METHODS_PER_CLASS} originals from different source files, and one module per edit class
 * ({@code copies-t1}, ...) whose classes hold shuffled mutants, so that no mutant class mirrors an
 * original class (no two mutants of one class come from the same original class while that can be
 * avoided). No class holds two methods with the same signature. A root and module POMs are written
 * too, so the tree can also be scanned by hand with the plugin.
 */
final class BenchmarkRepositoryWriter {

    static final int METHODS_PER_CLASS = 20;
    static final String GROUP_ID = "bench";
    static final String ORIGINALS = "originals";

    private static final String IMPORTS = String.join("\n",
            "import java.io.*;", "import java.lang.reflect.*;", "import java.math.*;", "import java.nio.*;",
            "import java.nio.charset.*;", "import java.nio.file.*;", "import java.util.*;",
            "import java.util.concurrent.*;", "import java.util.concurrent.atomic.*;", "import java.util.function.*;",
            "import java.util.regex.*;", "import java.util.stream.*;");

    private final long seed;
    private final int methodsPerClass;

    BenchmarkRepositoryWriter(long seed) {
        this(seed, METHODS_PER_CLASS);
    }

    /** A writer with smaller classes, for tests. */
    BenchmarkRepositoryWriter(long seed, int methodsPerClass) {
        this.seed = seed;
        this.methodsPerClass = methodsPerClass;
    }

    /** A method to write, with the grouping keys the layout needs. */
    private record Entry(String originId, EditClass editClass, String text, String name, String sourceFile) {
    }

    BenchmarkRepository write(Path root, List<OriginalMethod> originals, Map<EditClass, List<Mutant>> mutants) {
        deleteRecursively(root);
        Random random = new Random(seed);
        List<Module> modules = new ArrayList<>();
        List<PlacedMethod> placed = new ArrayList<>();

        List<Entry> originalEntries = new ArrayList<>();
        for (OriginalMethod original : originals) {
            originalEntries.add(new Entry(original.id(), null, original.text(), original.name(), original.sourceFile()));
        }
        Collections.shuffle(originalEntries, random);
        List<List<Entry>> originalClasses = group(originalEntries, Entry::sourceFile, methodsPerClass);
        Map<String, Integer> classOfOrigin = new HashMap<>();
        for (int c = 0; c < originalClasses.size(); c++) {
            for (Entry entry : originalClasses.get(c)) {
                classOfOrigin.put(entry.originId(), c);
            }
        }
        modules.add(writeModule(root, ORIGINALS, "originals", "Originals", originalClasses, placed));

        for (EditClass editClass : EditClass.values()) {
            List<Entry> entries = new ArrayList<>();
            for (Mutant mutant : mutants.getOrDefault(editClass, List.of())) {
                entries.add(new Entry(mutant.original().id(), editClass, mutant.text(), mutant.name(),
                        "class-" + classOfOrigin.get(mutant.original().id())));
            }
            Collections.shuffle(entries, random);
            List<List<Entry>> classes = group(entries, Entry::sourceFile, methodsPerClass);
            String simpleName = "Copies" + editClass.packageSuffix().substring(0, 1).toUpperCase(Locale.ROOT)
                    + editClass.packageSuffix().substring(1);
            modules.add(writeModule(root, editClass.module(), editClass.packageSuffix(), simpleName, classes, placed));
        }
        writePoms(root, modules);
        return new BenchmarkRepository(root, modules, placed);
    }

    /**
     * Groups of about {@code methodsPerClass}: each entry goes to the group, among those not full
     * and without a method of the same signature, that holds the fewest entries with the same spread
     * key, then the fewest entries. So a group mixes as many spread keys (source files, original
     * classes) as there are, and sizes stay balanced.
     */
    static List<List<Entry>> group(List<Entry> entries, Function<Entry, String> spreadKey, int methodsPerClass) {
        int groups = Math.max(1, (entries.size() + methodsPerClass - 1) / methodsPerClass);
        int capacity = (entries.size() + groups - 1) / groups;
        List<List<Entry>> result = new ArrayList<>();
        List<Map<String, Integer>> keys = new ArrayList<>();
        List<Set<String>> signatures = new ArrayList<>();
        for (Entry entry : entries) {
            String signature = signature(entry.text());
            String key = spreadKey.apply(entry);
            int best = -1;
            for (int g = 0; g < result.size(); g++) {
                if (signatures.get(g).contains(signature) || result.get(g).size() >= capacity) {
                    continue;
                }
                if (best < 0 || keys.get(g).getOrDefault(key, 0) < keys.get(best).getOrDefault(key, 0)
                        || (keys.get(g).getOrDefault(key, 0).equals(keys.get(best).getOrDefault(key, 0))
                        && result.get(g).size() < result.get(best).size())) {
                    best = g;
                }
            }
            boolean roomForAnother = result.size() < groups;
            if (roomForAnother && (best < 0 || keys.get(best).getOrDefault(key, 0) > 0)) {
                best = -1; // an empty group is better than a repeated key
            }
            if (best < 0) {
                result.add(new ArrayList<>());
                keys.add(new HashMap<>());
                signatures.add(new HashSet<>());
                best = result.size() - 1;
            }
            result.get(best).add(entry);
            keys.get(best).merge(key, 1, Integer::sum);
            signatures.get(best).add(signature);
        }
        return result;
    }

    /** Name and parameter types with generics removed: what makes two methods clash in one class. */
    static String signature(String methodText) {
        return SIGNATURES.computeIfAbsent(methodText, BenchmarkRepositoryWriter::parseSignature);
    }

    private static final Map<String, String> SIGNATURES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String parseSignature(String methodText) {
        MethodDeclaration method = JavaSource.parseMethod(methodText).orElseThrow();
        StringBuilder signature = new StringBuilder(method.getNameAsString()).append('(');
        method.getParameters().forEach(parameter -> signature
                .append(parameter.getType().asString().replaceAll("<.*>", "").replaceAll("\\s", ""))
                .append(parameter.isVarArgs() ? "..." : "").append(','));
        return signature.append(')').toString();
    }

    private Module writeModule(Path root, String moduleName, String packageSuffix, String classPrefix,
                               List<List<Entry>> classes, List<PlacedMethod> placed) {
        Path directory = root.resolve(moduleName);
        Path sourceRoot = directory.resolve("src/main/java");
        String packageName = GROUP_ID + "." + packageSuffix;
        Path packageDir = sourceRoot.resolve(packageName.replace('.', '/'));
        String moduleId = GROUP_ID + ":" + moduleName;
        for (int c = 0; c < classes.size(); c++) {
            String className = String.format(Locale.ROOT, "%s%03d", classPrefix, c + 1);
            Path file = packageDir.resolve(className + ".java");
            String relativeFile = root.relativize(file).toString().replace('\\', '/');
            StringBuilder source = new StringBuilder();
            source.append("package ").append(packageName).append(";\n\n").append(IMPORTS).append("\n\n")
                    .append("@SuppressWarnings(\"all\")\n")
                    .append("public class ").append(className).append(" {\n");
            int line = Texts.lineCount(source.toString());
            for (Entry entry : classes.get(c)) {
                source.append('\n');
                line++;
                String indented = Texts.indent(entry.text(), "    ");
                int start = line;
                int end = start + Texts.lineCount(indented) - 1;
                source.append(indented).append('\n');
                line = end + 1;
                placed.add(new PlacedMethod(entry.originId(), entry.editClass(), moduleId, relativeFile,
                        packageName + "." + className, entry.name(), start, end));
            }
            source.append("}\n");
            write(file, source.toString());
        }
        return new Module(moduleId, moduleName, directory, sourceRoot);
    }

    private static void writePoms(Path root, List<Module> modules) {
        writePoms(root, modules, "accuracy-benchmark");
    }

    /** An aggregator POM named {@code rootArtifactId} listing the modules, and a jar POM per module. */
    static void writePoms(Path root, List<Module> modules, String rootArtifactId) {
        StringBuilder moduleList = new StringBuilder();
        for (Module module : modules) {
            moduleList.append("    <module>").append(module.path()).append("</module>\n");
            write(module.directory().resolve("pom.xml"), pom(module.path(), "jar", "") );
        }
        write(root.resolve("pom.xml"), pom(rootArtifactId, "pom", "  <modules>\n" + moduleList + "  </modules>\n"));
    }

    private static String pom(String artifactId, String packaging, String extra) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- generated by a platform-scan benchmark; scanned directly, never built -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                  <packaging>%s</packaging>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                %s</project>
                """.formatted(GROUP_ID, artifactId, packaging, extra);
    }

    /**
     * Parses every written file and checks each recorded line range holds the method recorded there;
     * returns the problems found (empty when the repository is sound).
     */
    static List<String> verify(BenchmarkRepository repository) {
        List<String> problems = new ArrayList<>();
        Map<String, List<PlacedMethod>> byFile = new HashMap<>();
        repository.methods().forEach(method -> byFile.computeIfAbsent(method.file(), f -> new ArrayList<>()).add(method));
        byFile.forEach((file, methods) -> {
            String source;
            try {
                source = Files.readString(repository.root().resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(file + ": " + e);
                return;
            }
            CompilationUnit unit = JavaSource.parseFile(source).orElse(null);
            if (unit == null) {
                problems.add(file + ": does not parse at Java 17");
                return;
            }
            Map<Integer, MethodDeclaration> byLine = new HashMap<>();
            for (MethodDeclaration declaration : unit.findAll(MethodDeclaration.class)) {
                declaration.getBegin().ifPresent(begin -> byLine.put(begin.line, declaration));
            }
            methods.sort(Comparator.comparingInt(PlacedMethod::startLine));
            for (PlacedMethod method : methods) {
                MethodDeclaration declaration = byLine.get(method.startLine());
                if (declaration == null || !declaration.getNameAsString().equals(method.name())
                        || declaration.getEnd().get().line != method.endLine()) {
                    problems.add(method.describe() + ": not found where recorded");
                }
            }
        });
        return problems;
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
