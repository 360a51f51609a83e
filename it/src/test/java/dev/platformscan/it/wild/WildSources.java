package dev.platformscan.it.wild;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.platformscan.engine.parse.Boilerplate;
import dev.platformscan.engine.parse.NoiseFilter;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.it.accuracy.NormalizedTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The benchmark's own reading of a module's sources, independent of the engine: every type declaration
 * (top-level and nested, not local or anonymous) and every method and constructor of them, each with its
 * normalized tokens ({@code accuracy.NormalizedTokens}), lines and a signature key that is the same on both
 * sides of a copy ({@code Outer.Inner#name(ErasedSimpleType, ...)}).
 */
final class WildSources {

    enum DeclKind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION, METHOD, CONSTRUCTOR }

    /**
     * One declaration.
     *
     * @param key       "Outer.Inner" for a type, "Outer.Inner#name(Type, ...)" for a method or constructor
     * @param owner     the type chain that declares it ("" for a top-level type)
     * @param codes     normalized tokens as symbols ({@code NormalizedTokens.encode})
     * @param codeLines lines holding a code token
     * @param unit      a method or constructor the engine compares: at least the engine's default lines and
     *                  tokens, with a body, not boilerplate by the engine's own rule
     * @param noise     the engine's noise filter for a callable (accessor, delegation, ...), or null
     * @param hasBody   a method or constructor with a body (false for types and abstract or native methods)
     */
    record Decl(String key, String owner, DeclKind kind, int begin, int end, int[] codes, int codeLines,
                boolean unit, NoiseFilter noise, boolean hasBody) {

        boolean isType() {
            return kind != DeclKind.METHOD && kind != DeclKind.CONSTRUCTOR;
        }

        int lines() {
            return end - begin + 1;
        }
    }

    /** The shape of a type's own members, to say what a missed class consists of. */
    record Shape(int fields, int units, int small, int abstractOrNative, Map<String, Integer> noise,
                 int nestedTypes) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            text.append(fields).append(" fields, ").append(units).append(" compared methods, ")
                    .append(small).append(" short methods");
            if (abstractOrNative > 0) {
                text.append(", ").append(abstractOrNative).append(" without body");
            }
            noise.forEach((filter, count) -> text.append(", ").append(count).append(' ')
                    .append(filter.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            if (nestedTypes > 0) {
                text.append(", ").append(nestedTypes).append(" nested types");
            }
            return text.toString();
        }
    }

    /** One file: its declarations in source order and the tokens of its top-level types (no package, imports). */
    record FileModel(String path, String packageName, List<Decl> types, List<Decl> callables,
                     Map<String, Shape> shapes, int[] codes, int codeLines) {

        /** The top-level type named like the file, or the first top-level type, or null. */
        Decl primaryType() {
            String simple = path.substring(path.lastIndexOf('/') + 1).replace(".java", "");
            return types.stream().filter(t -> t.key().equals(simple)).findFirst()
                    .orElse(types.stream().filter(t -> t.owner().isEmpty()).findFirst().orElse(null));
        }
    }

    /** A whole module: files by path, and the paths that did not parse. */
    record Module(Map<String, FileModel> files, List<String> unparseable) {
    }

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                    .setAttributeComments(false)));

    private WildSources() {
    }

    /** Reads every .java file under a source root. */
    static Module read(Path root, java.nio.charset.Charset encoding) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
        Map<String, FileModel> files = new TreeMap<>();
        List<String> unparseable = new ArrayList<>();
        for (Path path : paths) {
            String relative = root.relativize(path).toString().replace('\\', '/');
            Optional<FileModel> model = parse(relative, Files.readString(path, encoding));
            if (model.isPresent()) {
                files.put(relative, model.get());
            } else {
                unparseable.add(relative);
            }
        }
        return new Module(files, unparseable);
    }

    /** One file given as text, or empty when it does not parse at the Java 17 level. */
    static Optional<FileModel> parse(String path, String source) {
        ParseResult<CompilationUnit> result = PARSER.get().parse(source);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            return Optional.empty();
        }
        CompilationUnit unit = result.getResult().get();
        List<Decl> types = new ArrayList<>();
        List<Decl> callables = new ArrayList<>();
        Map<String, Shape> shapes = new TreeMap<>();
        List<String> fileSymbols = new ArrayList<>();
        BitSet fileLines = new BitSet();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            collect(type, "", types, callables, shapes);
            symbols(type, fileSymbols, fileLines);
        }
        String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        return Optional.of(new FileModel(path, packageName, types, callables, shapes,
                NormalizedTokens.encode(fileSymbols), fileLines.cardinality()));
    }

    private static void collect(TypeDeclaration<?> type, String owner, List<Decl> types, List<Decl> callables,
                                Map<String, Shape> shapes) {
        String chain = owner.isEmpty() ? type.getNameAsString() : owner + "." + type.getNameAsString();
        types.add(decl(type, chain, owner, kindOf(type), false, null));
        int fields = 0;
        int units = 0;
        int small = 0;
        int abstractOrNative = 0;
        int nested = 0;
        Map<String, Integer> noise = new TreeMap<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> inner) {
                nested++;
                collect(inner, chain, types, callables, shapes);
            } else if (member instanceof FieldDeclaration field) {
                fields += field.getVariables().size();
            } else if (member instanceof MethodDeclaration || member instanceof ConstructorDeclaration) {
                CallableDeclaration<?> callable = (CallableDeclaration<?>) member;
                boolean hasBody = !(member instanceof MethodDeclaration method) || method.getBody().isPresent();
                NoiseFilter filter = hasBody ? Boilerplate.filterOf(member) : null;
                String name = member instanceof ConstructorDeclaration ? type.getNameAsString()
                        : callable.getNameAsString();
                Decl decl = decl(callable, chain + "#" + name + parameters(callable.getParameters()), chain,
                        member instanceof ConstructorDeclaration ? DeclKind.CONSTRUCTOR : DeclKind.METHOD, hasBody,
                        filter);
                callables.add(decl);
                if (!hasBody) {
                    abstractOrNative++;
                } else if (filter != null) {
                    noise.merge(filter.name(), 1, Integer::sum);
                } else if (decl.unit()) {
                    units++;
                } else {
                    small++;
                }
            }
        }
        shapes.put(chain, new Shape(fields, units, small, abstractOrNative, noise, nested));
    }

    private static Decl decl(Node node, String key, String owner, DeclKind kind, boolean hasBody, NoiseFilter noise) {
        List<String> symbols = new ArrayList<>();
        BitSet lines = new BitSet();
        symbols(node, symbols, lines);
        int begin = node.getRange().map(r -> r.begin.line).orElse(0);
        int end = node.getRange().map(r -> r.end.line).orElse(0);
        boolean unit = hasBody && noise == null && end - begin + 1 >= ParseSettings.DEFAULT_MIN_LINES
                && symbols.size() >= ParseSettings.DEFAULT_MIN_TOKENS;
        return new Decl(key, owner, kind, begin, end, NormalizedTokens.encode(symbols), lines.cardinality(), unit,
                noise, hasBody);
    }

    private static void symbols(Node node, List<String> symbols, BitSet lines) {
        node.getTokenRange().ifPresent(range -> {
            for (JavaToken token : range) {
                String symbol = NormalizedTokens.normalize(token);
                if (symbol != null) {
                    symbols.add(symbol);
                    token.getRange().ifPresent(r -> lines.set(r.begin.line));
                }
            }
        });
    }

    private static DeclKind kindOf(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            return declaration.isInterface() ? DeclKind.INTERFACE : DeclKind.CLASS;
        }
        if (type instanceof EnumDeclaration) {
            return DeclKind.ENUM;
        }
        if (type instanceof RecordDeclaration) {
            return DeclKind.RECORD;
        }
        if (type instanceof AnnotationDeclaration) {
            return DeclKind.ANNOTATION;
        }
        return DeclKind.CLASS;
    }

    /** "(Map, String[], int)": parameter types without type arguments, package qualifiers or annotations. */
    static String parameters(List<Parameter> parameters) {
        List<String> types = new ArrayList<>();
        for (Parameter parameter : parameters) {
            types.add(erase(parameter.getType().asString()) + (parameter.isVarArgs() ? "[]" : ""));
        }
        return "(" + String.join(", ", types) + ")";
    }

    /** "java.util.Map<K, V>[]" → "Map[]"; "Map.Entry<K,V>" → "Entry". */
    static String erase(String type) {
        type = type.replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "");
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        for (char c : type.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                plain.append(c);
            }
        }
        String erased = plain.toString().replace("...", "[]");
        int brackets = erased.indexOf('[');
        String base = brackets < 0 ? erased : erased.substring(0, brackets);
        String dims = brackets < 0 ? "" : erased.substring(brackets);
        return base.substring(base.lastIndexOf('.') + 1) + dims;
    }
}
