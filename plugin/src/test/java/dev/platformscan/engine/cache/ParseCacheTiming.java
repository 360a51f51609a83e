package dev.platformscan.engine.cache;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.report.json.JsonReportRenderer;
import dev.platformscan.engine.scan.ModuleSource;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One timed scan of a corpus, for measuring the parse cache by hand (not a test; docs/performance.md#cache):
 * every directory of the corpus with {@code src/main/java} is a module (UTF-8, Java 21, default
 * thresholds). Run each scan in a fresh JVM, as Maven would: a JVM that already ran a scan has its JIT
 * warmed and flatters the next one.
 *
 * <pre>java -Xmx3g -cp ... dev.platformscan.engine.cache.ParseCacheTiming CORPUS LABEL CACHE_DIR|none [REPORT_JSON]</pre>
 * Prints the engine's progress lines with their offsets and a last line
 * {@code RESULT label wall cpu clusters} (seconds; cpu = process CPU time, which shared machines distort less).
 */
public final class ParseCacheTiming {
    private ParseCacheTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        String label = args[1];
        Path cache = args[2].equals("none") ? null : Path.of(args[2]);
        ScanRequest request = ScanRequest.defaults(corpus, modules(corpus))
                .withParsing(ParseSettings.DEFAULTS.withCacheDirectory(cache));

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        ScanResult result = new PlatformScanEngine().scan(request, new ScanListener() {
            @Override
            public void info(String message) {
                if (!message.startsWith("Parsed ") || !message.contains("%)")) {
                    System.out.printf(Locale.ROOT, "  %6.1f s  %s%n", (System.nanoTime() - started) / 1e9, message);
                }
            }

            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void warning(String message) {
                System.out.println("  WARNING " + message);
            }
        });
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        if (args.length > 3) {
            try (Writer out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
                new JsonReportRenderer().render(result, out);
            }
        }
        System.out.printf(Locale.ROOT, "RESULT %s wall %.1f cpu %.1f clusters %d%n", label, wall, cpu,
                result.clusters().size());
    }

    private static List<ModuleSource> modules(Path corpus) throws IOException {
        List<ModuleSource> modules = new ArrayList<>();
        try (Stream<Path> children = Files.list(corpus)) {
            for (Path directory : children.sorted().toList()) {
                Path sources = directory.resolve("src/main/java");
                if (Files.isDirectory(sources)) {
                    String name = directory.getFileName().toString();
                    modules.add(new ModuleSource("bench:" + name, name, directory, "jar", List.of(sources), List.of(),
                            "UTF-8", "21"));
                }
            }
        }
        return modules;
    }
}
