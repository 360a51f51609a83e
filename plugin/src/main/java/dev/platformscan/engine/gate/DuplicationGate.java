package dev.platformscan.engine.gate;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.adopt.Adoption;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Judges a scan result against {@link GateRules}; the words are what a developer reads in a red CI log. */
public final class DuplicationGate {
    private static final int CLUSTERS_SHOWN = 5;

    public List<Violation> evaluate(ScanResult result, GateRules rules) {
        result = withoutSuppressed(result, rules);
        List<Violation> violations = new ArrayList<>();
        ScanSummary summary = result.summary();
        if (rules.maxDuplicationRatio() != null && summary.duplicationRatio() > rules.maxDuplicationRatio()) {
            List<CloneCluster> largest = result.copies().stream()
                    .sorted((a, b) -> Integer.compare(b.duplicatedLines(), a.duplicatedLines())).limit(CLUSTERS_SHOWN).toList();
            violations.add(new Violation("platform.maxDuplicationRatio", String.format(Locale.ROOT,
                    "duplication ratio %.1f%% (%,d of %,d lines of code) is above the limit %.1f%%; largest clusters:",
                    summary.duplicationRatio() * 100, summary.duplicatedLines(), summary.linesOfCode(),
                    rules.maxDuplicationRatio() * 100), describe(largest)));
        }
        if (rules.maxCopies() != null) {
            List<CloneCluster> tooMany = result.copies().stream()
                    .filter(c -> c.members().size() > rules.maxCopies()).toList();
            if (!tooMany.isEmpty()) {
                violations.add(new Violation("platform.maxCopies", tooMany.size() + (tooMany.size() == 1
                        ? " code structure has" : " code structures have") + " more than " + rules.maxCopies()
                        + " copies:", describe(tooMany)));
            }
        }
        for (String capability : rules.forbiddenCapabilities()) {
            List<CloneCluster> forbidden = result.clusters().stream()
                    .filter(c -> c.capability() != null && c.capability().id().equals(capability)).toList();
            if (!forbidden.isEmpty()) {
                long rewrites = forbidden.stream().filter(CloneCluster::isRewrite).count();
                long copies = forbidden.size() - rewrites;
                String found = (copies == 0 ? "" : copies + (copies == 1 ? " cluster of copies" : " clusters of copies"))
                        + (copies > 0 && rewrites > 0 ? " and " : "")
                        + (rewrites == 0 ? "" : rewrites + (rewrites == 1 ? " same-purpose rewrite" : " same-purpose rewrites"));
                violations.add(new Violation("platform.forbiddenCapabilities", "capability '" + capability
                        + "' must not be duplicated, but the scan found " + found + ":", describe(forbidden)));
            }
        }
        violations.addAll(holdouts(result.adoption(), rules, null));
        return violations;
    }

    /**
     * With a baseline: only copies the baseline did not accept break the gate (limits are not applied to
     * accepted duplication); a forbidden capability breaks it when one of its clusters gained a copy.
     */
    public List<Violation> evaluate(BaselineComparison comparison, GateRules rules, String baselineFile) {
        java.util.function.Predicate<String> suppressed = rules.suppressor();
        comparison = new BaselineComparison(comparison.grown().stream()
                .map(g -> new BaselineComparison.Grown(g.cluster(), g.newCopies().stream()
                        .filter(m -> !suppressed.test(m.symbol())).toList()))
                .filter(g -> !g.newCopies().isEmpty()).toList(), comparison.removed(), comparison.newHoldouts());
        List<Violation> violations = new ArrayList<>();
        if (comparison.grown().isEmpty()) {
            violations.addAll(holdouts(comparison.newHoldouts(), rules, baselineFile));
            return violations;
        }
        List<String> details = new ArrayList<>();
        List<String> forbiddenHits = new ArrayList<>();
        for (BaselineComparison.Grown grown : comparison.grown()) {
            CloneCluster cluster = grown.cluster();
            details.add(headline(cluster));
            for (ClusterMember member : grown.newCopies()) {
                details.add("    new: " + member.file() + ":" + member.startLine() + "  " + member.symbol());
            }
            if (cluster.capability() != null && rules.forbiddenCapabilities().contains(cluster.capability().id())) {
                forbiddenHits.add(cluster.capability().id() + " in cluster " + cluster.id());
            }
        }
        long copies = comparison.grown().stream().mapToLong(g -> g.newCopies().size()).sum();
        violations.add(new Violation("platform.baseline", copies + (copies == 1 ? " copy is" : " copies are")
                + " new since the baseline " + baselineFile + " (accept with: mvn platform:baseline):", details));
        if (!forbiddenHits.isEmpty()) {
            violations.add(new Violation("platform.forbiddenCapabilities",
                    "new copies of capabilities that must not be duplicated: " + String.join("; ", forbiddenHits), List.of()));
        }
        violations.addAll(holdouts(comparison.newHoldouts(), rules, baselineFile));
        return violations;
    }

