package dev.platformscan.engine.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.platformscan.engine.ModuleSummary;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.classify.ClusterCapability;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.report.ReportRenderer;
import dev.platformscan.engine.score.Opportunity;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * report.json, the public machine-readable interface (schema in docs/report-json.md). Written as a
 * stream with a fixed key order and '\n' line ends, and nothing that depends on the clock or the
 * machine, so the same input gives byte-identical output.
 */
public final class JsonReportRenderer implements ReportRenderer {
    public static final int SCHEMA_VERSION = 2;

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String defaultFileName() {
        return "report.json";
    }

    /** One capability's shared components, adopters and holdouts (docs/report-json.md, "adoption"). */
    private static void writeAdoption(JsonGenerator json, dev.platformscan.engine.adopt.Adoption adoption)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("capability", adoption.capability());
        json.writeStringField("name", adoption.capabilityName());
        json.writeNumberField("share", Math.round(adoption.share() * 1000) / 1000.0);
        json.writeArrayFieldStart("components");
        for (var component : adoption.components()) {
            json.writeStartObject();
            json.writeStringField("module", component.module());
            json.writeBooleanField("declared", component.declared());
            writeStrings(json, "types", component.types());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("adopters");
        for (var adopter : adoption.adopters()) {
            json.writeStartObject();
            json.writeStringField("module", adopter.module());
            writeStrings(json, "uses", adopter.uses());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("holdouts");
        for (var holdout : adoption.holdouts()) {
            json.writeStartObject();
            json.writeStringField("module", holdout.module());
            json.writeBooleanField("alsoUsesComponent", holdout.alsoUses());
            json.writeArrayFieldStart("code");
            for (var code : holdout.code()) {
                json.writeStartObject();
                json.writeStringField("file", code.file());
                json.writeStringField("symbol", code.symbol());
                json.writeNumberField("startLine", code.startLine());
                json.writeNumberField("endLine", code.endLine());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.indented(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "platform-scan");
            json.writeStringField("version", result.toolVersion());
            json.writeEndObject();
            writeSettings(json, result.request());
            writeSummary(json, result);
            json.writeArrayFieldStart("modules");
            for (ModuleSummary module : result.modules()) {
                json.writeStartObject();
                json.writeStringField("id", module.id());
                json.writeStringField("path", module.path());
                json.writeNumberField("files", module.files());
                json.writeNumberField("linesOfCode", module.linesOfCode());
                json.writeNumberField("units", module.units());
                json.writeObjectFieldStart("capabilities");
                for (var entry : module.capabilities().entrySet()) {
                    json.writeNumberField(entry.getKey(), entry.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("opportunities");
            java.util.Set<Opportunity> rewritesOnly = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            rewritesOnly.addAll(result.rewriteOnlyOpportunities());
            for (Opportunity opportunity : result.opportunities()) {
                writeOpportunity(json, opportunity, rewritesOnly.contains(opportunity));
            }
            json.writeEndArray();
            // copies in clusters[]; same-purpose rewrites (same capability, different code) apart in rewrites[]
            List<CloneCluster> copies = result.copies();
            json.writeArrayFieldStart("clusters");
            for (CloneCluster cluster : copies) {
                writeCluster(json, cluster);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("families");
            for (dev.platformscan.engine.cluster.CloneFamily family
                    : dev.platformscan.engine.cluster.CloneFamily.of(copies)) {
                json.writeStartObject();
                json.writeStringField("id", family.id());
                writeStrings(json, "clusters", family.clusters());
                writeStrings(json, "modules", family.modules());
                json.writeNumberField("members", family.members());
                json.writeNumberField("duplicatedLines", family.duplicatedLines());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rewrites");
            for (CloneCluster rewrite : result.rewrites()) {
                writeCluster(json, rewrite);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("templates");
            for (CloneCluster template : result.templates()) {
                writeCluster(json, template, dev.platformscan.engine.report.TemplateTitle.of(template));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("adoption");
            for (dev.platformscan.engine.adopt.Adoption adoption : result.adoption()) {
                writeAdoption(json, adoption);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            for (Problem problem : result.problems()) {
                json.writeStartObject();
                json.writeStringField("file", problem.file());
                json.writeNumberField("line", problem.line());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeSettings(JsonGenerator json, ScanRequest request) throws IOException {
        json.writeObjectFieldStart("settings");
        json.writeNumberField("minLines", request.parsing().minLines());
        json.writeNumberField("minTokens", request.parsing().minTokens());
        json.writeNumberField("minSimilarity", request.clustering().minSimilarity());
        json.writeStringField("scope", request.clustering().scope().id());
        json.writeNumberField("chanceMatchRate", request.clustering().chanceMatchRate());
        json.writeBooleanField("includeTests", request.sources().includeTests());
        json.writeBooleanField("includeBoilerplate", request.parsing().includeBoilerplate());
        json.writeArrayFieldStart("keptNoise");
        for (dev.platformscan.engine.parse.NoiseFilter filter : request.parsing().keptNoise()) {
            json.writeString(filter.id());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("excludes");
        for (String exclude : request.sources().excludes()) {
            json.writeString(exclude);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, ScanResult result) throws IOException {
        ScanSummary summary = result.summary();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("modules", summary.modules());
        json.writeNumberField("files", summary.files());
        json.writeNumberField("linesOfCode", summary.linesOfCode());
        json.writeNumberField("units", summary.units());
        json.writeNumberField("clusters", summary.clusters());
        json.writeNumberField("rewrites", result.rewrites().size());
        json.writeNumberField("duplicatedLines", summary.duplicatedLines());
        json.writeNumberField("duplicationRatio", summary.duplicationRatio());
        java.util.Map<String, Integer> clustersPerCapability = new java.util.TreeMap<>();
        for (CloneCluster cluster : result.clusters()) {
            if (cluster.capability() != null) {
                clustersPerCapability.merge(cluster.capability().id(), 1, Integer::sum);
            }
        }
        json.writeObjectFieldStart("capabilities");
        for (var entry : clustersPerCapability.entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("leftOut");
        json.writeNumberField("generatedFiles", summary.generatedFiles());
        json.writeNumberField("boilerplateMembers", summary.boilerplateMembers());
        json.writeNumberField("classesWithoutLogic", summary.classesWithoutLogic());
        json.writeNumberField("suppressed", summary.suppressed());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeCapability(JsonGenerator json, ClusterCapability capability) throws IOException {
        if (capability == null) {
            json.writeNullField("capability");
            return;
        }
        json.writeObjectFieldStart("capability");
        json.writeStringField("id", capability.id());
        json.writeStringField("name", capability.name());
        json.writeNumberField("confidence", capability.confidence());
        json.writeNumberField("members", capability.members());
        json.writeArrayFieldStart("evidence");
        for (ClusterCapability.Evidence evidence : capability.evidence()) {
            json.writeStartObject();
            json.writeStringField("signal", evidence.signal());
            json.writeArrayFieldStart("seenIn");
            for (String symbol : evidence.seenIn()) {
                json.writeString(symbol);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeOpportunity(JsonGenerator json, Opportunity o, boolean rewritesOnly) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", o.id());
        json.writeNumberField("rank", o.rank());
        if (o.capabilityId() == null) {
            json.writeNullField("capability");
        } else {
            json.writeObjectFieldStart("capability");
            json.writeStringField("id", o.capabilityId());
            json.writeStringField("name", o.capabilityName());
            json.writeEndObject();
        }
        json.writeStringField("title", o.title());
        json.writeBooleanField("rewritesOnly", rewritesOnly);
        json.writeNumberField("score", o.score());
        json.writeObjectFieldStart("reach");
        json.writeNumberField("score", o.reach().score());
        writeStrings(json, "modules", o.reach().modules());
        writeStrings(json, "teams", o.reach().teams());
        json.writeStringField("teamSource", o.reach().teamSource());
        json.writeStringField("explanation", o.reach().explanation());
        json.writeEndObject();
        json.writeObjectFieldStart("impact");
        json.writeNumberField("score", o.impact().score());
        json.writeNumberField("duplicatedLines", o.impact().duplicatedLines());
        json.writeNumberField("redundantLines", o.impact().redundantLines());
        json.writeNumberField("copies", o.impact().copies());
        json.writeNumberField("units", o.impact().units());
        if (o.impact().recentChanges() < 0) {
            json.writeNullField("recentChanges");
        } else {
            json.writeNumberField("recentChanges", o.impact().recentChanges());
        }
        json.writeStringField("explanation", o.impact().explanation());
        json.writeEndObject();
        json.writeObjectFieldStart("confidence");
        json.writeNumberField("score", o.confidence().score());
        json.writeNumberField("similarity", o.confidence().similarity());
        json.writeNumberField("capability", o.confidence().capability());
        json.writeStringField("explanation", o.confidence().explanation());
        json.writeEndObject();
        json.writeObjectFieldStart("effort");
        json.writeNumberField("score", o.effort().score());
        json.writeNumberField("drift", o.effort().drift());
        json.writeNumberField("moduleSpecificDependencies", o.effort().moduleSpecificDependencies());
        json.writeStringField("explanation", o.effort().explanation());
        json.writeEndObject();
        writeStrings(json, "clusters", o.clusters());
        json.writeObjectFieldStart("pioneer");
        json.writeStringField("module", o.pioneer().module());
        json.writeStringField("file", o.pioneer().file());
        json.writeStringField("symbol", o.pioneer().symbol());
        json.writeStringField("reason", o.pioneer().reason());
        json.writeEndObject();
        json.writeObjectFieldStart("component");
        json.writeStringField("module", o.component().module());
        json.writeStringField("type", o.component().type());
        writeStrings(json, "operations", o.component().operations());
        writeStrings(json, "existing", o.component().existing());
        json.writeEndObject();
        json.writeArrayFieldStart("copies");
        for (Opportunity.Copy copy : o.copies()) {
            json.writeStartObject();
            json.writeStringField("module", copy.module());
            json.writeStringField("team", copy.team());
            json.writeNumberField("lines", copy.lines());
            writeStrings(json, "tested", copy.tested());
            writeStrings(json, "moduleSpecificDependencies", copy.moduleSpecificDependencies());
            json.writeArrayFieldStart("members");
            for (Opportunity.CopyMember member : copy.members()) {
                json.writeStartObject();
                json.writeStringField("cluster", member.clusterId());
                json.writeStringField("file", member.file());
                json.writeStringField("symbol", member.symbol());
                json.writeNumberField("startLine", member.startLine());
                json.writeNumberField("endLine", member.endLine());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, java.util.List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeCluster(JsonGenerator json, CloneCluster cluster) throws IOException {
        writeCluster(json, cluster, null);
    }

    /** A cluster, or a template with its title (null: none). */
    private static void writeCluster(JsonGenerator json, CloneCluster cluster, String title) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", cluster.id());
        if (title != null) {
            json.writeStringField("title", title);
        }
        json.writeStringField("family", cluster.family());
        json.writeStringField("cloneType", cluster.cloneType().id());
        json.writeNumberField("similarity", cluster.similarity());
        json.writeStringField("unit", cluster.unit());
        json.writeStringField("comparison", cluster.literal() ? "literal" : "normalized");
        json.writeNumberField("duplicatedLines", cluster.duplicatedLines());
        writeCapability(json, cluster.capability());
        json.writeArrayFieldStart("modules");
        for (String module : cluster.modules()) {
            json.writeString(module);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("members");
        for (ClusterMember member : cluster.members()) {
            json.writeStartObject();
            json.writeStringField("module", member.module());
            json.writeStringField("file", member.file());
            json.writeStringField("symbol", member.symbol());
            json.writeNumberField("startLine", member.startLine());
            json.writeNumberField("endLine", member.endLine());
            json.writeNumberField("tokens", member.tokens());
            json.writeNumberField("similarity", member.similarity());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
