package dev.platformscan.it.performance;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The floor of the benchmark, run as its own process: parse every Java file of the given source roots
 * with JavaParser (the plugin's version, the engine's parser configuration: Java 17, comments not
 * attributed, tokens stored, no lexical preservation), one parser per worker thread, and nothing else:
 * no fingerprints, no features, no clustering. The AST is dropped as soon as a file is parsed.
 *
 * <p>Arguments: the number of threads, then a file that lists the source roots one per line.
 */
public final class BareParse {

    private BareParse() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (String root : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (!root.isBlank()) {
                try (Stream<Path> walk = Files.walk(Path.of(root.trim()))) {
                    walk.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().forEach(files::add);
                }
            }
        }
        long started = System.nanoTime();
        AtomicInteger count = new AtomicInteger();
        // same stack as the engine's workers: deeply nested expressions recurse deeply in the parser
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                runnable -> new Thread(null, runnable, "bare-parse-" + count.incrementAndGet(), 256L << 20));
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(LanguageLevel.JAVA_17)
                .setAttributeComments(false)
                .setStoreTokens(true)
                .setLexicalPreservationEnabled(false)));
        List<Future<Boolean>> results = new ArrayList<>(files.size());
        for (Path file : files) {
            results.add(pool.submit(() -> parse(parsers.get(), file)));
        }
        int failed = 0;
        for (Future<Boolean> result : results) {
            failed += result.get() ? 0 : 1;
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "BareParse: %d files parsed with %d threads in %.1f s (%d with problems)%n",
                files.size(), threads, (System.nanoTime() - started) / 1e9, failed);
    }

    private static boolean parse(JavaParser parser, Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            ParseResult<CompilationUnit> result = parser.parse(text);
            return result.isSuccessful();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackOverflowError | RuntimeException e) {
            return false;
        }
    }
}
