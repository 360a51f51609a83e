package dev.platformscan.engine.report.html;

import dev.platformscan.engine.ModuleSummary;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.RunSettings;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.classify.ClusterCapability;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.ScanHistory;
import dev.platformscan.rules.RuleCatalog;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scan result built by hand for renderer tests: modules with source files on disk, and per
 * opportunity one cluster whose copies are those files. Values are chosen by the test, not taken
 * from a scan.
 */
final class SampleScan {

    /** One copy: the module it is in, its file (relative to the root) and its source text. */
    record CopyFile(String module, String file, String source) {
    }

    private final Path root;
    private final List<ModuleSource> modules = new ArrayList<>();
    private final List<ModuleSummary> summaries = new ArrayList<>();
    private final List<CloneCluster> clusters = new ArrayList<>();
    private final List<Opportunity> opportunities = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private ScanHistory history = ScanHistory.EMPTY;
    private Duration elapsed = Duration.ofMillis(1234);

    SampleScan(Path root) {
        this.root = root;
    }

    SampleScan module(String id, String path, String encoding, Map<String, Integer> capabilities) {
        modules.add(new ModuleSource(id, path, root.resolve(path), "jar", List.of(root.resolve(path).resolve("src/main/java")),
                List.of(), encoding, "17"));
        summaries.add(new ModuleSummary(id, path, 3, 120, 10, capabilities));
        return this;
    }

    /** Writes the files and adds one cluster and one opportunity gathering them; the first copy is the pioneer. */
    SampleScan opportunity(String capabilityId, String capabilityName, String signal, CopyFile... copies) {
        int number = opportunities.size() + 1;
        String clusterId = "cluster-" + number;
        List<ClusterMember> members = new ArrayList<>();
        List<Opportunity.Copy> copyList = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (CopyFile copy : copies) {
            int lines = write(copy.file(), copy.source(), charsetOf(copy.module()));
            String symbol = "com.example.Copy" + number + "#run(" + copy.module() + ")";
            symbols.add(symbol);
            members.add(new ClusterMember(copy.module(), copy.file(), symbol, 1, lines, 80, 0.9, List.of()));
            copyList.add(new Opportunity.Copy(copy.module(), "team of " + copy.module(), lines,
                    List.of(new Opportunity.CopyMember(clusterId, copy.file(), symbol, 1, lines)), List.of(), List.of()));
        }
        List<String> moduleIds = members.stream().map(ClusterMember::module).distinct().sorted().toList();
        ClusterCapability capability = capabilityId == null ? null : new ClusterCapability(capabilityId, capabilityName, 0.8,
                members.size(), List.of(new ClusterCapability.Evidence(signal, symbols)));
        clusters.add(new CloneCluster(clusterId, CloneType.T3, 0.85, "method", moduleIds, members, 40 * copies.length,
                capability));
        double score = 1000.0 / number;
        opportunities.add(new Opportunity(capabilityId == null ? "cluster:" + clusterId : "capability:" + capabilityId,
                number, capabilityId, capabilityName, (capabilityName == null ? "Unlabelled" : capabilityName) + ": "
                + moduleIds.size() + " modules, " + 40 * copies.length + " duplicated lines", score,
                new Opportunity.Reach(moduleIds, moduleIds.stream().map(m -> "team of " + m).toList(), "platform.teams",
                        moduleIds.size() + number % 3, "reach counts the owning teams: " + moduleIds.size()),
                new Opportunity.Impact(40 * copies.length, 40 * (copies.length - 1), copies.length, 2, -1,
                        300.0 / number, "impact is the redundant lines"),
                new Opportunity.Confidence(0.85, 0.8, 0.6 + (number % 4) / 10.0, "confidence is similarity times label confidence"),
                new Opportunity.Effort(0.15, 1, 1 + number % 5 / 2.0, "effort grows with drift"),
                List.of(clusterId), copyList,
                new Opportunity.Pioneer(copies[0].module(), copies[0].file(), symbols.get(0), "most complete: "
                        + copies[0].source().lines().count() + " lines"),
                new Opportunity.SuggestedComponent("platform-" + number, "SharedService" + number, List.of("run", "stop"))));
        return this;
    }

    SampleScan problem(Problem problem) {
        problems.add(problem);
        return this;
    }

    SampleScan history(ScanHistory earlier) {
        this.history = earlier;
        return this;
    }

    SampleScan elapsed(Duration time) {
        this.elapsed = time;
        return this;
    }

    ScanResult result() {
        ScanRequest request = ScanRequest.defaults(root, modules).withRules(RuleCatalog.empty())
                .withRun(RunSettings.DEFAULTS.withThreads(1));
        int duplicated = clusters.stream().mapToInt(CloneCluster::duplicatedLines).sum();
        ScanSummary summary = new ScanSummary(modules.size(), 3 * modules.size(), 120 * modules.size(), 10 * modules.size(),
                clusters.size(), duplicated, Math.round(duplicated * 10000.0 / (120 * modules.size())) / 10000.0, 0, 0, 0, 0);
        return new ScanResult("9.9.9-test", request, summary, summaries, clusters, problems, elapsed, opportunities, history);
    }

    static String render(ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            new HtmlReportRenderer().render(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Charset charsetOf(String module) {
        return modules.stream().filter(m -> m.id().equals(module)).findFirst()
                .map(m -> m.encoding() == null ? "UTF-8" : m.encoding()).map(Charset::forName).orElseThrow();
    }

    private int write(String file, String source, Charset charset) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, source.getBytes(charset));
            return (int) source.lines().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
