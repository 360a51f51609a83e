package dev.platformscan.engine.gate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.adopt.Adoption;
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
 * @param holdouts each accepted holdout of a capability with a shared component (docs/adoption.md):
 *                 "capability|module|symbol"; absent from baselines written before it existed
 */
public record Baseline(List<Entry> clusters, List<String> holdouts) {

    /** One accepted cluster. */
    public record Entry(String id, String capability, List<String> members) {
        public Entry {
            members = List.copyOf(members);
        }
    }

    public Baseline {
        clusters = List.copyOf(clusters);
        holdouts = holdouts == null ? List.of() : List.copyOf(holdouts);
    }

    /** A baseline of clusters only. */
    public Baseline(List<Entry> clusters) {
        this(clusters, List.of());
    }

    /** "caching|g:billing|com.acme.billing.tax.TaxRateCache". */
    public static String holdoutKey(String capability, String module, String symbol) {
        return capability + "|" + module + "|" + symbol;
    }

    public static String key(ClusterMember member) {
        return member.module() + "|" + member.symbol();
    }

    /** The accepted copies of a scan: its clusters of copies (same-purpose rewrites are not gated by the baseline). */
    public static Baseline of(ScanResult result) {
        List<Entry> entries = new ArrayList<>();
        for (CloneCluster cluster : result.copies()) {
            Set<String> members = new TreeSet<>();
            cluster.members().forEach(m -> members.add(key(m)));
            entries.add(new Entry(cluster.id(), cluster.capability() == null ? null : cluster.capability().id(),
                    new ArrayList<>(members)));
        }
        entries.sort(java.util.Comparator.comparing(Entry::id));
        Set<String> holdouts = new TreeSet<>();
        for (Adoption adoption : result.adoption()) {
            for (Adoption.Holdout holdout : adoption.holdouts()) {
                holdout.code().forEach(code -> holdouts.add(holdoutKey(adoption.capability(), holdout.module(), code.symbol())));
            }
        }
        return new Baseline(entries, new ArrayList<>(holdouts));
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
            json.writeArrayFieldStart("holdouts");
            for (String holdout : holdouts) {
                json.writeString(holdout);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** A baseline of every cluster of a 21k-file corpus is a few MB; beyond this it is not a baseline. */
    static final long MAX_BYTES = 64L << 20;

    /**
     * Reads a baseline file; every problem is an IOException naming the file and, when there is one, the
     * line: not UTF-8, not JSON, too large, empty, or JSON of another shape (a report.json, a SARIF file,
     * another schema version).
     */
    public static Baseline read(Path file) throws IOException {
        String name = file.toString().replace('\\', '/');
        String again = "; write it again with mvn platform:baseline";
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(name + ": " + (size >> 20) + " MB, larger than a baseline can be (" + (MAX_BYTES >> 20)
                    + " MB); is it really the baseline?" + again);
        }
        String text = utf8(Files.readAllBytes(file), name, again);
        if (text.isBlank()) {
            throw new IOException(name + ": empty file" + again);
        }
        int line = 0;
        try (JsonParser json = new ObjectMapper().createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw notABaseline(name, json.currentLocation().getLineNr(), "a JSON object", again);
            }
            Integer version = null;
            List<Entry> entries = null;
            List<String> holdouts = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                line = json.currentLocation().getLineNr();
                if (field.equals("schemaVersion")) {
                    version = value == JsonToken.VALUE_NUMBER_INT ? json.getIntValue() : -1;
                } else if (field.equals("clusters") && value == JsonToken.START_ARRAY) {
                    entries = clusters(json, name, again);
                } else if (field.equals("holdouts") && value == JsonToken.START_ARRAY) {
                    holdouts = holdouts(json, name, again);
                } else {
                    json.skipChildren();
                }
            }
            if (version == null || version != 1 || entries == null) {
                String found = version == null ? "no schemaVersion" : version == 1 ? "no clusters array"
                        : "schemaVersion " + (version < 0 ? "that is not a number" : version);
                throw notABaseline(name, 0, "schemaVersion 1 and a clusters array, found " + found, again);
            }
            if (json.nextToken() != null) {
                throw new IOException(name + ":" + json.currentLocation().getLineNr()
                        + ": more content after the baseline's closing brace" + again);
            }
            return new Baseline(entries, holdouts);
        } catch (JsonProcessingException e) {
            line = e.getLocation() == null ? line : e.getLocation().getLineNr();
            String reason = String.valueOf(e.getOriginalMessage()).replaceAll("\\[Source: .*?; line: ", "[line: ");
            throw new IOException(name + (line > 0 ? ":" + line : "") + ": not valid JSON (" + reason + ")" + again);
        }
    }

    private static List<Entry> clusters(JsonParser json, String name, String again) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (int index = 0; json.nextToken() != JsonToken.END_ARRAY; index++) {
            int line = json.currentLocation().getLineNr();
            JsonNode cluster = json.readValueAsTree();
            String where = name + ":" + line + ": clusters[" + index + "]";
            if (cluster == null || !cluster.path("id").isTextual() || !cluster.path("members").isArray()) {
                throw new IOException(where + " needs an id and a members array" + again);
            }
            List<String> members = new ArrayList<>();
            for (JsonNode member : cluster.path("members")) {
                if (!member.isTextual() || !member.asText().contains("|")) {
                    throw new IOException(where + ".members[" + members.size() + "] is " + member.getNodeType()
                            .toString().toLowerCase(java.util.Locale.ROOT) + ", not a 'module|symbol' text (is this a "
                            + "report.json? the baseline is a file of its own)" + again);
                }
                members.add(member.asText());
            }
            entries.add(new Entry(cluster.path("id").asText(),
                    cluster.path("capability").isTextual() ? cluster.path("capability").asText() : null, members));
        }
        return entries;
    }

    private static List<String> holdouts(JsonParser json, String name, String again) throws IOException {
        List<String> holdouts = new ArrayList<>();
        for (int index = 0; json.nextToken() != JsonToken.END_ARRAY; index++) {
            if (json.currentToken() != JsonToken.VALUE_STRING || json.getText().split("\\|", -1).length != 3) {
                throw new IOException(name + ":" + json.currentLocation().getLineNr() + ": holdouts[" + index
                        + "] is not a 'capability|module|symbol' text" + again);
            }
            holdouts.add(json.getText());
        }
        return holdouts;
    }

    private static IOException notABaseline(String name, int line, String expected, String again) {
        return new IOException(name + (line > 0 ? ":" + line : "") + ": not a platform-scan baseline (expected "
                + expected + ")" + again);
    }

    /** The text, if UTF-8 (a leading byte-order mark, as Windows editors write it, is dropped). */
    private static String utf8(byte[] bytes, String name, String again) throws IOException {
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        boolean bad = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes), out, true).isError();
        out.flip();
        if (bad) {
            long line = 1 + out.chars().filter(c -> c == '\n').count();
            throw new IOException(name + ":" + line + ": not UTF-8 text (a binary file, or another encoding)" + again);
        }
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
