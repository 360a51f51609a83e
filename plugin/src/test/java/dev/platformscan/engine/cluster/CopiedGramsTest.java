package dev.platformscan.engine.cluster;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.fingerprint.GramFrequencies;
import dev.platformscan.engine.fingerprint.MinHashSketcher;
import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real code: this plugin's own sources, and a real method of them (a merge loop over two sorted arrays) copied into 80
 * classes, each copy edited on its own (one or two statements inserted at different places), so that the copies are
 * distinct units whose grams are as frequent as the code base's idioms.
 */
class CopiedGramsTest {

    private static final String ORIGINAL = """
                static double overlap(long[] left, long[] right) {
                    int shared = 0;
                    for (int i = 0, j = 0; i < left.length && j < right.length; ) {
                        if (left[i] == right[j]) {
                            shared++;
                            i++;
                            j++;
                        } else if (left[i] < right[j]) {
                            i++;
                        } else {
                            j++;
                        }
                    }
                    int union = left.length + right.length - shared;
                    return union == 0 ? 0 : (double) shared / union;
                }
            """;
    private static final String[] INSERTED = {
            "if (left == null) { throw new IllegalArgumentException(\"left\"); }",
            "System.out.println(\"comparing \" + left.length);",
            "long started = System.nanoTime();",
            "java.util.Objects.requireNonNull(right, \"right\");",
            "assert left.length >= 0 : \"negative\";",
    };
    private static final int COPIES = 80;

    @Test
    void gramsOfACodeCopiedManyTimesAreCopiedGramsAndTheCodeBasesIdiomsAreNot(@TempDir Path base) throws Exception {
        List<UnitGroup> groups = groups(base);
        MinHashSketcher sketcher = MinHashSketcher.standard();
        GramFrequencies frequencies = frequencies(groups, sketcher, "");
        int minUnits = COPIES / 2;
        CopiedGrams copied = find(groups, sketcher, frequencies, minUnits, 3);

        GramFrequencies outside = frequencies(groups, sketcher, ".Copy");
        // grams the copies made frequent: hardly anywhere else in the plugin
        long[] ofTheCopies = grams(groups, sketcher, ".Copy");
        long[] madeFrequent = Arrays.stream(ofTheCopies)
                .filter(gram -> frequencies.count(gram) > minUnits && outside.count(gram) <= minUnits / 4).toArray();
        assertThat(madeFrequent.length).as("the copies make their own grams frequent").isGreaterThanOrEqualTo(10);
        assertThat(Arrays.stream(madeFrequent).filter(copied::contains).count()).as("found copied")
                .isGreaterThanOrEqualTo(madeFrequent.length * 9L / 10);

        // the plugin's own idioms: grams in more than minUnits units outside the copies are not copied grams
        long[] elsewhere = gramsOutside(groups, sketcher, "Copy");
        long idioms = Arrays.stream(elsewhere).filter(gram -> outside.count(gram) > minUnits).count();
        long idiomsCopied = Arrays.stream(elsewhere).filter(gram -> outside.count(gram) > minUnits)
                .filter(copied::contains).count();
        assertThat(idioms).as("the plugin has idioms of its own").isGreaterThan(50);
        assertThat(idiomsCopied).as("idioms of unrelated code taken for copied grams").isLessThanOrEqualTo(idioms / 20);
        assertThat(copied.frequent()).isGreaterThanOrEqualTo((int) idioms);
    }

    @Test
    void theSameGramsWhateverTheThreads(@TempDir Path base) throws Exception {
        List<UnitGroup> groups = groups(base);
        MinHashSketcher sketcher = MinHashSketcher.standard();
        GramFrequencies frequencies = frequencies(groups, sketcher, "");
        CopiedGrams one = find(groups, sketcher, frequencies, COPIES / 2, 1);
        CopiedGrams four = find(groups, sketcher, frequencies, COPIES / 2, 4);
        assertThat(one.size()).isPositive().isEqualTo(four.size());
        long[] all = grams(groups, sketcher, "");
        for (long gram : all) {
            assertThat(one.contains(gram)).isEqualTo(four.contains(gram));
        }
    }

    /** In how many searchable groups each gram occurs, leaving out the groups whose symbol contains the text (if any). */
    private static GramFrequencies frequencies(List<UnitGroup> groups, MinHashSketcher sketcher, String leftOut) {
        GramFrequencies frequencies = new GramFrequencies();
        for (UnitGroup group : groups) {
            if (group.searchable() && (leftOut.isEmpty() || !group.representative().unit().symbol().contains(leftOut))) {
                frequencies.addUnit(sketcher.distinctGrams(CandidateIndex.codes(group)));
            }
        }
        return frequencies;
    }

    private static CopiedGrams find(List<UnitGroup> groups, MinHashSketcher sketcher, GramFrequencies frequencies,
                                    int minUnits, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return CopiedGrams.find(groups, sketcher, frequencies, minUnits, pool, threads);
        } finally {
            pool.shutdown();
        }
    }

    /** The distinct grams of the groups whose symbol contains the text. */
    private static long[] grams(List<UnitGroup> groups, MinHashSketcher sketcher, String symbolPart) {
        return groups.stream().filter(UnitGroup::searchable)
                .filter(group -> group.representative().unit().symbol().contains(symbolPart))
                .flatMapToLong(group -> Arrays.stream(sketcher.distinctGrams(CandidateIndex.codes(group))))
                .distinct().sorted().toArray();
    }

    private static long[] gramsOutside(List<UnitGroup> groups, MinHashSketcher sketcher, String symbolPart) {
        return groups.stream().filter(UnitGroup::searchable)
                .filter(group -> !group.representative().unit().symbol().contains("." + symbolPart))
                .flatMapToLong(group -> Arrays.stream(sketcher.distinctGrams(CandidateIndex.codes(group))))
                .distinct().sorted().toArray();
    }

    private static List<UnitGroup> groups(Path base) throws Exception {
        Path copies = base.resolve("copies/src/main/java/copies");
        Files.createDirectories(copies);
        String[] lines = ORIGINAL.split("\n");
        for (int c = 0; c < COPIES; c++) {
            List<String> body = new ArrayList<>(List.of(lines));
            // one or two statements from the list, after a line of the body chosen by the copy's number
            body.add(2 + c % 10, "        " + INSERTED[c % INSERTED.length]);
            if (c % 3 == 0) {
                body.add(2 + (c / 3) % 12, "        " + INSERTED[(c / 5) % INSERTED.length]);
            }
            Files.writeString(copies.resolve("Copy" + c + ".java"), "package copies;\n\nclass Copy" + c + " {\n"
                    + String.join("\n", body) + "\n}\n", StandardCharsets.UTF_8);
        }
        Path plugin = Path.of("src/main/java").toAbsolutePath();
        ModuleSource own = new ModuleSource("dev.platformscan:plugin", "plugin", plugin.getParent().getParent().getParent(),
                "jar", List.of(plugin, Path.of("src/test/java").toAbsolutePath()), List.of(), "UTF-8", "17");
        ModuleSource copied = new ModuleSource("example:copies", "copies", base.resolve("copies"), "jar",
                List.of(base.resolve("copies/src/main/java")), List.of(), "UTF-8", "17");
        ScanRequest request = ScanRequest.defaults(base, List.of(own, copied));
        return CloneClusterer.exactGroups(CloneClusterer.index(
                new PlatformScanEngine().analysedFiles(request, ScanListener.SILENT)), null);
    }
}
