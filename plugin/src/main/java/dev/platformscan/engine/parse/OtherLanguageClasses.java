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

    /** What one module's classes gave: files of other-language units, and at most one problem per kind. */
    public record Read(List<ParsedFile> files, List<Problem> problems) {
        public Read {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads every class file of the module (its SourceFile attribute at least). Class files it cannot
     * use are reported here once per module, naming the classes directory: every compiled Java class
     * of a module built by a newer JDK would otherwise give one warning per source file.
     */
    public Read read(ModuleSource module, Path root) {
        Path classes = module.classesDirectory();
        if (classes == null || !Files.isDirectory(classes)) {
            return new Read(List.of(), List.of());
        }
        List<Path> classFiles;
        try (Stream<Path> walk = Files.walk(classes)) {
            classFiles = walk.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Read(List.of(), List.of(new Problem(SourceScanner.relative(root, classes), 0,
                    "cannot list the compiled classes (" + e.getClass().getSimpleName()
                    + "); the module is analysed from its sources only")));
        }
        Map<String, List<CodeUnit>> unitsBySource = new TreeMap<>();
        Map<String, Path> sourceOf = new TreeMap<>();
        int newer = 0;
        int newestVersion = 0;
        List<Path> corrupt = new ArrayList<>();
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
                newer++;
                newestVersion = Math.max(newestVersion, e.majorVersion);
                continue;
            } catch (ClassFileReader.CorruptClassFile | IOException e) {
                corrupt.add(classFile);
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
        for (Map.Entry<String, List<CodeUnit>> entry : unitsBySource.entrySet()) {
            Path source = sourceOf.get(entry.getKey());
            SourceFile file = new SourceFile(module.id(), source, entry.getKey(), StandardCharsets.UTF_8, null, false,
                    classes);
            files.add(new ParsedFile(file, nonBlankLines(source), entry.getValue(), false, List.of()));
        }
        List<Problem> problems = new ArrayList<>();
        String where = SourceScanner.relative(root, classes);
        if (newer > 0) {
            problems.add(new Problem(where, 0, count(newer, classFiles.size()) + " have class-file version "
                    + newestVersion + " (Java " + (newestVersion - 44) + "), newer than this platform-scan reads; "
                    + "they are skipped and the module is analysed from its Java sources only (update platform-scan, "
                    + "or compile with an older --release)"));
        }
        if (!corrupt.isEmpty()) {
            problems.add(new Problem(where, 0, count(corrupt.size(), classFiles.size()) + " are not valid class "
                    + "files (truncated, empty, garbage or unreadable), e.g. " + classes.relativize(corrupt.get(0))
                    .toString().replace('\\', '/') + "; they are skipped and the module is analysed from its "
                    + "Java sources (rebuild it: mvn clean compile)"));
        }
        return new Read(files, problems);
    }

    private static String count(int some, int all) {
        return some == all ? (all == 1 ? "its only class file" : "all " + all + " class files")
                : some + " of " + all + " class files";
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
