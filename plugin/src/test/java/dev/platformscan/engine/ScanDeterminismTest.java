package dev.platformscan.engine;

import dev.platformscan.engine.report.ReportFormats;
import dev.platformscan.engine.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, determinism: over a repository holding every hostile case, report.json and report.sarif are
 * byte-identical across repeated runs and engine thread counts 1, 2 and 4, and the scan writes nothing
 * inside the scanned tree.
 */
class ScanDeterminismTest {

    @TempDir
    Path work;

    @Test
    void reportsAreByteIdenticalAcrossRunsAndThreadCountsAndTheTreeIsLeftAsItWas() throws Exception {
        HostileCorpus corpus = new HostileCorpus(work.resolve("repo"));
        corpus.prepareRun();
        Map<String, String> before = snapshot(corpus.repository.root());

        byte[] firstJson = null;
        byte[] firstSarif = null;
        int run = 0;
        for (int threads : new int[] {1, 2, 4, 1, 4}) {
            ScanResult result = corpus.scan(threads, ScanListener.SILENT);
            Path out = work.resolve("out-" + run++ + "-threads-" + threads);
            new ReportWriter().write(result, ReportFormats.select(List.of("json", "sarif")), out);
            byte[] json = Files.readAllBytes(out.resolve("report.json"));
            byte[] sarif = Files.readAllBytes(out.resolve("report.sarif"));
            if (firstJson == null) {
                firstJson = json;
                firstSarif = sarif;
                ReportChecks.assertValidReportJson(out.resolve("report.json"));
                ReportChecks.assertValidSarif(out.resolve("report.sarif"));
                assertThat(result.problems()).as("the hostile cases are in this repository").hasSizeGreaterThan(20);
                HostileRepository.assertPlantedPairFound(result);
            } else {
                assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).as("report.json with %d threads", threads)
                        .isEqualTo(new String(firstJson, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(sarif).as("report.sarif with %d threads", threads).isEqualTo(firstSarif);
            }
            corpus.prepareRun();
            assertThat(snapshot(corpus.repository.root())).as("the scanned tree after run %d", run)
                    .containsExactlyEntriesOf(before);
        }
        assertThat(new String(firstJson, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(work.toString()).doesNotContain("\r\n");
    }

    /**
     * Every entry under the root (links not followed): type, size, modification time, link target. The
     * vanishing-file case is left out: the test itself deletes and restores it around each run.
     */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (root.relativize(dir).toString().equals("fs/vanishing")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                entries.put(root.relativize(dir) + "/", "dir " + attrs.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String kind = attrs.isSymbolicLink() ? "link -> " + Files.readSymbolicLink(file)
                        : attrs.isRegularFile() ? "file" : "other";
                entries.put(root.relativize(file).toString(), kind + " " + attrs.size() + " bytes "
                        + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                entries.put(root.relativize(file).toString(), "unreadable");
                return FileVisitResult.CONTINUE;
            }
        });
        return entries;
    }
}
