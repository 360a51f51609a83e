package dev.platformscan.engine;

import dev.platformscan.engine.adopt.Adoption;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.ScanHistory;

import java.time.Duration;
import java.util.List;

/**
 * What one scan found, immutable and deterministic apart from {@link #elapsed()} (which renderers
 * of machine-readable formats leave out).
 */
public record ScanResult(String toolVersion, ScanRequest request, ScanSummary summary,
                         List<ModuleSummary> modules, List<CloneCluster> clusters, List<Problem> problems,
                         Duration elapsed, List<Opportunity> opportunities, ScanHistory history,
                         List<CloneCluster> templates, List<Adoption> adoption) {

    /**
     * @param templates instances of per-entity templates ({@code cloneType} template): look-alikes found apart from
     *                  the clusters, never counted as duplication nor gated
     * @param adoption  per capability with a shared component: its adopters and holdouts (issue 17)
     */
    public ScanResult {
        adoption = adoption == null ? List.of() : List.copyOf(adoption);
        modules = List.copyOf(modules);
        clusters = List.copyOf(clusters);
        problems = List.copyOf(problems);
        opportunities = List.copyOf(opportunities);
        history = history == null ? ScanHistory.EMPTY : history;
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    /** A result without an adoption stage. */
    public ScanResult(String toolVersion, ScanRequest request, ScanSummary summary, List<ModuleSummary> modules,
                      List<CloneCluster> clusters, List<Problem> problems, Duration elapsed,
                      List<Opportunity> opportunities, ScanHistory history, List<CloneCluster> templates) {
        this(toolVersion, request, summary, modules, clusters, problems, elapsed, opportunities, history, templates,
                List.of());
    }

    /** A result without template instances. */
    public ScanResult(String toolVersion, ScanRequest request, ScanSummary summary, List<ModuleSummary> modules,
                      List<CloneCluster> clusters, List<Problem> problems, Duration elapsed,
                      List<Opportunity> opportunities, ScanHistory history) {
        this(toolVersion, request, summary, modules, clusters, problems, elapsed, opportunities, history, List.of());
    }

    /** The clusters of copies (T1, T2, T3): {@link #clusters()} without the same-purpose rewrites. */
    public List<CloneCluster> copies() {
        return clusters.stream().filter(cluster -> !cluster.isRewrite()).toList();
    }

    /**
     * The same-purpose rewrites among {@link #clusters()} ({@link CloneCluster#isRewrite()}), in the clusters' order:
     * most modules first, then most duplicated lines, then id.
     */
    public List<CloneCluster> rewrites() {
        return clusters.stream().filter(CloneCluster::isRewrite)
                .sorted(java.util.Comparator.comparingInt((CloneCluster c) -> -c.modules().size())
                        .thenComparingInt(c -> -c.duplicatedLines()).thenComparing(CloneCluster::id))
                .toList();
    }

    /**
     * True when every cluster the opportunity gathers is a same-purpose rewrite: no copy backs it, only code written
     * apart for one capability (low confidence; most judged on real code were look-alikes by the copy bar).
     */
    public boolean restsOnRewritesOnly(Opportunity opportunity) {
        return restsOnRewritesOnly(opportunity, rewriteIds());
    }

    /** The opportunities at least one cluster of copies backs, best first: the ranked list a platform team works through. */
    public List<Opportunity> rankedOpportunities() {
        java.util.Set<String> rewriteIds = rewriteIds();
        return opportunities.stream().filter(o -> !restsOnRewritesOnly(o, rewriteIds)).toList();
    }

    /** The opportunities that rest on same-purpose rewrites only ({@link #restsOnRewritesOnly}), folded below the ranked list. */
    public List<Opportunity> rewriteOnlyOpportunities() {
        java.util.Set<String> rewriteIds = rewriteIds();
        return opportunities.stream().filter(o -> restsOnRewritesOnly(o, rewriteIds)).toList();
    }

    private static boolean restsOnRewritesOnly(Opportunity opportunity, java.util.Set<String> rewriteIds) {
        return !opportunity.clusters().isEmpty() && rewriteIds.containsAll(opportunity.clusters());
    }

    private java.util.Set<String> rewriteIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (CloneCluster cluster : clusters) {
            if (cluster.isRewrite()) {
                ids.add(cluster.id());
            }
        }
        return ids;
    }

    /** The same result with other opportunities and history (the score stage adds them). */
    public ScanResult withOpportunities(List<Opportunity> ranked, ScanHistory earlier) {
        return new ScanResult(toolVersion, request, summary, modules, clusters, problems, elapsed, ranked, earlier,
                templates, adoption);
    }
}
