package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Samples real methods from unpacked library sources ({@code sources/<library>/**.java}): libraries
 * take turns, files are visited in a seeded random order, at most {@link #PER_FILE} methods per file,
 * and a candidate is dropped when its benchmark similarity to an already accepted original is
 * {@link #MAX_SIMILARITY_BETWEEN_ORIGINALS} or more, so that originals are unrelated to each other.
 */
final class CorpusSampler {

    static final int MIN_BODY_LINES = 6;
    static final int MIN_TOKENS = 60;
    static final int MAX_TOKENS = 600;
    static final int PER_FILE = 2;
    /**
     * Originals must be less similar to each other than this: the T3-high floor, so no two originals
     * are as close as a T3-high copy is to its original. (Unrelated real methods are far from 0 on the
     * benchmark measure: their median is about 0.5, so 0.5 would reject most of the library.)
     */
    static final double MAX_SIMILARITY_BETWEEN_ORIGINALS = EditClass.T3_HIGH_FROM;

    private static final Pattern ACCESSOR = Pattern.compile("(get|set|is)[A-Z].*");

    /** What sampling saw, for the report. */
    record Statistics(int filesParsed, int eligibleSeen, int rejectedAsSimilar) {
    }

    private final long seed;
    private final int perFile;
    private int filesParsed;
    private Statistics statistics = new Statistics(0, 0, 0);

    CorpusSampler(long seed) {
        this(seed, PER_FILE);
    }

    /** A sampler that takes up to {@code perFile} methods per file (the family benchmark needs more originals). */
    CorpusSampler(long seed, int perFile) {
        this.seed = seed;
        this.perFile = perFile;
    }

    Statistics statistics() {
        return statistics;
    }

    /** Up to {@code count} mutually unrelated originals, spread over the libraries under {@code sources}. */
    List<OriginalMethod> sample(Path sources, int count) {
        List<LibraryCursor> libraries = new ArrayList<>();
        List<Path> libraryDirs = list(sources, Files::isDirectory);
        for (int i = 0; i < libraryDirs.size(); i++) {
            libraries.add(new LibraryCursor(libraryDirs.get(i), new Random(seed + 7919L * i)));
        }
        filesParsed = 0;
        List<OriginalMethod> accepted = new ArrayList<>();
        List<int[]> acceptedCodes = new ArrayList<>();
        int seen = 0;
        int rejected = 0;
        while (accepted.size() < count && !libraries.isEmpty()) {
            for (Iterator<LibraryCursor> it = libraries.iterator(); it.hasNext() && accepted.size() < count; ) {
                LibraryCursor library = it.next();
                Optional<OriginalMethod> candidate = library.next();
                if (candidate.isEmpty()) {
                    it.remove();
                    continue;
                }
                seen++;
                int[] codes = candidate.get().codes();
                if (similarToAny(codes, acceptedCodes)) {
                    rejected++;
                    continue;
                }
                accepted.add(candidate.get());
                acceptedCodes.add(codes);
            }
        }
        statistics = new Statistics(filesParsed, seen, rejected);
        return accepted;
    }

    private static boolean similarToAny(int[] codes, List<int[]> accepted) {
        for (int[] other : accepted) {
            if (TokenSimilarity.diceUpperBound(codes.length, other.length) >= MAX_SIMILARITY_BETWEEN_ORIGINALS
                    && TokenSimilarity.dice(codes, other) >= MAX_SIMILARITY_BETWEEN_ORIGINALS) {
                return true;
            }
        }
        return false;
    }

    /** The eligible methods of one source file, in declaration order. */
    static List<OriginalMethod> eligibleMethods(String library, String relativeFile, String source) {
        Optional<CompilationUnit> unit = JavaSource.parseFile(source);
        if (unit.isEmpty()) {
            return List.of();
        }
        List<OriginalMethod> methods = new ArrayList<>();
        for (MethodDeclaration method : unit.get().findAll(MethodDeclaration.class)) {
            if (!isEligible(method)) {
                continue;
            }
            StringBuilder raw = new StringBuilder();
            JavaSource.tokens(method).forEach(token -> raw.append(token.getText()));
            String text = Texts.dedent(raw.toString());
            if (!JavaSource.parsesAsMember(text)) {
                continue;
            }
            int line = method.getBegin().map(position -> position.line).orElse(0);
            String id = library + ":" + relativeFile + "#" + method.getNameAsString() + "@" + line;
            methods.add(new OriginalMethod(id, library, relativeFile, line, method.getNameAsString(), text,
                    NormalizedTokens.of(method)));
        }
        return methods;
    }

    /**
     * A concrete method of a class, enum or record (not of an interface, an anonymous or a local
     * class), not an accessor nor other code the engine skips as boilerplate ({@link EngineScope}), with a body of 6 lines or more, 60 to 600 tokens, and no anonymous or
     * local classes or text blocks inside (those would add units of their own).
     */
    static boolean isEligible(MethodDeclaration method) {
        Optional<BlockStmt> body = method.getBody();
        if (body.isEmpty() || method.isAbstract() || method.isNative() || method.isDefault()) {
            return false;
        }
        Node parent = method.getParentNode().orElse(null);
        if (!(parent instanceof TypeDeclaration<?>)
                || (parent instanceof ClassOrInterfaceDeclaration type && type.isInterface())
                || hasAncestor(method, ObjectCreationExpr.class)
                || hasAncestor(method, LocalClassDeclarationStmt.class)
                || hasAncestor(method, LocalRecordDeclarationStmt.class)) {
            return false;
        }
        if (ACCESSOR.matcher(method.getNameAsString()).matches() && body.get().getStatements().size() <= 1) {
            return false;
        }
        if (EngineScope.isBoilerplate(method)) {
            return false;
        }
        int bodyLines = body.get().getEnd().get().line - body.get().getBegin().get().line + 1;
        if (bodyLines < MIN_BODY_LINES) {
            return false;
        }
        int tokens = JavaSource.codeTokenTexts(method).size();
        if (tokens < MIN_TOKENS || tokens > MAX_TOKENS) {
            return false;
        }
        return method.findFirst(ObjectCreationExpr.class, creation -> creation.getAnonymousClassBody().isPresent())
                .isEmpty()
                && method.findFirst(LocalClassDeclarationStmt.class).isEmpty()
                && method.findFirst(LocalRecordDeclarationStmt.class).isEmpty()
                && method.findFirst(TextBlockLiteralExpr.class).isEmpty();
    }

    private static boolean hasAncestor(Node node, Class<? extends Node> type) {
        for (Node parent = node.getParentNode().orElse(null); parent != null; parent = parent.getParentNode().orElse(null)) {
            if (type.isInstance(parent)) {
                return true;
            }
        }
        return false;
    }

    /** Walks one library's files in a seeded random order, handing out their eligible methods. */
    private final class LibraryCursor {
        private final String library;
        private final Path root;
        private final Random random;
        private final Deque<Path> files;
        private final Deque<OriginalMethod> pending = new ArrayDeque<>();

        LibraryCursor(Path root, Random random) {
            this.library = root.getFileName().toString();
            this.root = root;
            this.random = random;
            List<Path> all = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java"))
                        .filter(path -> !path.getFileName().toString().contains("-info"))
                        .sorted()
                        .forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Collections.shuffle(all, random);
            this.files = new ArrayDeque<>(all);
        }

        Optional<OriginalMethod> next() {
            while (pending.isEmpty() && !files.isEmpty()) {
                Path file = files.poll();
                String relative = root.relativize(file).toString().replace('\\', '/');
                String source;
                try {
                    source = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    continue; // not UTF-8 or unreadable: skip the file
                }
                filesParsed++;
                List<OriginalMethod> methods = new ArrayList<>(eligibleMethods(library, relative, source));
                Collections.shuffle(methods, random);
                pending.addAll(methods.subList(0, Math.min(perFile, methods.size())));
            }
            return Optional.ofNullable(pending.poll());
        }
    }

    private static List<Path> list(Path directory, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
