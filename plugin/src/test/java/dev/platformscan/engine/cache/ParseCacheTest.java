package dev.platformscan.engine.cache;

import dev.platformscan.engine.ModuleSummary;
import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.RunSettings;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.engine.report.json.JsonReportRenderer;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.SourceSettings;
import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleCatalog;
import dev.platformscan.rules.RuleLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.tools.ToolProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache may make a scan faster, never different: every warm scan here is compared byte for byte
 * (report.json) with a scan of the same files without a cache.
 */
class ParseCacheTest {
    private static final Pattern STATS = Pattern.compile("Parse cache: (\\d+) files unchanged, (\\d+) parsed");

    @TempDir
    Path root;
    @TempDir
    Path cacheDirectory;

    private TestRepository repository;

    @BeforeEach
    void cloneRepository() {
        repository = new TestRepository(root)
                .module("services/orders", "clones/Original.java")
                .module("services/billing", "clones/TypeOne.java")
                .module("services/inventory", "clones/TypeTwo.java")
                .module("services/notifications", "clones/TypeThree.java")
                .module("services/pricing", "clones/Unrelated.java", "classes/UserDao.java", "classes/CustomerRepository.java");
    }

    /** One scan: its report.json and what it told the listener. */
    record Run(String json, ScanResult result, List<String> info, List<String> warnings, List<Problem> problems) {
        int reused() {
            return stat(1);
        }

        int parsed() {
            return stat(2);
        }

