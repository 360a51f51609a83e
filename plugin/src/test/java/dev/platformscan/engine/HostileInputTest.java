package dev.platformscan.engine;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static dev.platformscan.engine.HostileRepository.assertPlantedPairFound;
import static dev.platformscan.engine.HostileRepository.problemsFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, bad and odd input: every case of {@link HostileCorpus} in one repository, scanned once by the
 * real engine. Each case gives at most one clear problem naming its file (and line where there is one)
 * and what to do, the scan goes on, and nothing next to it is lost. The table is docs/hostile-input.md.
 */
class HostileInputTest {

    @TempDir
    static Path root;

    static HostileCorpus corpus;
    static ScanResult result;
    static final List<Problem> reported = Collections.synchronizedList(new ArrayList<>());
    static long scanMillis;

    @BeforeAll
    static void scanEveryCase() throws Exception {
        corpus = new HostileCorpus(root);
        long started = System.nanoTime();
        result = corpus.scan(2, new ScanListener() {
            @Override
            public void info(String message) {
            }

            @Override
            public void problem(Problem problem) {
                reported.add(problem);
            }
        });
        scanMillis = (System.nanoTime() - started) / 1_000_000;
    }

    private static Problem onlyProblem(HostileRepository.Module module, String file) {
        List<Problem> problems = problemsFor(result, module.relative(file));
        assertThat(problems).as("problems for %s in %s", file, result.problems().stream()
                .filter(p -> p.file().startsWith(root.relativize(module.base()) + "/")).toList()).hasSize(1);
        return problems.get(0);
    }

    private static void noProblemUnder(HostileRepository.Module module) {
        assertThat(result.problems()).as("problems of %s", module.id())
                .noneMatch(p -> p.file() != null && p.file().startsWith(root.relativize(module.base()) + "/"));
    }

    private static List<String> symbolsOf(HostileRepository.Module module) {
        return result.clusters().stream().flatMap(c -> c.members().stream())
                .filter(m -> m.module().equals(module.id())).map(ClusterMember::symbol).toList();
    }

    private static Optional<ModuleSummary> summary(HostileRepository.Module module) {
        return result.modules().stream().filter(m -> m.id().equals(module.id())).findFirst();
    }

    @Test
    void thePlantedPairAndItsCopiesInHostileModulesAreAllFound() {
        assertPlantedPairFound(result);
        for (String copy : HostileCorpus.PLANTED_COPIES) {
            assertThat(PlatformScanEngineTest.clusterWith(result, HostileRepository.PLANTED_ORDERS, copy))
                    .as("copy %s", copy).isPresent();
        }
    }

