package dev.platformscan.engine.gate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.report.json.JsonOutput;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The duplication a team has accepted, committed next to the code: every copy that was part of a
 * cluster, identified by module and symbol (not by line or file, so it survives unrelated edits, line
 * shifts and moves within a package).
 *
 * @param clusters each accepted cluster: its id, capability (or null) and member keys "module|symbol"
 */
public record Baseline(List<Entry> clusters) {

    /** One accepted cluster. */
    public record Entry(String id, String capability, List<String> members) {
        public Entry {
            members = List.copyOf(members);
        }
    }

    public Baseline {
        clusters = List.copyOf(clusters);
    }

    public static String key(ClusterMember member) {
        return member.module() + "|" + member.symbol();
    }

    public static Baseline of(ScanResult result) {
        List<Entry> entries = new ArrayList<>();
        for (CloneCluster cluster : result.clusters()) {
            Set<String> members = new TreeSet<>();
            cluster.members().forEach(m -> members.add(key(m)));
            entries.add(new Entry(cluster.id(), cluster.capability() == null ? null : cluster.capability().id(),
                    new ArrayList<>(members)));
        }
        entries.sort(java.util.Comparator.comparing(Entry::id));
        return new Baseline(entries);
    }

    /** Every accepted copy. */
    public Set<String> acceptedCopies() {
        Set<String> copies = new TreeSet<>();
        clusters.forEach(entry -> copies.addAll(entry.members()));
        return copies;
    }

    public void write(Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.indented(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeArrayFieldStart("clusters");
            for (Entry entry : clusters) {
                json.writeStartObject();
                json.writeStringField("id", entry.id());
                json.writeStringField("capability", entry.capability());
                json.writeArrayFieldStart("members");
                for (String member : entry.members()) {
                    json.writeString(member);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** Reads a baseline file; every problem is an IOException naming the file (and line when known). */
    public static Baseline read(Path file) throws IOException {
        String name = file.toString().replace('\\', '/');
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IOException(name + (line > 0 ? ":" + line : "") + ": not valid JSON (" + e.getOriginalMessage()
                    + "); write it again with mvn platform:baseline");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(name + ": not UTF-8 text; write it again with mvn platform:baseline");
        }
        if (root == null || !root.isObject() || root.path("schemaVersion").asInt() != 1 || !root.path("clusters").isArray()) {
            throw new IOException(name + ": not a platform-scan baseline (expected schemaVersion 1 and a clusters "
                    + "array); write it again with mvn platform:baseline");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode cluster : root.path("clusters")) {
            if (!cluster.path("id").isTextual() || !cluster.path("members").isArray()) {
                throw new IOException(name + ": clusters[" + index + "] needs an id and a members array");
            }
            List<String> members = new ArrayList<>();
            for (JsonNode member : cluster.path("members")) {
                members.add(member.asText());
            }
            entries.add(new Entry(cluster.path("id").asText(),
                    cluster.path("capability").isTextual() ? cluster.path("capability").asText() : null, members));
            index++;
        }
        return new Baseline(entries);
    }
}
