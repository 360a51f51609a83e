package dev.platformscan.engine.parse;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.classify.CapabilityMatcher;
import dev.platformscan.engine.classify.UnitFeatures;
import dev.platformscan.engine.fingerprint.UnitFingerprint;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.SourceFile;
import dev.platformscan.engine.scan.SourceScanner;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Units of classes compiled from another JVM language (Kotlin, Groovy, Scala: any class file whose
 * SourceFile attribute is not a .java file). They have no Java tokens, so they never join token
 * clusters, but they carry capabilities and API usage from their bytecode and so take part in
 * same-purpose (semantic) clusters and the module × capability matrix.
 */
public final class OtherLanguageClasses {
    /** Methods with fewer bytecode instructions are accessors and glue, not worth comparing. */
    static final int MIN_INSTRUCTIONS = 25;
    private static final String[] SOURCE_DIRECTORIES = {"src/main/kotlin", "src/main/groovy", "src/main/scala",
        "src/main/java"};

    private final CapabilityMatcher matcher;

    public OtherLanguageClasses(CapabilityMatcher matcher) {
        this.matcher = matcher;
    }

    public List<ParsedFile> read(ModuleSource module, Path root) {
        Path classes = module.classesDirectory();
        if (classes == null || !Files.isDirectory(classes)) {
            return List.of();
        }
        List<Path> classFiles;
        try (Stream<Path> walk = Files.walk(classes)) {
            classFiles = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        Map<String, List<CodeUnit>> unitsBySource = new TreeMap<>();
        Map<String, Path> sourceOf = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path classFile : classFiles) {
            ClassFileReader.ClassFacts facts;
            try {
                byte[] bytes = Files.readAllBytes(classFile);
                String sourceFile = ClassFileReader.sourceFile(bytes);
                if (sourceFile == null || sourceFile.endsWith(".java")) {
                    continue; // compiled Java: the source parser joins its bytecode to the source units
                }
                facts = ClassFileReader.read(bytes);
            } catch (ClassFileReader.UnsupportedClassVersion e) {
                if (problems.isEmpty()) {
                    problems.add(new Problem(SourceScanner.relative(root, classFile), 0, "class-file version "
                            + e.majorVersion + " is newer than this platform-scan reads; the module's non-Java classes are skipped"));
                }
                continue;
            } catch (IOException e) {
                continue;
            }
            String binaryName = classes.relativize(classFile).toString().replace('\\', '/').replaceAll("\\.class$", "");
            String packagePath = binaryName.contains("/") ? binaryName.substring(0, binaryName.lastIndexOf('/')) : "";
            Path source = locate(module.baseDirectory(), packagePath, facts.sourceFile(), classFile);
            String relative = SourceScanner.relative(root, source);
            sourceOf.putIfAbsent(relative, source);
            List<CodeUnit> units = unitsBySource.computeIfAbsent(relative, k -> new ArrayList<>());
            String className = binaryName.replace('/', '.').replace('$', '.');
            String simpleClass = className.substring(className.lastIndexOf('.') + 1);
            for (ClassFileReader.MethodFacts method : facts.methods()) {
                if (method.instructions() < MIN_INSTRUCTIONS || method.name().equals("<clinit>")) {
                    continue;
                }
                String name = method.name().equals("<init>") ? simpleClass : method.name();
                UnitFeatures features = new UnitFeatures(method.calls(), method.types(), method.qualifiedTypes(),
                        method.annotations(), facts.supertypes(), new TreeSet<>(Set.of(name, simpleClass)), method.strings());
                List<CapabilityMatch> capabilities = matcher.match(features);
                units.add(new CodeUnit(method.name().equals("<init>") ? UnitKind.CONSTRUCTOR : UnitKind.METHOD,
                        className + "#" + name + parameters(method.descriptor()), method.firstLine(), method.lastLine(),
                        new UnitFingerprint("", 0, 0, new int[0]), -1, capabilities,
                        capabilities.isEmpty() ? new int[0] : features.apiUsage()));
            }
        }
        List<ParsedFile> files = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, List<CodeUnit>> entry : unitsBySource.entrySet()) {
            Path source = sourceOf.get(entry.getKey());
            SourceFile file = new SourceFile(module.id(), source, entry.getKey(), StandardCharsets.UTF_8, null, false,
                    classes);
            files.add(new ParsedFile(file, nonBlankLines(source), entry.getValue(), false,
                    first ? problems : List.of()));
            first = false;
        }
        return files;
    }

    private static Path locate(Path base, String packagePath, String sourceFile, Path classFile) {
        for (String directory : SOURCE_DIRECTORIES) {
            Path candidate = base.resolve(directory).resolve(packagePath).resolve(sourceFile);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return classFile;
    }

    private static BitSet nonBlankLines(Path source) {
        BitSet lines = new BitSet();
        if (source.toString().endsWith(".class")) {
            return lines;
        }
        try {
            List<String> text = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                String line = text.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("//") && !line.startsWith("*") && !line.startsWith("/*")) {
                    lines.set(i + 1);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return lines;
        }
        return lines;
    }

    private static String parameters(String descriptor) {
        StringBuilder text = new StringBuilder("(");
        Type[] arguments = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            String name = arguments[i].getClassName();
            text.append(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1));
        }
        return text.append(')').toString();
    }
}
