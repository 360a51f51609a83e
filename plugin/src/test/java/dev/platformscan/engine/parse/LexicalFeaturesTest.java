package dev.platformscan.engine.parse;

import dev.platformscan.engine.classify.UnitFeatures;
import dev.platformscan.engine.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's features read from tokens ({@link LexicalFeatures}) must equal what {@code FeatureExtractor}
 * reads from the AST, for every unit it reads (the rest it leaves to the parser): calls with typed
 * receivers, types, used imports, annotations, supertypes, names, strings. Checked on this plugin's own
 * sources, the demo, the rules module and the fixtures; {@code -Dplatform.outlineCorpus=<dir>} adds another
 * tree (the performance corpus); {@code -Dplatform.featuresVerbose=1} prints both readings of a unit that differs and
 * the files it skips.
 */
class LexicalFeaturesTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void theFeaturesReadFromTokensEqualTheParsersOnRealCode() throws IOException {
        List<Path> roots = SourceOutlineTest.realCodeRoots();
        int[] counts = new int[2];
        List<String> differences = new ArrayList<>();
        JavaSourceParser parser = new JavaSourceParser(6, 50,
                new dev.platformscan.engine.classify.CapabilityMatcher(dev.platformscan.rules.RuleCatalog.empty()),
                Set.of(), false);
        for (Path root : roots) {
            for (Path path : SourceOutlineTest.javaFiles(root)) {
                compare(parser, root, path, counts, differences);
            }
        }
        System.out.printf("LexicalFeaturesTest: %d units compared, %d read from tokens, %d differ%n", counts[0], counts[1],
                differences.size());
        differences.stream().limit(30).forEach(System.out::println);
        assertThat(differences).as("units whose features read from tokens differ from the parser's").isEmpty();
        assertThat(counts[0]).as("units compared").isGreaterThan(500);
        assertThat(counts[1]).as("units read from tokens (the rest is left to the parser)")
                .isGreaterThan(counts[0] * 9 / 10);
    }

    @Test
    void trickyConstructsReadAsTheParserReadsThem() throws IOException {
        Path dir = BASE.resolve("src/test/resources/fixtures/lexer");
        int[] counts = new int[2];
        List<String> differences = new ArrayList<>();
        JavaSourceParser parser = new JavaSourceParser(1, 1,
                new dev.platformscan.engine.classify.CapabilityMatcher(dev.platformscan.rules.RuleCatalog.empty()),
                java.util.EnumSet.allOf(NoiseFilter.class), false);
        for (Path path : SourceOutlineTest.javaFiles(dir)) {
            compare(parser, dir, path, counts, differences);
        }
        System.out.printf("LexicalFeaturesTest (fixtures): %d units compared, %d read from tokens%n", counts[0], counts[1]);
        assertThat(differences).isEmpty();
        // guards and record patterns (ReviewShapes2) are left to the parser; everything else is read from tokens
        assertThat(counts[1]).as("units of the fixtures read from tokens").isGreaterThanOrEqualTo(counts[0] - 8)
                .isGreaterThan(60);
    }

    /**
     * The demo's and the fixtures' sources mutated at random (SourceFuzzTest's edits, a fixed seed): wherever
     * JavaParser still reads the mutated file, the features read from tokens equal its own, unit by unit.
     * 300 files (about 300 units, 5 s); seeds 1 to 8 with 600 files each gave 0 differences in session 4.
     */
    @Test
    void mutatedSourcesTheParserAcceptsReadTheSameFromTokens(@org.junit.jupiter.api.io.TempDir Path work)
            throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path root : List.of(BASE.resolve("../it/demo").normalize(), BASE.resolve("src/test/resources/fixtures/lexer"))) {
            for (Path path : SourceOutlineTest.javaFiles(root)) {
                if (!path.toString().contains("/target/")) {
                    sources.add(path);
                }
            }
        }
        java.util.Random random = new java.util.Random(Long.getLong("platform.fuzz.seed", 8));
        JavaSourceParser parser = new JavaSourceParser(6, 50,
                new dev.platformscan.engine.classify.CapabilityMatcher(dev.platformscan.rules.RuleCatalog.empty()),
                Set.of(), false);
        int[] counts = new int[2];
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Path source = sources.get(random.nextInt(sources.size()));
            Path mutated = work.resolve("Mutated" + i + ".java");
            Files.write(mutated, dev.platformscan.engine.SourceFuzzTest.mutate(Files.readString(source), random));
            compare(parser, work, mutated, counts, differences);
        }
        System.out.printf("LexicalFeaturesTest (mutated): %d units compared, %d read from tokens, %d differ%n", counts[0],
                counts[1], differences.size());
        assertThat(differences).as("mutated units whose features read from tokens differ (seed %s)",
                Long.getLong("platform.fuzz.seed", 8)).isEmpty();
        assertThat(counts[1]).as("mutated units read from tokens").isGreaterThan(150);
    }

    private static void compare(JavaSourceParser parser, Path root, Path path, int[] counts, List<String> differences)
            throws IOException {
        SourceFile file = new SourceFile("m", path, root.relativize(path).toString(), StandardCharsets.UTF_8, "21", false);
        byte[] bytes = Files.readAllBytes(path);
        List<UnitFeatures> parsed;
        try {
            parsed = parser.parserFeatures(file, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            return;
        }
        if (parsed == null) {
            if (System.getProperty("platform.featuresVerbose") != null) {
                System.out.println("parser rejects " + path);
            }
            return;
        }
        List<dev.platformscan.engine.Problem> problems = new ArrayList<>();
        String text = JavaSourceParser.decode(file, bytes, problems).text();
        List<UnitFeatures> lexed = parser.lexicalFeatures(text);
        if (lexed == null || lexed.size() != parsed.size()) {
            if (System.getProperty("platform.featuresVerbose") != null) {
                System.out.println("outline leaves " + path + " " + (lexed == null ? "trouble" : lexed.size() + "/" + parsed.size()));
            }
            return; // the outline leaves the file to the parser (SourceOutlineTest checks the units themselves)
        }
        for (int i = 0; i < parsed.size(); i++) {
            counts[0]++;
            if (lexed.get(i) == null) {
                continue;
            }
            counts[1]++;
            String difference = difference(parsed.get(i), lexed.get(i));
            if (difference != null) {
                differences.add(path + " unit " + i + ": " + difference);
            }
        }
    }

    private static String difference(UnitFeatures parsed, UnitFeatures lexed) {
        StringBuilder text = new StringBuilder();
        differ("calls", parsed.calls(), lexed.calls(), text);
        differ("types", parsed.types(), lexed.types(), text);
        differ("imports", parsed.imports(), lexed.imports(), text);
        differ("annotations", parsed.annotations(), lexed.annotations(), text);
        differ("supertypes", parsed.supertypes(), lexed.supertypes(), text);
        differ("names", parsed.names(), lexed.names(), text);
        differ("strings", parsed.strings(), lexed.strings(), text);
        if (System.getProperty("platform.featuresVerbose") != null && !text.isEmpty()) {
            text.append(" PARSED ").append(parsed).append(" LEXED ").append(lexed);
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static void differ(String what, Set<String> parsed, Set<String> lexed, StringBuilder text) {
        if (parsed.equals(lexed)) {
            return;
        }
        Set<String> missing = new TreeSet<>(parsed);
        missing.removeAll(lexed);
        Set<String> extra = new TreeSet<>(lexed);
        extra.removeAll(parsed);
        text.append(what).append(" missing ").append(missing).append(" extra ").append(extra).append("; ");
    }

}
