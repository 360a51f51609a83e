package dev.platformscan.engine.parse;

import dev.platformscan.engine.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lexical reading of a file ({@link JavaSourceParser#readLexically}) must give exactly what the parser
 * gives: units (kind, symbol, lines, token codes, hashes, API names, enclosing unit, literal flag), code lines, the
 * generated flag, the noise counts and the file's header (package, imports, supertypes: {@link FileHeader}). Checked on real code: this plugin's own sources, the demo
 * repository, the hostile-input corpus and the fixtures, with every noise filter on and with all kept.
 * {@code -Dplatform.outlineCorpus=<dir>} checks another tree too (the performance corpus: 7,815 files).
 */
class SourceOutlineTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void theLexicalReadingOfRealCodeEqualsTheParsersReading() throws IOException {
        List<Path> roots = realCodeRoots();
        int[] read = new int[2];
        List<String> differences = new ArrayList<>();
        for (Set<NoiseFilter> kept : List.of(Set.<NoiseFilter>of(), NoiseFilter.BOILERPLATE)) {
            JavaSourceParser parser = new JavaSourceParser(6, 50,
                    new dev.platformscan.engine.classify.CapabilityMatcher(dev.platformscan.rules.RuleCatalog.empty()),
                    kept, true);
            for (Path root : roots) {
                for (Path path : javaFiles(root)) {
                    compare(parser, root, path, read, differences);
                }
            }
        }
        System.out.printf("SourceOutlineTest: %d readings compared, %d read by the outline, %d differ%n", read[0], read[1],
                differences.size());
        assertThat(differences).as("files whose lexical reading differs from the parser's").isEmpty();
        assertThat(read[0]).as("files compared").isGreaterThan(200);
        assertThat(read[1]).as("files the outline read (the rest it leaves to the parser)")
                .isGreaterThan(read[0] * 9 / 10);
    }

    /**
     * This plugin's sources, the test resources, the demo and the rules module, plus the tree named by
     * {@code -Dplatform.outlineCorpus} (the performance corpus).
     */
    static List<Path> realCodeRoots() {
        List<Path> roots = new ArrayList<>(List.of(BASE.resolve("src/main/java"), BASE.resolve("src/test/resources"),
                BASE.resolve("../it/demo").normalize(), BASE.resolve("../rules/src/main/java").normalize()));
        String extra = System.getProperty("platform.outlineCorpus");
        if (extra != null && !extra.isBlank()) {
            roots.add(Path.of(extra));
        }
        return roots;
    }

    /**
     * fixtures/lexer/Tricky.java: restricted identifiers as names and as keywords, shifts and nested type
     * arguments, a text block, a switch expression with yield, an anonymous class, records with a compact
     * constructor, enum constants with bodies, sealed types, qualified this and super, suppressed and generated
     * members, a main method.
     */
    @Test
    void restrictedIdentifiersShiftsRecordsEnumsAndNestedClassesReadAsTheParserReadsThem() throws IOException {
        Path dir = BASE.resolve("src/test/resources/fixtures/lexer");
        Path file = dir.resolve("Tricky.java");
        int[] read = new int[2];
        List<String> differences = new ArrayList<>();
        for (Set<NoiseFilter> kept : List.of(Set.<NoiseFilter>of(), java.util.EnumSet.allOf(NoiseFilter.class))) {
            JavaSourceParser parser = new JavaSourceParser(6, 20,
                    new dev.platformscan.engine.classify.CapabilityMatcher(dev.platformscan.rules.RuleCatalog.empty()),
                    kept, true);
            ParsedFile parsed = parser.parse(new SourceFile("m", file, "Tricky.java", StandardCharsets.UTF_8, "21", false));
            assertThat(parsed.problems()).as("the parser reads the sample").isEmpty();
            assertThat(parsed.units()).as("units of the sample").hasSizeGreaterThan(3);
            compare(parser, dir, file, read, differences);
        }
        assertThat(read[1]).as("readings by the outline").isEqualTo(2);
        assertThat(differences).isEmpty();
    }

    private static void compare(JavaSourceParser parser, Path root, Path path, int[] read, List<String> differences)
            throws IOException {
        SourceFile file = new SourceFile("m", path, root.relativize(path).toString(), StandardCharsets.UTF_8, "21", false);
        ParsedFile parsed;
        try {
            parsed = parser.parse(file);
        } catch (RuntimeException | StackOverflowError e) {
            return;
        }
        if (!parsed.problems().isEmpty()) {
            return; // a file the parser rejects: the lexical reading is never used for it when it is seen
        }
        byte[] bytes = Files.readAllBytes(path);
        List<dev.platformscan.engine.Problem> problems = new ArrayList<>();
        JavaSourceParser.Decoded decoded = JavaSourceParser.decode(file, bytes, problems);
        ParsedFile lexed = parser.readLexically(file, decoded.text(), decoded, problems, ClassFileSource.DIRECT, true);
        read[0]++;
        if (lexed == null) {
            return;
        }
        read[1]++;
        String difference = difference(parsed, lexed);
        if (difference != null && differences.size() < 40) {
            differences.add(path + ": " + difference);
        }
    }

    static String difference(ParsedFile parsed, ParsedFile lexed) {
        if (!parsed.codeLines().equals(lexed.codeLines())) {
            return "code lines";
        }
        if (parsed.generated() != lexed.generated()) {
            return "generated " + parsed.generated() + " / " + lexed.generated();
        }
        if (parsed.boilerplateMembers() != lexed.boilerplateMembers() || parsed.classesWithoutLogic() != lexed.classesWithoutLogic()
                || parsed.suppressed() != lexed.suppressed()) {
            return "counts " + parsed.boilerplateMembers() + "/" + parsed.classesWithoutLogic() + "/" + parsed.suppressed()
                    + " vs " + lexed.boilerplateMembers() + "/" + lexed.classesWithoutLogic() + "/" + lexed.suppressed();
        }
        if (!parsed.header().equals(lexed.header())) {
            return "header " + parsed.header() + " vs " + lexed.header();
        }
        if (parsed.units().size() != lexed.units().size()) {
            return "units " + parsed.units().stream().map(CodeUnit::symbol).toList() + " vs "
                    + lexed.units().stream().map(CodeUnit::symbol).toList();
        }
        for (int i = 0; i < parsed.units().size(); i++) {
            CodeUnit a = parsed.units().get(i);
            CodeUnit b = lexed.units().get(i);
            String what = a.kind() != b.kind() ? "kind" : !a.symbol().equals(b.symbol()) ? "symbol"
                    : a.startLine() != b.startLine() || a.endLine() != b.endLine() ? "lines"
                    : !a.fingerprint().normalizedTokens().equals(b.fingerprint().normalizedTokens()) ? "tokens"
                    : a.fingerprint().exactHash() != b.fingerprint().exactHash() ? "exact hash"
                    : a.fingerprint().normalizedHash() != b.fingerprint().normalizedHash() ? "normalized hash"
                    : !Arrays.equals(a.fingerprint().apiNames(), b.fingerprint().apiNames()) ? "API names"
                    : a.enclosingUnit() != b.enclosingUnit() ? "enclosing unit"
                    : a.fingerprint().literal() != b.fingerprint().literal() ? "literal" : null;
            if (what != null && what.equals("tokens")) {
                String x = a.fingerprint().normalizedTokens();
                String y = b.fingerprint().normalizedTokens();
                int at = 0;
                while (at < Math.min(x.length(), y.length()) && x.charAt(at) == y.charAt(at)) {
                    at++;
                }
                return "tokens of " + a.symbol() + " from token " + at + " of " + x.length() + "/" + y.length() + ": parser "
                        + codes(x, at) + " lexer " + codes(y, at);
            }
            if (what != null) {
                return what + " of " + a.symbol() + " (lexer: " + b.symbol() + ")";
            }
        }
        return null;
    }

    private static String codes(String codes, int from) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, from - 2); i < Math.min(codes.length(), from + 3); i++) {
            text.append((int) codes.charAt(i)).append(' ');
        }
        return text.toString().trim();
    }

    static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
