package dev.platformscan.engine.report.sarif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.report.ReportRenderer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * report.sarif (SARIF 2.1.0) for code-scanning tools: one result per copy, with the other copies of its
 * cluster as related locations. Rule ids say the clone type and, when known, the capability
 * ({@code duplication/T3/password-hashing}). {@code partialFingerprints} hash the copy's module and
 * symbol with its cluster's other copies, so results survive line shifts across commits. Paths are
 * relative to the {@code SRCROOT} base (the execution root), so the file holds nothing machine-specific.
 */
public final class SarifReportRenderer implements ReportRenderer {
    /**
     * A result lists at most this many other copies (the message gives the full count): a cluster of n
     * copies would otherwise cost n² related locations (87 MB on a 21k-file corpus with one 88-copy cluster).
     */
    static final int MAX_RELATED_LOCATIONS = 10;

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public String defaultFileName() {
        return "report.sarif";
    }

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        TreeMap<String, CloneCluster> rules = new TreeMap<>(); // rule id -> the first cluster of the rule
        for (CloneCluster cluster : result.clusters()) {
            rules.putIfAbsent(ruleId(cluster), cluster);
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // compact: SARIF is read by tools, and indentation tripled its size on large scans
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "platform-scan");
            json.writeStringField("version", result.toolVersion());
            json.writeArrayFieldStart("rules");
            for (var rule : rules.entrySet()) {
                json.writeStartObject();
                json.writeStringField("id", rule.getKey());
                json.writeObjectFieldStart("shortDescription");
                json.writeStringField("text", ruleText(rule.getValue()));
                json.writeEndObject();
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", level(rule.getValue()));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (CloneCluster cluster : result.clusters()) {
                for (ClusterMember member : cluster.members()) {
                    writeResult(json, cluster, member);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** Copies are warnings; same-purpose rewrites are repeated effort, not copies, so notes. */
    private static String level(CloneCluster cluster) {
        return cluster.isRewrite() ? "note" : "warning";
    }

    private static String ruleId(CloneCluster cluster) {
        return "duplication/" + cluster.cloneType().id() + (cluster.capability() == null ? "" : "/" + cluster.capability().id());
    }

    private static String ruleText(CloneCluster cluster) {
        String kind = switch (cluster.cloneType()) {
            case T1 -> "Identical code (apart from layout and comments)";
            case T2 -> "Copied code with renamed identifiers, literals or types";
            case T3 -> "Copied and edited code";
            case SEMANTIC -> "Same-purpose rewrite";
            case TEMPLATE -> "One template written for several entities";
        };
        return kind + " in several modules" + (cluster.capability() == null ? "" : ": " + cluster.capability().name());
    }

    private static void writeResult(JsonGenerator json, CloneCluster cluster, ClusterMember member) throws IOException {
        List<ClusterMember> others = cluster.members().stream().filter(m -> m != member).toList();
        json.writeStartObject();
        json.writeStringField("ruleId", ruleId(cluster));
        String other = cluster.isRewrite() ? "same-purpose rewrite" : "copy";
        json.writeStringField("level", level(cluster));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", String.format(Locale.ROOT, "%s has %d other %s (%s, %s %.2f%s) in %s",
                member.symbol(), others.size(), others.size() == 1 ? other : other + "s", cluster.cloneType().id(),
                cluster.isRewrite() ? "API overlap" : "similarity", cluster.similarity(),
                cluster.capability() == null ? "" : ", " + cluster.capability().name(),
                String.join(", ", others.stream().map(ClusterMember::module).distinct().toList())));
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysical(json, member);
        json.writeArrayFieldStart("logicalLocations");
        json.writeStartObject();
        json.writeStringField("fullyQualifiedName", member.symbol());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayFieldStart("relatedLocations");
        for (int i = 0; i < Math.min(others.size(), MAX_RELATED_LOCATIONS); i++) {
            json.writeStartObject();
            json.writeNumberField("id", i + 1);
            writePhysical(json, others.get(i));
            json.writeObjectFieldStart("message");
            json.writeStringField("text", other + " " + others.get(i).symbol() + " in " + others.get(i).module());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("platformCopy/v1", fingerprint(member, others));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("clusterId", cluster.id());
        json.writeNumberField("similarity", member.similarity());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writePhysical(JsonGenerator json, ClusterMember member) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(member.file()));
        json.writeStringField("uriBaseId", "SRCROOT");
        json.writeEndObject();
        if (member.startLine() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", member.startLine());
            json.writeNumberField("endLine", Math.max(member.startLine(), member.endLine()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * The relative path as an RFC 3986 URI reference: file names may hold spaces, '#', '%', brackets or
     * non-ASCII letters, which SARIF consumers (and the schema's uri-reference format) reject raw. Bytes
     * of the UTF-8 form other than unreserved characters, '/' and a few safe sub-delimiters are
     * percent-encoded; ordinary paths come out unchanged.
     */
    static String uri(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String fingerprint(ClusterMember member, List<ClusterMember> others) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((member.module() + "|" + member.symbol()).getBytes(StandardCharsets.UTF_8));
            others.stream().map(m -> m.module() + "|" + m.symbol()).sorted()
                    .forEach(key -> digest.update(("\n" + key).getBytes(StandardCharsets.UTF_8)));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest.digest()) {
                hex.append(String.format("%02x", b));
            }
            return hex.substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
