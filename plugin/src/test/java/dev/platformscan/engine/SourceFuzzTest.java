package dev.platformscan.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platformscan.engine.report.ReportFormats;
import dev.platformscan.engine.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, fuzzing: the bundled demo's sources mutated at random with a fixed seed (token spans deleted,
 * duplicated and swapped, random bytes and Unicode inserted, truncation, unbalanced brackets, deep
 * nesting, stray keywords, unterminated literals and comments, line-end changes), scanned round after
 * round by the real engine next to the planted pair. Each round: no exception escapes, report.json
 * parses with the documented top-level keys, report.sarif validates against the SARIF 2.1.0 schema,
 * every problem names a file, and the planted pair is still found.
 *
 * <p>Bounded: stops after {@code platform.fuzz.seconds} (60) or {@code platform.fuzz.inputs} (500)
 * mutated files, whichever comes first; {@code platform.fuzz.seed} (8) picks another sequence. A
 * failure names the seed and round, which reproduce it.
 */
public class SourceFuzzTest {
    private static final Pattern TOKEN = Pattern.compile(
            // literals unrolled ([^"]*(\\.[^"]*)*) so long ones do not recurse once per character
            "\\s+|//[^\\n]*|/\\*.*?\\*/|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"?|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'?"
            + "|[\\p{L}_$][\\p{L}\\p{N}_$]*|\\d[\\w.]*|.",
            Pattern.DOTALL);
    private static final String[] KEYWORDS = {"record", "sealed", "non-sealed", "permits", "yield", "var", "when",
        "->", "::", "@interface", "_", "enum", "module", "default", "switch", "case", "synchronized", "...", "@", "<>"};
    private static final String[] UNICODE = {"\uD83D\uDE00", "\u202E", "\u200D", "\uFEFF", "\u0085", "\u2028",
        "\\u000a", "\\u0022", "\\uD800", "\\u", "\u53D8\u91CF", "\u043F\u0435\u0440\u0435\u043C", "\u00E9", "\u0000",
        "\u001B[2J", "\r", "\u000C", "\u001A", "\u00A0", "\uFFFD"};

    @TempDir
    Path work;