    /**
     * platform.requireSharedComponents: per required capability with a shared component, the modules that implement
     * it themselves, each with its own code at file:line and the component to use instead ({@code baselineFile}: the
     * holdouts are those it did not accept; null without a baseline).
     */
    private static List<Violation> holdouts(List<Adoption> adoption, GateRules rules,
                                            String baselineFile) {
        java.util.function.Predicate<String> suppressed = rules.suppressor();
        List<Violation> violations = new ArrayList<>();
        for (Adoption entry : adoption) {
            if (!rules.requiresSharedComponent(entry.capability())) {
                continue;
            }
            String components = entry.components().stream().map(c -> c.module() + (c.mainType() == null ? ""
                    : " (" + c.mainType() + (c.types().size() > 1 ? ", ..." : "") + ")"))
                    .collect(java.util.stream.Collectors.joining(", "));
            List<String> details = new ArrayList<>();
            for (Adoption.Holdout holdout : entry.holdouts()) {
                for (Adoption.Code code : holdout.code()) {
                    if (!suppressed.test(code.symbol())) {
                        details.add(code.file() + ":" + code.startLine() + "  " + code.symbol() + "  in " + holdout.module());
                    }
                }
            }
            if (!details.isEmpty()) {
                violations.add(new Violation("platform.requireSharedComponents", "capability '" + entry.capability()
                        + "' has a shared component, " + components + ": use it instead of "
                        + (details.size() == 1 ? "this own implementation" : "these " + details.size() + " own implementations")
                        + (baselineFile == null ? "" : " new since the baseline " + baselineFile) + ":", details));
            }
        }
        return violations;
    }

    /** The result with suppressed copies left out of its clusters (ratio unchanged: it is measured on lines). */
    static ScanResult withoutSuppressed(ScanResult result, GateRules rules) {
        if (rules.suppressions().isEmpty()) {
            return result;
        }
        java.util.function.Predicate<String> suppressed = rules.suppressor();
        List<CloneCluster> kept = new ArrayList<>();
        for (CloneCluster cluster : result.clusters()) {
            List<ClusterMember> members = cluster.members().stream().filter(m -> !suppressed.test(m.symbol())).toList();
            if (members.size() >= 2) {
                kept.add(new CloneCluster(cluster.id(), cluster.cloneType(), cluster.similarity(), cluster.unit(),
                        members.stream().map(ClusterMember::module).distinct().sorted().toList(), members,
                        cluster.duplicatedLines(), cluster.capability(), cluster.family(), cluster.literal()));
            }
        }
        return new ScanResult(result.toolVersion(), result.request(), result.summary(), result.modules(), kept,
                result.problems(), result.elapsed(), result.opportunities(), result.history(), result.templates(),
                result.adoption());
    }

    /** "cluster C…: T3 class, similarity 0.88, 2 copies in g:a, g:b [Capability]". */
    private static String headline(CloneCluster cluster) {
        return String.format(Locale.ROOT, "cluster %s: %s %s, similarity %.2f, %d copies in %s%s", cluster.id(),
                cluster.cloneType().id(), cluster.unit(), cluster.similarity(), cluster.members().size(),
                String.join(", ", cluster.modules()),
                cluster.capability() == null ? "" : " [" + cluster.capability().name() + "]");
    }

    private static List<String> describe(List<CloneCluster> clusters) {
        List<String> lines = new ArrayList<>();
        for (CloneCluster cluster : clusters) {
            lines.add(headline(cluster));
            for (ClusterMember member : cluster.members()) {
                lines.add("    " + member.file() + ":" + member.startLine() + "  " + member.symbol());
            }
        }
        return lines;
    }

    /** The failure message: every violation with its clusters, then what to do. */
    public static String message(List<Violation> violations) {
        StringBuilder text = new StringBuilder("platform:check found ").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations").append('\n');
        for (Violation violation : violations) {
            text.append('[').append(violation.parameter()).append("] ").append(violation.summary()).append('\n');
            for (String detail : violation.details()) {
                text.append("  ").append(detail).append('\n');
            }
        }
        text.append("Fix: move the copies into one shared component (or onto the existing one); or accept today's copies "
                + "with mvn platform:baseline; ")
                .append("or change the limit (-D<parameter>=...); or report without failing (-Dplatform.failOnViolation=false).");
        return text.toString();
    }
}
