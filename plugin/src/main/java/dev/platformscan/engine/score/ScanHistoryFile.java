package dev.platformscan.engine.score;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanResult;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scan history file ({@code platform.history}): JSON lines, one per recorded scan, oldest first,
 * small enough to commit. Each line: {@code {"date":"2026-11-23","commit":"…","linesOfCode":…,
 * "duplicatedLines":…,"duplicationRatio":…,"opportunities":{"capability:token-jwt":410,…}}}.
 * A broken line is reported with its line number and skipped; the rest still counts.
 */
public final class ScanHistoryFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 50L << 20;

    private ScanHistoryFile() {
    }

    /** Earlier scans; problems for lines that cannot be read. A missing file is an empty history. */
    public static ScanHistory read(Path file, String displayName, List<Problem> problems) {
        if (file == null || !Files.isRegularFile(file)) {
            return ScanHistory.EMPTY;
        }
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(new Problem(displayName, 0, "history file larger than 50 MB; is it really a platform-scan "
                        + "history? It is ignored"));
                return ScanHistory.EMPTY;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(displayName, 0, "cannot read the history file (" + e.getMessage()
                    + "); the trend is left out"));
            return ScanHistory.EMPTY;
        }
        List<ScanHistory.Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                entries.add(entry(JSON.readTree(lines.get(i))));
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(displayName, i + 1, "not a history entry (" + firstLine(e.getMessage())
                        + "); the line is skipped. Each line is one JSON object written by platform-scan"));
            }
        }
        return new ScanHistory(entries);
    }

    private static ScanHistory.Entry entry(JsonNode node) {
        if (!node.isObject() || !node.path("duplicatedLines").isInt() || !node.path("linesOfCode").isInt()) {
            throw new IllegalArgumentException("needs linesOfCode and duplicatedLines");
        }
        Map<String, Integer> opportunities = new TreeMap<>();
        node.path("opportunities").fields().forEachRemaining(e -> opportunities.put(e.getKey(), e.getValue().asInt()));
        Map<String, Double> adoption = new TreeMap<>();
        node.path("adoption").fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                adoption.put(e.getKey(), e.getValue().asDouble());
            }
        });
        return new ScanHistory.Entry(node.path("date").asText(""), node.hasNonNull("commit") ? node.get("commit").asText()
                : null, node.get("linesOfCode").asInt(), node.get("duplicatedLines").asInt(),
                node.path("duplicationRatio").asDouble(), opportunities, adoption);
    }

    /** This scan as a history entry: dated by the scanned commit when in git, else by today's date. */
    public static ScanHistory.Entry entryOf(ScanResult result) throws InterruptedException {
        GitChangeCounts git = GitChangeCounts.read(result.request().executionRoot(), 0);
        Instant when = git != null ? Instant.ofEpochSecond(git.headTime()) : Instant.now();
        Map<String, Integer> opportunities = new TreeMap<>();
        result.opportunities().forEach(o -> opportunities.put(o.id(), o.impact().duplicatedLines()));
        Map<String, Double> adoption = new TreeMap<>();
        result.adoption().forEach(a -> adoption.put(a.capability(), Math.round(a.share() * 1000) / 1000.0));
        return new ScanHistory.Entry(when.atOffset(ZoneOffset.UTC).toLocalDate().toString(), git == null ? null : git.head(),
                result.summary().linesOfCode(), result.summary().duplicatedLines(), result.summary().duplicationRatio(),
                opportunities, adoption);
    }

    /** Appends one line for this scan (creating the file and its directory when needed). */
    public static void append(Path file, ScanHistory.Entry entry) throws IOException {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = JSON.getFactory().createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("date", entry.date());
            if (entry.commit() != null) {
                json.writeStringField("commit", entry.commit());
            }
            json.writeNumberField("linesOfCode", entry.linesOfCode());
            json.writeNumberField("duplicatedLines", entry.duplicatedLines());
            json.writeNumberField("duplicationRatio", entry.duplicationRatio());
            json.writeObjectFieldStart("opportunities");
            for (Map.Entry<String, Integer> o : entry.opportunities().entrySet()) {
                json.writeNumberField(o.getKey(), o.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("adoption");
            for (Map.Entry<String, Double> a : entry.adoption().entrySet()) {
                json.writeNumberField(a.getKey(), a.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String prefix = Files.isRegularFile(file) && Files.size(file) > 0 && !endsWithNewline(file) ? "\n" : "";
        Files.writeString(file, prefix + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Reads only the last byte: the history grows with every recorded scan. */
    private static boolean endsWithNewline(Path file) throws IOException {
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (channel.size() == 0) {
                return true;
            }
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) == '\n';
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