    @Test
    void mutatedDemoSourcesNeverBreakTheScanOrItsReports() throws Exception {
        long seed = Long.getLong("platform.fuzz.seed", 8);
        int maxInputs = Integer.getInteger("platform.fuzz.inputs", 500);
        long budgetNanos = Long.getLong("platform.fuzz.seconds", 60) * 1_000_000_000L;
        Path demo = Path.of(System.getProperty("basedir", ".")).resolve("../it/demo").normalize();
        Map<String, String> sources = demoSources(demo);
        assertThat(sources).as("demo sources under %s", demo).hasSizeGreaterThan(70);

        Random random = new Random(seed);
        long started = System.nanoTime();
        int inputs = 0;
        int rounds = 0;
        int problems = 0;
        int unparsed = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        while (inputs < maxInputs && System.nanoTime() - started < budgetNanos) {
            Path root = work.resolve("round-" + rounds);
            HostileRepository repository = new HostileRepository(root);
            Map<String, HostileRepository.Module> modules = new TreeMap<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                String path = source.getKey();
                String module = path.substring(0, path.indexOf("/src/main/java/"));
                String underRoot = path.substring(module.length() + "/src/main/java/".length());
                byte[] bytes = source.getValue().getBytes(StandardCharsets.UTF_8);
                if (inputs < maxInputs && random.nextBoolean()) {
                    bytes = mutate(source.getValue(), random);
                    inputs++;
                }
                modules.computeIfAbsent(module, repository::module).file(underRoot, bytes);
            }
            String where = "round " + rounds + " of seed " + seed + " (-Dplatform.fuzz.seed=" + seed + ")";
            ScanResult result;
            try {
                result = repository.scan(2, ScanListener.SILENT);
            } catch (Throwable e) {
                throw new AssertionError(where + ": the scan threw " + e, e);
            }
            Path out = work.resolve("out-" + rounds);
            new ReportWriter().write(result, ReportFormats.select(List.of("json", "sarif")), out);
            JsonNode json = ReportChecks.assertValidReportJson(out.resolve("report.json"));
            ReportChecks.assertValidSarif(out.resolve("report.sarif"));
            for (JsonNode problem : json.path("problems")) {
                assertThat(problem.path("file").asText("")).as("%s: file of %s", where, problem).isNotBlank();
                assertThat(problem.path("message").asText("")).as("%s: message of %s", where, problem).isNotBlank();
            }
            HostileRepository.assertPlantedPairFound(result);
            assertThat(result.problems()).as("%s: internal failures (a bug, not bad input)", where)
                    .noneMatch(p -> p.message().startsWith("the parser failed"));
            problems += result.problems().size();
            unparsed += (int) result.problems().stream().filter(p -> p.message().contains("skipped")).count();
            for (Problem problem : result.problems()) {
                kinds.merge(problem.message().replaceAll("[:(;].*", "").replaceAll("\\d+", "N"), 1, Integer::sum);
            }
            deleteTree(root);
            rounds++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "SourceFuzzTest: %d inputs (mutated files) in %d rounds of %d files, "
                + "%.1f s, seed %d: %d problems, %d files skipped%n", inputs, rounds, sources.size(),
                seconds, seed, problems, unparsed);
        kinds.forEach((kind, count) -> System.out.printf("  %5d  %s%n", count, kind));
        assertThat(rounds).isPositive();
    }

    /** Relative path (from the demo root) → text of every main Java source of the demo. */
    private static Map<String, String> demoSources(Path demo) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(demo)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = demo.relativize(file).toString().replace('\\', '/');
                if (relative.contains("/src/main/java/") && !relative.contains("/target/")) {
                    sources.put(relative, Files.readString(file));
                }
            }
        }
        return sources;
    }

    /**
     * One to four random edits; the result is bytes, since some edits break the encoding on purpose. Half
     * the files get only edits that keep them compilable (odd characters inside comments and literals, a
     * statement line repeated, other line ends, a byte-order mark), so the paths after a successful parse
     * see hostile text too.
     */
    public static byte[] mutate(String text, Random random) {
        if (random.nextBoolean()) {
            return gentle(text, random);
        }
        List<String> tokens = tokens(text);
        int edits = 1 + random.nextInt(4);
        byte[] bytes = null;
        for (int e = 0; e < edits; e++) {
            int n = Math.max(1, tokens.size());
            int at = random.nextInt(n);
            int length = 1 + random.nextInt(Math.min(20, n));
            switch (random.nextInt(12)) {
                case 0 -> tokens.subList(at, Math.min(tokens.size(), at + length)).clear();
                case 1 -> tokens.addAll(random.nextInt(tokens.size() + 1),
                        new ArrayList<>(tokens.subList(at, Math.min(tokens.size(), at + length))));
                case 2 -> {
                    int other = random.nextInt(n);
                    if (other != at && at < tokens.size() && other < tokens.size()) {
                        String swapped = tokens.get(at);
                        tokens.set(at, tokens.get(other));
                        tokens.set(other, swapped);
                    }
                }
                case 3 -> tokens.add(random.nextInt(tokens.size() + 1), UNICODE[random.nextInt(UNICODE.length)]);
                case 4 -> tokens.add(random.nextInt(tokens.size() + 1), KEYWORDS[random.nextInt(KEYWORDS.length)]);
                case 5 -> tokens.add(random.nextInt(tokens.size() + 1), "{}()[]".substring(random.nextInt(6)).substring(0, 1));
                case 6 -> {
                    int removeAt = indexOfBracket(tokens, random);
                    if (removeAt >= 0) {
                        tokens.remove(removeAt);
                    }
                }
                case 7 -> {
                    int depth = 50 + random.nextInt(3_000);
                    String open = random.nextBoolean() ? "(" : "{";
                    String close = open.equals("(") ? ")" : "}";
                    tokens.add(Math.min(at, tokens.size()), open.repeat(depth) + close.repeat(random.nextInt(depth + 1)));
                }
                case 8 -> tokens.add(random.nextInt(tokens.size() + 1),
                        new String[] {"\"\"\"", "/*", "\"", "'", "/**", "\\"}[random.nextInt(6)]);
                case 9 -> {
                    String joined = String.join("", tokens);
                    String changed = switch (random.nextInt(3)) {
                        case 0 -> joined.replace("\n", "\r\n");
                        case 1 -> joined.replace("\n", "\r");
                        default -> joined.replace("    ", "\t");
                    };
                    tokens = tokens(changed);
                }
                case 10 -> bytes = insertBytes(bytesOf(tokens, bytes), random);
                default -> bytes = truncate(bytesOf(tokens, bytes), random);
            }
            if (bytes != null && e + 1 < edits) {
                tokens = tokens(new String(bytes, StandardCharsets.UTF_8));
                bytes = null;
            }
        }
        return bytes != null ? bytes : String.join("", tokens).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gentle(String text, Random random) {
        List<String> tokens = tokens(text);
        for (int e = 1 + random.nextInt(4); e > 0; e--) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    List<Integer> inside = new ArrayList<>();
                    for (int i = 0; i < tokens.size(); i++) {
                        String token = tokens.get(i);
                        if (token.length() >= 2 && (token.startsWith("//") || token.startsWith("/*")
                                || (token.startsWith("\"") && token.endsWith("\"")))) {
                            inside.add(i);
                        }
                    }
                    if (!inside.isEmpty()) {
                        int i = inside.get(random.nextInt(inside.size()));
                        String token = tokens.get(i);
                        String odd = new String[] {"\uD83D\uDE00", "\u202E", "\u200D", "\u00E9\u00DF", "\u53D8\u91CF",
                            "\u001B[31m", "\u0000", "<script>", "\\\"", "%s%n", "\u00A0", "${x}"}[random.nextInt(12)];
                        boolean literal = token.startsWith("\"");
                        if (literal && (odd.equals("\u0000") || odd.startsWith("\u001B"))) {
                            odd = "\\u0000";
                        }
                        int at = 2 + random.nextInt(Math.max(1, token.length() - 3));
                        tokens.set(i, token.substring(0, Math.min(at, token.length() - 1)) + odd
                                + token.substring(Math.min(at, token.length() - 1)));
                    }
                }
                case 1 -> {
                    String[] lines = String.join("", tokens).split("\n", -1);
                    List<String> kept = new ArrayList<>(List.of(lines));
                    int line = random.nextInt(lines.length);
                    if (lines[line].trim().endsWith(";") && !lines[line].trim().startsWith("return")
                            && !lines[line].contains(" = ") && !lines[line].trim().startsWith("package")) {
                        kept.add(line, lines[line]);
                    }
                    tokens = tokens(String.join("\n", kept));
                }
                case 2 -> tokens = tokens(String.join("", tokens).replace("\n", random.nextBoolean() ? "\r\n" : "\r")
                        .replace("    ", random.nextBoolean() ? "\t" : "    "));
                default -> {
                    if (tokens.isEmpty() || !tokens.get(0).equals("\uFEFF")) {
                        tokens.add(0, "\uFEFF");
                    }
                }
            }
        }
        return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytesOf(List<String> tokens, byte[] bytes) {
        return bytes != null ? bytes : String.join("", tokens).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insertBytes(byte[] bytes, Random random) {
        byte[] noise = new byte[1 + random.nextInt(16)];
        random.nextBytes(noise);
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + noise.length);
        out.write(bytes, 0, at);
        out.write(noise, 0, noise.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] truncate(byte[] bytes, Random random) {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
    }

    private static int indexOfBracket(List<String> tokens, Random random) {
        List<Integer> brackets = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).length() == 1 && "{}()".contains(tokens.get(i))) {
                brackets.add(i);
            }
        }
        return brackets.isEmpty() ? -1 : brackets.get(random.nextInt(brackets.size()));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