        private int stat(int group) {
            for (String line : info) {
                Matcher matcher = STATS.matcher(line);
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(group));
                }
            }
            throw new AssertionError("no cache figures in " + info);
        }
    }

    static Run run(ScanRequest request) throws Exception {
        List<String> info = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ScanResult result = new PlatformScanEngine().scan(request, new ScanListener() {
            @Override
            public synchronized void info(String message) {
                info.add(message);
            }

            @Override
            public synchronized void problem(Problem problem) {
                problems.add(problem);
            }

            @Override
            public synchronized void warning(String message) {
                warnings.add(message);
            }
        });
        StringWriter json = new StringWriter();
        new JsonReportRenderer().render(result, json);
        return new Run(json.toString(), result, info, warnings, problems);
    }

    private ScanRequest request() {
        return request(RuleLoader.builtIn(), 50);
    }

    private ScanRequest request(RuleCatalog rules, int minTokens) {
        return ScanRequest.defaults(root, repository.modules()).withRules(rules)
                .withParsing(ParseSettings.DEFAULTS.withMinTokens(minTokens))
                .withClustering(ClusterSettings.DEFAULTS.withScope(Scope.ALL))
                .withRun(RunSettings.DEFAULTS.withThreads(2));
    }

    private static ScanRequest withCache(ScanRequest request, Path directory) {
        return request.withParsing(request.parsing().withCacheDirectory(directory));
    }

    /** Scans with the cache and checks the report against a scan without it; returns the cached run. */
    private Run warmEqualsCold(ScanRequest request) throws Exception {
        Run cold = run(request);
        Run warm = run(withCache(request, cacheDirectory));
        assertThat(warm.json()).isEqualTo(cold.json());
        assertThat(warm.problems()).isEqualTo(cold.problems());
        assertThat(warm.warnings()).isEmpty();
        return warm;
    }

    private Path source(String module, String relative) {
        return root.resolve(module).resolve("src/main/java").resolve(relative);
    }

    @Test
    void theFirstScanWritesTheCacheAndTheSecondParsesNothing() throws Exception {
        Run first = warmEqualsCold(request());
        assertThat(first.info()).anyMatch(line -> line.contains("none yet"));
        assertThat(first.reused()).isZero();
        assertThat(first.parsed()).isEqualTo(7);
        assertThat(cacheDirectory.resolve(ParseCache.FILE_NAME)).isRegularFile();
        assertThat(Files.list(cacheDirectory)).as("no temporary file left").hasSize(1);

        Run second = warmEqualsCold(request());
        assertThat(second.reused()).isEqualTo(7);
        assertThat(second.parsed()).isZero();
        assertThat(second.info()).anyMatch(line -> line.contains("nothing to write"));
        assertThat(second.result().clusters()).isNotEmpty();
    }

    @Test
    void changedAddedDeletedAndRenamedFilesAreParsedAgainAndTheRestReused() throws Exception {
        warmEqualsCold(request());

        Path typeThree = source("services/notifications", "com/example/notifications/WebhookSender.java");
        Files.writeString(typeThree, Files.readString(typeThree).replace("attempt", "round"));
        Run changed = warmEqualsCold(request());
        assertThat(changed.parsed()).isEqualTo(1);
        assertThat(changed.reused()).isEqualTo(6);

        TestRepository.write(root.resolve("services/pricing/src/main/java"),
                TestRepository.resource("clones/TypeTwo.java").replace("package com.example.inventory.remote",
                        "package com.example.pricing.copy"));
        Run added = warmEqualsCold(request());
        assertThat(added.parsed()).isEqualTo(1);
        assertThat(added.reused()).isEqualTo(7);

        Files.delete(source("services/billing", "com/example/billing/OrderClient.java"));
        Run deleted = warmEqualsCold(request());
        assertThat(deleted.parsed()).isZero();
        assertThat(deleted.reused()).isEqualTo(7);
        assertThat(deleted.info()).as("the deleted file's entry is dropped").noneMatch(l -> l.contains("nothing to write"));

        Path original = source("services/orders", "com/example/orders/OrderClient.java");
        Files.move(original, original.resolveSibling("RenamedClient.java"));
        Run renamed = warmEqualsCold(request());
        assertThat(renamed.parsed()).isEqualTo(1);
        assertThat(renamed.reused()).isEqualTo(6);

        Run again = warmEqualsCold(request());
        assertThat(again.parsed()).isZero();
        assertThat(again.reused()).isEqualTo(7);
    }

    @Test
    void aChangedRuleOrThresholdRebuildsTheCache() throws Exception {
        Run before = warmEqualsCold(request());
        List<String> shown = before.result().modules().stream()
                .flatMap(module -> module.capabilities().keySet().stream()).distinct().sorted().toList();
        assertThat(shown).as("the fixtures show some capability").isNotEmpty();
        String capability = shown.get(0);

        RuleCatalog stricter = withRule(RuleLoader.builtIn(), capability, rule -> new CapabilityRule(rule.id(),
                rule.name(), rule.description(), 1000, rule.signals(), rule.source(), rule.componentModule(),
                rule.componentType()));
        Run changedRule = warmEqualsCold(request(stricter, 50));
        assertThat(changedRule.info()).anyMatch(line -> line.contains("another version or configuration"));
        assertThat(changedRule.reused()).isZero();
        assertThat(changedRule.json()).isNotEqualTo(before.json());
        assertThat(changedRule.result().modules()).flatExtracting(m -> m.capabilities().keySet()).doesNotContain(capability);

        RuleCatalog heavier = withRule(RuleLoader.builtIn(), capability, rule -> new CapabilityRule(rule.id(),
                rule.name(), rule.description(), rule.threshold(), rule.signals().stream()
                .map(s -> new dev.platformscan.rules.Signal(s.kind(), s.values(), s.weight() + 0.5, s.patterns())).toList(),
                rule.source(), rule.componentModule(), rule.componentType()));
        assertThat(warmEqualsCold(request(heavier, 50)).reused()).isZero();

        Run otherThreshold = warmEqualsCold(request(heavier, 40));
        assertThat(otherThreshold.reused()).isZero();
        assertThat(warmEqualsCold(request(heavier, 40)).reused()).isEqualTo(7);
    }

    @Test
    void switchingANoiseFilterOffRebuildsTheCache() throws Exception {
        warmEqualsCold(request());
        ScanRequest keepAccessors = request().withParsing(ParseSettings.DEFAULTS.withKeepNoise(
                java.util.Set.of(dev.platformscan.engine.parse.NoiseFilter.ACCESSORS)));
        assertThat(CacheKey.of(keepAccessors)).isNotEqualTo(CacheKey.of(request()));
        assertThat(warmEqualsCold(keepAccessors).reused()).isZero();
        ScanRequest includeBoilerplate = request().withParsing(ParseSettings.DEFAULTS.withIncludeBoilerplate(true));
        assertThat(warmEqualsCold(includeBoilerplate).reused()).isZero();
        assertThat(warmEqualsCold(includeBoilerplate).reused()).isEqualTo(7);
    }

    private static RuleCatalog withRule(RuleCatalog catalog, String id, UnaryOperator<CapabilityRule> change) {
        return new RuleCatalog(catalog.rules().stream().map(rule -> rule.id().equals(id) ? change.apply(rule) : rule)
                .toList());
    }

    @Test
    void whatOnlyLaterStagesUseKeepsTheCache() throws Exception {
        warmEqualsCold(request());
        ScanRequest otherSimilarity = ScanRequest.defaults(root, repository.modules())
                .withSources(new SourceSettings(true, List.of("**/pricing/**")))
                .withClustering(ClusterSettings.DEFAULTS.withMinSimilarity(0.9))
                .withRun(RunSettings.DEFAULTS.withThreads(1));
        Run run = warmEqualsCold(otherSimilarity);
        assertThat(run.parsed()).isZero();
        assertThat(CacheKey.of(otherSimilarity)).isEqualTo(CacheKey.of(request()));
        assertThat(CacheKey.of(request(RuleLoader.builtIn(), 50))).isEqualTo(CacheKey.of(request()))
                .startsWith("platform-scan ");
    }

    @Test
    void aFileWithASyntaxErrorIsCachedWithItsProblem() throws Exception {
        Path broken = source("services/pricing", "com/example/pricing/Broken.java");
        Files.writeString(broken, "package com.example.pricing;\n\nclass Broken {\n    void f( {\n    }\n}\n");
        Run first = warmEqualsCold(request());
        Run second = warmEqualsCold(request());
        assertThat(second.parsed()).isZero();
        assertThat(second.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("services/pricing/src/main/java/com/example/pricing/Broken.java");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("syntax error");
        });
        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(second.json()).contains("syntax error");
    }

    @Test
    void aFileTooLargeToParseIsNotReadNorCachedAndStillReported() throws Exception {
        Path huge = source("services/pricing", "com/example/pricing/Table.java");
        Files.writeString(huge, "package com.example.pricing;\nclass Table {\n" + "// padding\n".repeat(220_000) + "}\n");
        assertThat(Files.size(huge)).isGreaterThan(dev.platformscan.engine.parse.JavaSourceParser.MAX_SOURCE_BYTES);
        warmEqualsCold(request());
        Run second = warmEqualsCold(request());
        assertThat(second.parsed()).isEqualTo(1);
        assertThat(second.reused()).isEqualTo(7);
        assertThat(second.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).endsWith("Table.java");
            assertThat(problem.message()).contains("skipped unread");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"flipped byte", "flipped magic", "truncated", "garbage", "empty", "extended"})
    void aDamagedCacheIsOneWarningAndTheResultIsRight(String damage) throws Exception {
        Run cold = run(request());
        run(withCache(request(), cacheDirectory));
        Path file = cacheDirectory.resolve(ParseCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        switch (damage) {
            case "flipped byte" -> bytes[bytes.length / 2] ^= 0x10;
            case "flipped magic" -> bytes[1] ^= 0x01;
            case "truncated" -> bytes = Arrays.copyOf(bytes, bytes.length - 100);
            case "garbage" -> new Random(7).nextBytes(bytes);
            case "empty" -> bytes = new byte[0];
            case "extended" -> bytes = Arrays.copyOf(bytes, bytes.length + 3);
            default -> throw new IllegalArgumentException(damage);
        }
        Files.write(file, bytes);

        Run damaged = run(withCache(request(), cacheDirectory));
        assertThat(damaged.json()).isEqualTo(cold.json());
        assertThat(damaged.warnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains(file.toString()).contains("unreadable").contains("rebuilding"));
        assertThat(damaged.parsed()).isEqualTo(7);
        assertThat(damaged.problems()).isEqualTo(cold.problems());

        Run rebuilt = run(withCache(request(), cacheDirectory));
        assertThat(rebuilt.warnings()).isEmpty();
        assertThat(rebuilt.reused()).isEqualTo(7);
        assertThat(rebuilt.json()).isEqualTo(cold.json());
    }

    @Test
    void aDirectoryInPlaceOfTheCacheFileIsOneWarningAndLeftAlone() throws Exception {
        Run cold = run(request());
        Path inTheWay = Files.createDirectories(cacheDirectory.resolve(ParseCache.FILE_NAME));
        Files.writeString(inTheWay.resolve("keep.txt"), "not ours");
        Run run = run(withCache(request(), cacheDirectory));
        assertThat(run.json()).isEqualTo(cold.json());
        assertThat(run.warnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains(inTheWay.toString()).contains("a directory is in its place"));
        assertThat(inTheWay.resolve("keep.txt")).hasContent("not ours");
    }

    @Test
    void aCacheDirectoryThatCannotBeCreatedIsAWarning() throws Exception {
        Run cold = run(request());
        Path aFile = Files.writeString(cacheDirectory.resolve("file"), "x");
        Run run = run(withCache(request(), aFile.resolve("cache")));
        assertThat(run.json()).isEqualTo(cold.json());
        assertThat(run.warnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains("Cannot write the parse cache").contains(aFile.toString()));
    }

    @Test
    void classFilesTheParserReadsArePartOfTheKey() throws Exception {
        Path module = root.resolve("compiled");
        Path sources = module.resolve("src/main/java");
        Path source = sources.resolve("demo/Digests.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package demo;

                public class Digests {
                    public byte[] sha256(byte[] input) throws Exception {
                        var algorithm = Algorithms.sha256();
                        var copy = algorithm;
                        return copy.digest(input);
                    }
                }

                class Algorithms {
                    static java.security.MessageDigest sha256() throws Exception {
                        return java.security.MessageDigest.getInstance("SHA-256");
                    }
                }
                """);
        Path classes = Files.createDirectories(module.resolve("target/classes"));
        RuleCatalog digesting = new RuleCatalog(List.of(new RuleLoader().parse(new StringReader("""
                id: digesting
                name: Digesting
                threshold: 2
                signals:
                  - calls: MessageDigest.digest
                    weight: 2
                """), "digesting.yaml")));
        ScanRequest request = ScanRequest.defaults(root, List.of(new ModuleSource("g:compiled", "compiled", module, "jar",
                        List.of(sources), List.of(), "UTF-8", "17", classes)))
                .withParsing(ParseSettings.DEFAULTS.withMinLines(1).withMinTokens(1))
                .withClustering(ClusterSettings.DEFAULTS.withScope(Scope.ALL)).withRules(digesting)
                .withRun(RunSettings.DEFAULTS.withThreads(1));

        Run sourceOnly = warmEqualsCold(request);
        assertThat(capabilities(sourceOnly)).as("'var' hides the receiver's type").isEmpty();

        compile(source, classes);
        Run compiled = warmEqualsCold(request);
        assertThat(compiled.parsed()).as("a class file appeared").isEqualTo(1);
        assertThat(capabilities(compiled)).containsKey("digesting");

        Path classFile = classes.resolve("demo/Digests.class");
        byte[] sameBytes = Files.readAllBytes(classFile);
        compile(source, classes);
        Files.setLastModifiedTime(classFile, FileTime.fromMillis(Files.getLastModifiedTime(classFile).toMillis() + 5000));
        assertThat(classFile).hasBinaryContent(sameBytes);
        Run recompiled = warmEqualsCold(request);
        assertThat(recompiled.parsed()).as("same bytes, newer time").isZero();
        assertThat(recompiled.info()).as("the new time is remembered").noneMatch(l -> l.contains("nothing to write"));
        assertThat(warmEqualsCold(request).info()).anyMatch(l -> l.contains("nothing to write"));

        byte[] newer = sameBytes.clone();
        newer[6] = 0;
        newer[7] = (byte) 120; // class-file version 120: no bytecode facts any more
        Files.write(classFile, newer);
        Files.setLastModifiedTime(classFile, FileTime.fromMillis(Files.getLastModifiedTime(classFile).toMillis() + 10000));
        Run changedClass = warmEqualsCold(request);
        assertThat(changedClass.parsed()).isEqualTo(1);
        assertThat(capabilities(changedClass)).isEmpty();

        Files.delete(classFile);
        Run deletedClass = warmEqualsCold(request);
        assertThat(deletedClass.parsed()).isEqualTo(1);
        assertThat(capabilities(deletedClass)).isEmpty();
    }

    /**
     * A file read from its tokens whose own words cannot show a capability, scanned before its module was
     * compiled (no classes directory yet): the class files it looked for are part of its cache entry, so the
     * compiled class, whose calls name the owner the source hides, is seen by the next scan.
     */
    @Test
    void classFilesThatAppearAfterTheFirstScanAreSeen() throws Exception {
        Path module = root.resolve("late");
        Path sources = module.resolve("src/main/java");
        Path source = sources.resolve("demo/Hashes.java");
        Path helper = sources.resolve("demo/Algorithms.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package demo;

                public class Hashes {
                    public byte[] hash(byte[] input) throws Exception {
                        var algorithm = Algorithms.sha256();
                        return algorithm.digest(input);
                    }
                }
                """);
        Files.writeString(helper, """
                package demo;

                class Algorithms {
                    static java.security.MessageDigest sha256() throws Exception {
                        return java.security.MessageDigest.getInstance("SHA-256");
                    }
                }
                """);
        Path classes = module.resolve("target/classes"); // not there before the module is compiled
        RuleCatalog digesting = new RuleCatalog(List.of(new RuleLoader().parse(new StringReader("""
                id: digesting
                name: Digesting
                threshold: 2
                signals:
                  - calls: MessageDigest.digest
                    weight: 2
                """), "digesting.yaml")));
        ScanRequest request = ScanRequest.defaults(root, List.of(new ModuleSource("g:late", "late", module, "jar",
                        List.of(sources), List.of(), "UTF-8", "17", classes)))
                .withParsing(ParseSettings.DEFAULTS.withMinLines(1).withMinTokens(1))
                .withClustering(ClusterSettings.DEFAULTS.withScope(Scope.ALL)).withRules(digesting)
                .withRun(RunSettings.DEFAULTS.withThreads(1));

        Run before = warmEqualsCold(request);
        assertThat(capabilityCounts(before, "g:late")).as("the source alone hides MessageDigest").isEmpty();

        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "-d", classes.toString(),
                source.toString(), helper.toString());
        assertThat(status).isZero();
        Run after = warmEqualsCold(request);
        assertThat(after.parsed()).as("class files appeared for both files").isEqualTo(2);
        assertThat(capabilityCounts(after, "g:late")).containsKey("digesting");
    }

    private static java.util.Map<String, Integer> capabilityCounts(Run run, String module) {
        return run.result().modules().stream().filter(m -> m.id().equals(module)).findFirst()
                .map(ModuleSummary::capabilities).orElseThrow();
    }

    private static java.util.Map<String, Integer> capabilities(Run run) {
        return run.result().modules().stream().filter(m -> m.id().equals("g:compiled")).findFirst()
                .map(ModuleSummary::capabilities).orElseThrow();
    }

    private static void compile(Path source, Path classes) {
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "-d", classes.toString(),
                source.toString());
        assertThat(status).isZero();
    }

    @Test
    void withoutACacheDirectoryNothingIsWritten() throws Exception {
        Run run = run(request());
        assertThat(run.info()).noneMatch(line -> line.startsWith("Parse cache"));
        assertThat(cacheDirectory).isEmptyDirectory();
    }
}
