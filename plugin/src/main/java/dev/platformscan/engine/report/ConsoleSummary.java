package dev.platformscan.engine.report;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.adopt.Adoption;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.score.Opportunity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The short summary printed at the end of a scan, as lines for the build log. */
public final class ConsoleSummary {
    private static final int TOP = 5;

    private ConsoleSummary() {
    }

    public static List<String> lines(ScanResult result, List<Path> reports) {
        ScanSummary s = result.summary();
        List<String> lines = new ArrayList<>();
        lines.add("platform-scan " + result.toolVersion() + ": " + s.modules() + " modules, " + s.files() + " files, "
                + number(s.linesOfCode()) + " lines of code, " + number(s.units()) + " units analysed");
        String where = switch (result.request().clustering().scope()) {
            case CROSS_MODULE -> " spanning two or more modules";
            case ALL -> "";
        };
        lines.add("Found " + s.clusters() + (s.clusters() == 1 ? " cluster" : " clusters") + " of near-duplicate code"
                + where + ": " + number(s.duplicatedLines()) + " duplicated lines ("
                + String.format(Locale.ROOT, "%.1f", s.duplicationRatio() * 100) + "% of the code)");
        if (s.generatedFiles() + s.boilerplateMembers() + s.classesWithoutLogic() > 0) {
            lines.add("Left out as noise: " + number(s.generatedFiles()) + " generated files, " + number(s.boilerplateMembers())
                    + " boilerplate members (accessors, equals/hashCode/toString, field-storing constructors, main, "
                    + "trivial delegations), " + number(s.classesWithoutLogic())
                    + " classes without logic (platform.includeBoilerplate=true compares them)"
                    + (s.suppressed() > 0 ? ", " + number(s.suppressed()) + " suppressed" : ""));
        }
        List<Opportunity> ranked = result.rankedOpportunities();
        int opportunities = Math.min(TOP, ranked.size());
        if (opportunities > 0) {
            lines.add("Top platform opportunities (score = reach × impact × confidence ÷ effort):");
        }
        for (int i = 0; i < opportunities; i++) {
            Opportunity o = ranked.get(i);
            String next = o.component() != null && o.component().exists()
                    ? "move the copies onto " + Problem.printable(o.component().module()) + ", which exists"
                    : "start from " + Problem.printable(o.pioneer().symbol()) + " in "
                    + Problem.printable(artifactId(o.pioneer().module()));
            lines.add(String.format(Locale.ROOT, "  %d. %s  (score %s; %s)", o.rank(), Problem.printable(o.title()),
                    number((int) Math.round(o.score())), next));
        }
        lines.addAll(adoptionLines(result));
        List<CloneCluster> copies = result.copies();
        int shown = Math.min(TOP, copies.size());
        if (shown > 0) {
            lines.add("Top clusters:");
        }
        for (int i = 0; i < shown; i++) {
            CloneCluster cluster = copies.get(i);
            ClusterMember first = cluster.members().get(0);
            String others = cluster.members().size() > 1
                    ? " + " + (cluster.members().size() - 1) + (cluster.members().size() == 2 ? " copy" : " copies") : "";
            String capability = cluster.capability() == null ? "" : "[" + cluster.capability().name() + "] ";
            lines.add(String.format(Locale.ROOT, "  %d. %s%s %s %.2f  %s%s  in %s  (%d lines)", i + 1, capability,
                    cluster.cloneType().id(), cluster.unit(), Math.floor(cluster.similarity() * 100) / 100,
                    Problem.printable(first.symbol()), others,
                    cluster.modules().stream().map(ConsoleSummary::artifactId).collect(Collectors.joining(", ")),
                    cluster.duplicatedLines()));
        }
        if (copies.size() > shown) {
            lines.add("  ... and " + (copies.size() - shown) + " more in the report");
        }
        int rewrites = result.rewrites().size();
        if (rewrites > 0) {
            lines.add(rewrites + (rewrites == 1 ? " same-purpose rewrite" : " same-purpose rewrites")
                    + " (one capability written apart in several modules, not copied) under \"rewrites\" in report.json"
                    + rewriteOnlyOpportunities(result));
        }
        if (!result.problems().isEmpty()) {
            lines.add(result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems")
                    + " while reading (listed above and under \"problems\" in report.json)");
        }
        for (Path report : reports) {
            lines.add("Report: " + report);
        }
        lines.add(String.format(Locale.ROOT, "Scan took %.1f s", result.elapsed().toMillis() / 1000.0));
        return lines;
    }

    /**
     * "Adoption of shared components:" and a line per capability with the most holdouts first: "Caching 40%:
     * 4 of 10 modules use common-cache; 6 hold out: order, product, user +3".
     */
    static List<String> adoptionLines(ScanResult result) {
        List<Adoption> adoption = result.adoption().stream().sorted(Adoption.MOST_HOLDOUTS_FIRST).toList();
        List<String> lines = new ArrayList<>();
        if (adoption.isEmpty()) {
            return lines;
        }
        lines.add("Adoption of shared components (modules that use one ÷ those + modules with their own code):");
        for (Adoption entry : adoption.subList(0, Math.min(TOP, adoption.size()))) {
            int modules = entry.adopters().size() + entry.holdouts().size();
            List<String> holdouts = entry.holdouts().stream().map(h -> artifactId(h.module())).toList();
            lines.add(String.format(Locale.ROOT, "  %s %d%%: %d of %d modules use %s%s", Problem.printable(entry.capabilityName()),
                    Math.round(entry.share() * 100), entry.adopters().size(), modules,
                    entry.components().stream().map(c -> artifactId(c.module())).collect(Collectors.joining(", ")),
                    holdouts.isEmpty() ? "" : "; " + holdouts.size() + (holdouts.size() == 1 ? " holds out: " : " hold out: ")
                            + String.join(", ", holdouts.subList(0, Math.min(3, holdouts.size())))
                            + (holdouts.size() > 3 ? " +" + (holdouts.size() - 3) : "")));
        }
        if (adoption.size() > TOP) {
            lines.add("  ... and " + (adoption.size() - TOP) + " more capabilities under \"adoption\" in report.json");
        }
        return lines;
    }

    private static String artifactId(String moduleId) {
        int colon = moduleId.indexOf(':');
        return colon >= 0 ? moduleId.substring(colon + 1) : moduleId;
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** "; 2 opportunities rest on them alone (low confidence, not ranked)", or nothing. */
    private static String rewriteOnlyOpportunities(ScanResult result) {
        int count = result.rewriteOnlyOpportunities().size();
        return count == 0 ? "" : "; " + count + (count == 1 ? " opportunity rests" : " opportunities rest")
                + " on them alone (low confidence, listed after the ranked ones)";
    }
}
