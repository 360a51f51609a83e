package dev.platformscan.engine.score;

import dev.platformscan.engine.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScanHistoryFileTest {
    @TempDir
    Path dir;

    @Test
    void appendedEntriesReadBackInOrder() throws Exception {
        Path file = dir.resolve("history/platform-history.jsonl");
        ScanHistoryFile.append(file, new ScanHistory.Entry("2026-01-05", "abc", 1000, 300, 0.3,
                Map.of("capability:token-jwt", 200), Map.of("caching", 0.667)));
        ScanHistoryFile.append(file, new ScanHistory.Entry("2026-03-05", null, 1100, 150, 0.1364, Map.of()));

        List<Problem> problems = new ArrayList<>();
        ScanHistory history = ScanHistoryFile.read(file, "history/platform-history.jsonl", problems);

        assertThat(problems).isEmpty();
        assertThat(history.entries()).extracting(ScanHistory.Entry::date).containsExactly("2026-01-05", "2026-03-05");
        assertThat(history.entries().get(0).opportunities()).containsEntry("capability:token-jwt", 200);
        assertThat(history.entries().get(0).adoption()).containsExactly(Map.entry("caching", 0.667));
        assertThat(history.entries().get(1).commit()).isNull();
        assertThat(history.entries().get(1).adoption()).as("an entry without adoption").isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void brokenLinesAreReportedWithTheirLineAndSkipped() throws Exception {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, "{\"date\":\"2026-01-05\",\"linesOfCode\":10,\"duplicatedLines\":2}\n"
                + "{not json\n\n[1,2]\n"
                + "{\"date\":\"2026-02-05\",\"linesOfCode\":10,\"duplicatedLines\":1}");
        List<Problem> problems = new ArrayList<>();

        ScanHistory history = ScanHistoryFile.read(file, "history.jsonl", problems);

        assertThat(history.entries()).extracting(ScanHistory.Entry::duplicatedLines).containsExactly(2, 1);
        assertThat(problems).extracting(Problem::line).containsExactly(2, 4);
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("history.jsonl"));

        ScanHistoryFile.append(file, new ScanHistory.Entry("2026-03-05", null, 10, 0, 0, Map.of()));
        assertThat(Files.readAllLines(file).get(5)).startsWith("{\"date\":\"2026-03-05\"");
    }

    @Test
    void aMissingFileIsAnEmptyHistory() {
        List<Problem> problems = new ArrayList<>();
        assertThat(ScanHistoryFile.read(dir.resolve("none.jsonl"), "none.jsonl", problems).entries()).isEmpty();
        assertThat(problems).isEmpty();
    }
}