    @Test
    void everyProblemNamesAFileAndIsReportedOnceToTheListener() {
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isNotBlank();
            assertThat(problem.message()).isNotBlank();
        });
        assertThat(result.problems()).doesNotHaveDuplicates();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(result.problems());
    }

    @Test
    void noProblemTextHoldsControlCharactersThatCouldRewriteAConsoleLine() {
        assertThat(result.problems()).allSatisfy(problem ->
                assertThat(problem.describe()).doesNotContainPattern("[\\p{Cc}\\u202a-\\u202e\\u2066-\\u2069]"));
    }

    @Test
    void aSyntaxErrorIsOneProblemWithItsLine() {
        Problem problem = onlyProblem(corpus.syntax, "com/example/broken/SyntaxError.java");
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message()).startsWith("syntax error").contains("skipped");
    }

    @Test
    void java21SyntaxParsesAtLevel21() {
        noProblemUnder(corpus.java21);
        assertThat(summary(corpus.java21)).get().satisfies(m -> assertThat(m.units()).isPositive());
    }

    @Test
    void java21SyntaxAtLevel8IsReadNotThrownAway() {
        // the grammar follows the level, JavaParser's semantic language checks are off (JavaSourceParser.configuration):
        // records, sealed types and pattern switches declared at 1.8 are analysed, not lost
        noProblemUnder(corpus.java8);
        assertThat(summary(corpus.java8)).get().satisfies(m -> assertThat(m.units()).isPositive());
    }

    @Test
    void moduleInfoAndPackageInfoGiveNoProblemAndNoUnitsAtAnyLevel() {
        noProblemUnder(corpus.modular8);
        noProblemUnder(corpus.modular21);
        assertThat(summary(corpus.modular8)).get().satisfies(m -> {
            assertThat(m.files()).isEqualTo(3);
            assertThat(m.units()).isZero();
        });
    }

    @Test
    void declaredEncodingsBomsAndLineEndsReadEveryCopyExactly() {
        CloneCluster european = result.clusters().stream()
                .filter(c -> c.members().stream().anyMatch(m -> m.symbol().startsWith("com.example.greeting.Greeter")))
                .findFirst().orElseThrow(() -> new AssertionError("no Greeter cluster: " + result.clusters()));
        assertThat(european.modules()).containsAll(corpus.europeanCopies.stream()
                .map(HostileRepository.Module::id).toList());
        assertThat(european.cloneType()).as("identical tokens in every encoding: %s", european).isEqualTo(CloneType.T1);

        CloneCluster japanese = result.clusters().stream()
                .filter(c -> c.members().stream().anyMatch(m -> m.symbol().startsWith("com.example.aisatsu.Aisatsu")))
                .findFirst().orElseThrow(() -> new AssertionError("no Aisatsu cluster: " + result.clusters()));
        assertThat(japanese.modules()).containsAll(corpus.japaneseCopies.stream().map(HostileRepository.Module::id).toList());
        assertThat(japanese.cloneType()).isEqualTo(CloneType.T1);
        for (HostileRepository.Module module : corpus.europeanCopies) {
            if (module != corpus.utf16Undeclared) {
                noProblemUnder(module);
            }
        }
        corpus.japaneseCopies.forEach(HostileInputTest::noProblemUnder);
    }

    @Test
    void aUtf16FileInAUtf8ModuleIsReadByItsByteOrderMarkWithOneWarning() {
        Problem problem = onlyProblem(corpus.utf16Undeclared, "com/example/greeting/Greeter.java");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).contains("UTF-16LE").contains("byte-order mark").contains("UTF-8");
    }

    @Test
    void bytesInvalidInTheDeclaredEncodingAreOneProblemWithTheirLine() {
        Problem unparsable = onlyProblem(corpus.misdeclared, "com/example/greeting/Greeter.java");
        assertThat(unparsable.line()).isEqualTo(5);
        assertThat(unparsable.message()).contains("not valid UTF-8").contains("sourceEncoding").contains("skipped");
        Problem inComment = onlyProblem(corpus.misdeclared, "com/example/misdeclared/OrderClient.java");
        assertThat(inComment.line()).isEqualTo(10);
        assertThat(inComment.message()).contains("not valid UTF-8").contains("sourceEncoding").doesNotContain("skipped");
    }

    @Test
    void aTwentyMegabyteFileIsSkippedUnreadWithOneProblem() {
        Problem problem = onlyProblem(corpus.huge, "com/example/huge/Tables.java");
        assertThat(problem.message()).contains("20.0 MB").contains("skipped").contains("platform.excludes");
        assertThat(scanMillis).as("the whole hostile scan, in ms").isLessThan(120_000);
    }

    @Test
    void nestingFiveThousandDeepIsAProblemNamingTheFileNotAStackOverflow() {
        for (String file : List.of("com/example/deep/Parens.java", "com/example/deep/Blocks.java")) {
            Problem problem = onlyProblem(corpus.deep, file);
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).contains("nested").contains("skipped");
        }
        assertThat(problemsFor(result, corpus.deep.relative("com/example/deep/Chain.java"))).isEmpty();
        assertThat(summary(corpus.deep)).get().satisfies(m -> assertThat(m.units()).isPositive());
    }

    @Test
    void oddModulesAreOneProblemEachOnTheirPomButAnAggregatorIsNone() {
        for (HostileRepository.Module module : List.of(corpus.empty, corpus.noSources, corpus.resourcesOnly)) {
            List<Problem> problems = problemsFor(result, root.relativize(module.base()) + "/pom.xml");
            assertThat(problems).as(module.id()).hasSize(1);
        }
        // pom packaging without sources is every multi-module build's parent: counted in the log, not a problem
        assertThat(problemsFor(result, root.relativize(corpus.aggregator.base()) + "/pom.xml")).isEmpty();
    }

    @Test
    void aModuleWithOnlyClassesOfAnotherJvmLanguageIsReadFromItsBytecode() {
        List<Problem> problems = problemsFor(result, root.relativize(corpus.kotlinOnly.base()) + "/pom.xml");
        assertThat(problems).singleElement().extracting(Problem::message).asString()
                .contains("no .java files").contains("compiled classes").doesNotContain("contributes no code");
        assertThat(summary(corpus.kotlinOnly)).get().satisfies(m -> {
            assertThat(m.units()).isPositive();
            assertThat(m.capabilities()).containsKey("password-hashing");
        });
    }

    @Test
    void classFilesNewerThanAsmAreOneWarningPerModuleAndTheSourcesCount() {
        String classes = root.relativize(corpus.newerClasses.classes()).toString();
        List<Problem> problems = result.problems().stream().filter(p -> p.file().startsWith("classes/newer/")).toList();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(classes);
            assertThat(problem.message()).contains("version " + HostileCorpus.FUTURE_CLASS_VERSION)
                    .contains("Java " + (HostileCorpus.FUTURE_CLASS_VERSION - 44)).contains("sources only");
        });
        assertThat(symbolsOf(corpus.newerClasses)).isNotEmpty();
    }

    @Test
    void aNewerKotlinModuleIsNotSilentlyDropped() {
        List<Problem> problems = result.problems().stream()
                .filter(p -> p.file().startsWith("odd-modules/kotlin-newer/")).toList();
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("version " + HostileCorpus.FUTURE_CLASS_VERSION));
    }

    @Test
    void truncatedAndGarbageClassFilesAreOneWarningAndTheSourceCounts() {
        List<Problem> problems = result.problems().stream().filter(p -> p.file().startsWith("classes/garbage/")).toList();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(root.relativize(corpus.garbageClasses.classes()).toString());
            assertThat(problem.message()).contains("3 class files").contains("not valid").doesNotContain("newer");
        });
        assertThat(symbolsOf(corpus.garbageClasses)).isNotEmpty();
    }

    @Test
    void unreadableFilesAreAProblemOrReadWhenThisUserCanReadThem() {
        String locked = corpus.unreadable.relative("com/example/locked/Locked.java");
        String hidden = corpus.unreadable.relative("com/example/locked/sealed");
        if (corpus.readsLockedFiles) {
            // running as root: mode 000 does not stop reading, so the files are simply read
            noProblemUnder(corpus.unreadable);
            assertThat(summary(corpus.unreadable)).get().satisfies(m -> assertThat(m.files()).isEqualTo(2));
        } else {
            assertThat(problemsFor(result, locked)).singleElement().extracting(Problem::message).asString()
                    .contains("cannot read").contains("permissions");
            assertThat(problemsFor(result, hidden)).singleElement().extracting(Problem::message).asString()
                    .contains("cannot read").contains("permissions");
        }
    }

    @Test
    void aSymbolicallyLinkedSourceRootIsRead() {
        assertThat(symbolsOf(corpus.linkedRoot)).contains("com.example.linked.OrderClient");
        noProblemUnder(corpus.linkedRoot);
    }

    @Test
    void symbolicLinkLoopsEndTheWalkWithAProblemAndAliasesCountOnce() {
        assertThat(summary(corpus.loops)).get().satisfies(m -> assertThat(m.files()).isEqualTo(1));
        List<Problem> problems = result.problems().stream().filter(p -> p.file().startsWith("fs/loops/")).toList();
        assertThat(problems).extracting(Problem::file).containsExactlyInAnyOrder(
                corpus.loops.relative("com/example/loops/Dangling.java"),
                corpus.loops.relative("com/example/loops/again"),
                corpus.loops.relative("com/example/loops/self"));
        assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("loop"))
                .anySatisfy(m -> assertThat(m).contains("broken symbolic link"));
    }

    @Test
    void aFileThatVanishesBetweenListingAndReadingIsOneProblem() {
        Problem problem = onlyProblem(corpus.vanishing, "com/example/vanishing/Gone.java");
        assertThat(problem.message()).contains("disappeared").doesNotContain(root.toString());
    }

    @Test
    void aFifoNamedLikeASourceIsNotReadAndDoesNotHang() {
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus.fifoCreated, "mkfifo is not available here");
        Problem problem = onlyProblem(corpus.fifo, "com/example/fifo/Pipe.java");
        assertThat(problem.message()).contains("not a regular file");
        assertThat(summary(corpus.fifo)).get().satisfies(m -> assertThat(m.files()).isEqualTo(1));
    }

    @Test
    void oddFileNamesAreReadAndReportedVerbatimButPrintedSafely() throws Exception {
        assertThat(symbolsOf(corpus.oddNames)).contains("com.example.odd.OrderClient");
        assertThat(result.clusters()).flatExtracting(CloneCluster::members).extracting(ClusterMember::file)
                .contains(corpus.oddNames.relative(HostileCorpus.ODD_NAME));
        java.io.StringWriter sarif = new java.io.StringWriter();
        new dev.platformscan.engine.report.sarif.SarifReportRenderer().render(result, sarif);
        assertThat(sarif.toString()).contains("\"fs/odd-names/src/main/java/com/example/odd/"
                + "Order%20Client%20%231%20%2520%20%5B%C3%A9%5D.java\"");
        Problem evil = onlyProblem(corpus.oddNames, HostileCorpus.EVIL_NAME);
        assertThat(evil.line()).isEqualTo(4);
        assertThat(evil.describe()).contains("Evil\\u001b[2J\\rName\\u202e.java:4: syntax error");
    }

    /** Java identifiers may hold ESC ("identifier-ignorable"): ESC c resets a terminal when printed. */
    @Test
    void symbolsWithControlCharactersArePrintedEscapedInTheConsoleSummary(@TempDir Path other) throws Exception {
        String evil = "Order\u001bcClient";
        HostileRepository repository = new HostileRepository(other);
        repository.module("evil/a").java("com/example/evil/Copy.java",
                HostileCorpus.plantedCopy("evil").replace("class OrderClient", "class " + evil));
        repository.module("evil/b").java("com/example/evil/Copy.java",
                HostileCorpus.plantedCopy("evil").replace("class OrderClient", "class " + evil));
        ScanResult scanned = repository.scan(1, ScanListener.SILENT);
        assertThat(scanned.clusters()).flatExtracting(CloneCluster::members).extracting(ClusterMember::symbol)
                .anyMatch(symbol -> symbol.contains(evil));
        List<String> lines = dev.platformscan.engine.report.ConsoleSummary.lines(scanned, List.of());
        assertThat(lines).anyMatch(line -> line.contains("Order\\u001bcClient"))
                .noneMatch(line -> line.chars().anyMatch(Character::isISOControl));
    }

    @Test
    void emptyBomOnlyBlankAndCtrlZTerminatedFilesAreFine() {
        noProblemUnder(corpus.tiny);
        assertThat(summary(corpus.tiny)).get().satisfies(m -> assertThat(m.files()).isEqualTo(4));
    }
}
