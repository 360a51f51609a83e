package dev.platformscan.engine.report;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.report.json.JsonReportRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A renderer that fails midway leaves the previous report as it was and no temporary file behind. */
class ReportWriterTest {

    @TempDir
    Path root;

    private ScanResult result;
    private Path out;

    @BeforeEach
    void scanOnce() throws Exception {
        result = new TestRepository(root.resolve("repo")).module("a", "clones/Original.java")
                .module("b", "clones/TypeOne.java").scan();
        out = root.resolve("out");
    }

    /** Writes a large part of a report, then fails with the given throwable. */
    private static ReportRenderer failingAfterPart(String fileName, Throwable failure) {
        return new ReportRenderer() {
            @Override
            public String id() {
                return "failing";
            }

            @Override
            public String defaultFileName() {
                return fileName;
            }

            @Override
            public void render(ScanResult result, Writer writer) throws IOException {
                writer.write("{\n  \"schemaVersion\" : 1,\n  \"clusters\" : [");
                for (int i = 0; i < 200_000; i++) {
                    writer.write(" {\"half\": " + i + "},");
                }
                writer.flush();
                if (failure instanceof IOException io) {
                    throw io;
                }
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) failure;
            }
        };
    }

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theWholeReportIsMovedIntoPlace() throws Exception {
        List<Path> written = new ReportWriter().write(result, ReportFormats.select(List.of("json", "sarif")), out);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("report.json", "report.sarif");
        assertThat(filesIn(out)).containsExactly("report.json", "report.sarif");
    }

    @Test
    void aRendererThatThrowsMidwayLeavesThePreviousReportIntactAndNoTemporaryFile() throws Exception {
        new ReportWriter().write(result, List.of(new JsonReportRenderer()), out);
        byte[] previous = Files.readAllBytes(out.resolve("report.json"));

        for (Throwable failure : List.of(new IOException("disk full"), new IllegalStateException("renderer bug"),
                new StackOverflowError())) {
            assertThatThrownBy(() -> new ReportWriter().write(result,
                    List.of(failingAfterPart("report.json", failure)), out)).isSameAs(failure);
            assertThat(Files.readAllBytes(out.resolve("report.json"))).as("after %s", failure).isEqualTo(previous);
            assertThat(filesIn(out)).as("after %s", failure).containsExactly("report.json");
        }
    }

    @Test
    void whenTheSecondFormatFailsTheFirstIsCompleteAndTheSecondKeepsItsPreviousVersion() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.sarif"), "previous sarif\n");
        assertThatThrownBy(() -> new ReportWriter().write(result, List.of(new JsonReportRenderer(),
                failingAfterPart("report.sarif", new IOException("disk full"))), out)).hasMessage("disk full");
        assertThat(Files.readString(out.resolve("report.sarif"))).isEqualTo("previous sarif\n");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("report.json").toFile())
                .path("schemaVersion").asInt()).isEqualTo(JsonReportRenderer.SCHEMA_VERSION);
        assertThat(filesIn(out)).containsExactly("report.json", "report.sarif");
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAnIoException() throws Exception {
        Files.writeString(out, "not a directory");
        assertThatThrownBy(() -> new ReportWriter().write(result, List.of(new JsonReportRenderer()), out))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(out)).isEqualTo("not a directory");
    }
}
