package dev.platformscan.it.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The largest cross-module clusters of a scan, read from its report.json (docs/report-json.md). */
final class ReportClusters {

    /** One cluster as the results table shows it. */
    record Row(String id, String cloneType, String unit, double similarity, int duplicatedLines, String capability,
               List<String> modules, List<String> symbols, int members) {
    }

    /** The report's summary line: what the scan saw and found. */
    record Summary(long modules, long files, long linesOfCode, long units, long clusters, long duplicatedLines,
                   double duplicationRatio, long problems) {
    }

    private final JsonNode report;

    private ReportClusters(JsonNode report) {
        this.report = report;
    }

    static ReportClusters read(Path reportJson) throws IOException {
        return new ReportClusters(new ObjectMapper().readTree(reportJson.toFile()));
    }

    String toolVersion() {
        return report.path("tool").path("version").asText();
    }

    Summary summary() {
        JsonNode s = report.path("summary");
        return new Summary(s.path("modules").asLong(), s.path("files").asLong(), s.path("linesOfCode").asLong(),
                s.path("units").asLong(), s.path("clusters").asLong(), s.path("duplicatedLines").asLong(),
                s.path("duplicationRatio").asDouble(), report.path("problems").size());
    }

    /** The {@code count} clusters that span two or more modules with the most duplicated lines. */
    List<Row> largestCrossModule(int count) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode cluster : report.path("clusters")) {
            List<String> modules = new ArrayList<>();
            cluster.path("modules").forEach(m -> modules.add(artifactId(m.asText())));
            if (modules.size() < 2) {
                continue;
            }
            Set<String> symbols = new LinkedHashSet<>();
            cluster.path("members").forEach(m -> symbols.add(m.path("symbol").asText()));
            JsonNode capability = cluster.path("capability");
            rows.add(new Row(cluster.path("id").asText(), cluster.path("cloneType").asText(),
                    cluster.path("unit").asText(), cluster.path("similarity").asDouble(),
                    cluster.path("duplicatedLines").asInt(), capability.isObject() ? capability.path("id").asText() : "",
                    modules, List.copyOf(symbols), cluster.path("members").size()));
        }
        rows.sort(Comparator.comparingInt(Row::duplicatedLines).reversed().thenComparing(Row::id));
        return rows.subList(0, Math.min(count, rows.size()));
    }

    private static String artifactId(String moduleId) {
        return moduleId.substring(moduleId.indexOf(':') + 1);
    }
}
