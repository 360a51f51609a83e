package dev.platformscan.engine.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, baseline files that are broken, empty, huge, binary or of another schema: each is one
 * IOException whose message names the file (and the line where there is one) and says to write the
 * baseline again; nothing else escapes (the check goal prints the message, not a stack trace).
 */
class HostileBaselineFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String rejected(Path file) {
        long started = System.nanoTime();
        try {
            Baseline.read(file);
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith(file.toString().replace('\\', '/'))
                    .contains("mvn platform:baseline").doesNotContain("\n");
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms to reject").isLessThan(20_000);
            return e.getMessage().substring(file.toString().length());
        } catch (Throwable e) {
            throw new AssertionError("not an IOException for " + file.getFileName() + ": " + e, e);
        }
        throw new AssertionError("accepted " + file.getFileName());
    }

    @Test
    void brokenJsonNamesItsLine() throws Exception {
        assertThat(rejected(write("truncated.json", "{\n  \"schemaVersion\": 1,\n  \"clusters\": [\n    {\"id\": \"C1\",\n")))
                .startsWith(":5: not valid JSON");
        assertThat(rejected(write("comma.json", "{\n  \"schemaVersion\": 1,,\n  \"clusters\": []\n}\n")))
                .startsWith(":2: not valid JSON");
        assertThat(rejected(write("trailing.json", "{\"schemaVersion\": 1, \"clusters\": []}\n}\n")))
                .startsWith(":2: ");
        assertThat(rejected(write("deep-array.json", "[".repeat(100_000)))).contains("expected a JSON object");
        assertThat(rejected(write("deep.json", "{\"schemaVersion\": 1, \"clusters\": [" + "[".repeat(100_000)
                + "]".repeat(100_000) + "]}"))).contains("not valid JSON").contains("nesting depth");
    }

    @Test
    void emptyAndBlankFilesAreEmpty() throws Exception {
        assertThat(rejected(write("empty.json", ""))).startsWith(": empty file");
        assertThat(rejected(write("blank.json", " \n\t\r\n"))).startsWith(": empty file");
    }

    @Test
    void aHugeFileIsNotRead() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: 3 GB, more than a Java array can hold
        }
        assertThat(rejected(huge)).startsWith(": 3072 MB, larger than a baseline can be");
    }

    @Test
    void aLargeValidBaselineStillReads() throws Exception {
        StringBuilder text = new StringBuilder("{\"schemaVersion\": 1, \"clusters\": [\n");
        for (int i = 0; text.length() < (8 << 20); i++) {
            text.append(i == 0 ? "" : ",\n").append("{\"id\": \"C").append(i)
                    .append("\", \"capability\": null, \"members\": [\"g:a|x.A#m").append(i).append("()\", \"g:b|y.B#m")
                    .append(i).append("()\"]}");
        }
        Baseline baseline = Baseline.read(write("large.json", text.append("\n]}\n").toString()));
        assertThat(baseline.clusters().size()).isGreaterThan(50_000);
    }

    @Test
    void binaryFilesAreNotUtf8Text() throws Exception {
        byte[] random = new byte[4096];
        new Random(8).nextBytes(random);
        assertThat(rejected(write("random.json", random))).contains("not UTF-8 text");
        byte[] latin1 = "{\n\"schemaVersion\": 1,\n\"clusters\": [{\"id\": \"C1\", \"members\": [\"g:a|Gr\u00fc\u00dfe#m()\"]}]}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rejected(write("latin1.json", latin1))).startsWith(":3: not UTF-8 text");
        byte[] nul = "{\"schemaVersion\": 1, \"clusters\": [\u0000]}".getBytes(StandardCharsets.UTF_8);
        assertThat(rejected(write("nul.json", nul))).contains("not valid JSON");
    }

    @Test
    void jsonOfAnotherShapeIsNotABaseline() throws Exception {
        assertThat(rejected(write("array.json", "[{\"schemaVersion\": 1}]"))).startsWith(":1: not a platform-scan baseline");
        assertThat(rejected(write("sarif.json", "{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", "
                + "\"version\": \"2.1.0\", \"runs\": []}"))).contains("found no schemaVersion");
        assertThat(rejected(write("future.json", "{\"schemaVersion\": 2, \"clusters\": []}"))).contains("found schemaVersion 2");
        assertThat(rejected(write("text-version.json", "{\"schemaVersion\": \"1\", \"clusters\": []}")))
                .contains("schemaVersion that is not a number");
        assertThat(rejected(write("no-clusters.json", "{\"schemaVersion\": 1, \"clusters\": {}}"))).contains("no clusters array");
        assertThat(rejected(write("no-id.json", "{\"schemaVersion\": 1, \"clusters\": [\n\n{\"members\": []}]}")))
                .startsWith(":3: clusters[0] needs an id");
        assertThat(rejected(write("number-member.json", "{\"schemaVersion\": 1, \"clusters\": [{\"id\": \"C\", \"members\": [3]}]}")))
                .contains("members[0] is number, not a 'module|symbol' text");
    }

    /** report.json also has schemaVersion 1 and clusters with ids and members: it used to read as a baseline. */
    @Test
    void aReportJsonGivenAsTheBaselineIsRejected() throws Exception {
        String report = """
                {
                  "schemaVersion" : 1,
                  "tool" : { "name" : "platform-scan", "version" : "0.1.0" },
                  "clusters" : [ {
                    "id" : "Cd9243821c1c9",
                    "cloneType" : "T3",
                    "members" : [ { "module" : "com.acme:orders", "file" : "orders/src/main/java/A.java", "symbol" : "A" } ]
                  } ],
                  "problems" : [ ]
                }
                """;
        assertThat(rejected(write("report.json", report))).startsWith(":4: clusters[0].members[0] is object")
                .contains("is this a report.json?");
    }

    @Test
    void aByteOrderMarkIsFine() throws Exception {
        Baseline baseline = Baseline.read(write("bom.json",
                "\uFEFF{\"schemaVersion\": 1, \"clusters\": [{\"id\": \"C\", \"members\": [\"g:a|A#m()\"]}]}\r\n"));
        assertThat(baseline.acceptedCopies()).containsExactly("g:a|A#m()");
    }
}
