package dev.platformscan.engine.report.html;

import dev.platformscan.engine.classify.ClusterCapability;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.Opportunity.Copy;
import dev.platformscan.engine.score.Opportunity.CopyMember;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * One collapsible view per top opportunity: the scores with their explanations, the suggested component,
 * the pioneer and why, next steps, who has a copy, the capability evidence, and the copies side by side.
 */
final class OpportunityDetails {
    static final int MAX_COMPARISONS = 4;
    private static final int MAX_EVIDENCE = 12;

    private final ReportContext context;
    private final CopyComparison comparison;
    private final NextSteps nextSteps;

    OpportunityDetails(ReportContext context, CopyComparison comparison) {
        this.context = context;
        this.comparison = comparison;
        this.nextSteps = new NextSteps(context.result().history());
    }

    void write(StringBuilder html) {
        List<Opportunity> opportunities = context.result().opportunities();
        if (opportunities.isEmpty()) {
            return;
        }
        int shown = Math.min(HtmlReportRenderer.DETAILED_OPPORTUNITIES, opportunities.size());
        html.append("<section id=\"details\" aria-labelledby=\"details-title\">\n")
                .append("<h2 id=\"details-title\">Opportunities in detail</h2>\n")
                .append("<p class=\"hint\">The top ").append(shown).append(" of ").append(opportunities.size())
                .append(". Open one to see why it was ranked, where to start and the code side by side.")
                .append(" <button type=\"button\" id=\"toggle-details\" class=\"link\" hidden>Open all</button></p>\n");
        for (int i = 0; i < shown; i++) {
            writeOpportunity(html, i, opportunities.get(i));
        }
        html.append("</section>\n");
    }

    private void writeOpportunity(StringBuilder html, int index, Opportunity opportunity) {
        html.append("<details class=\"opportunity\" id=\"").append(ReportContext.anchor(index)).append("\">\n<summary>")
                .append("<span class=\"rank\">#").append(opportunity.rank()).append("</span> <span class=\"name\">")
                .append(escape(ReportContext.name(opportunity))).append("</span> <span class=\"sub\">")
                .append(escape(ReportContext.facts(opportunity))).append("</span></summary>\n<div class=\"detail-body\">\n");
        writeScores(html, opportunity);
        html.append("<div class=\"columns\">\n");
        writeComponent(html, opportunity);
        writePioneer(html, opportunity);
        html.append("</div>\n");
        nextSteps.write(html, opportunity);
        writeCopies(html, opportunity);
        writeEvidence(html, opportunity);
        writeComparisons(html, opportunity);
        html.append("</div>\n</details>\n");
    }

    private void writeScores(StringBuilder html, Opportunity opportunity) {
        Opportunity.Reach reach = opportunity.reach();
        Opportunity.Impact impact = opportunity.impact();
        html.append("<div class=\"scores\">\n");
        card(html, "reach", "Reach", NumberText.plural(reach.modules().size(), "module", "modules")
                + (reach.teams().isEmpty() ? "" : ", " + NumberText.plural(reach.teams().size(), "team", "teams")),
                reach.score(), reach.explanation());
        card(html, "impact", "Impact", NumberText.count(impact.duplicatedLines()) + " lines, "
                + NumberText.count(impact.redundantLines()) + " redundant", impact.score(), impact.explanation());
        card(html, "confidence", "Confidence", NumberText.wholePercent(opportunity.confidence().score()),
                opportunity.confidence().score(), opportunity.confidence().explanation());
        card(html, "effort", "Effort", OpportunityTable.effortWord(opportunity.effort().score()),
                opportunity.effort().score(), opportunity.effort().explanation());
        card(html, "overall", "Score", NumberText.score(opportunity.score()), opportunity.score(),
                OpportunityTable.scoreExplanation(opportunity, context.result().request().scoring()));
        html.append("</div>\n");
    }

    private static void card(StringBuilder html, String key, String label, String value, double score, String explanation) {
        html.append("<div class=\"card ").append(key).append("\"><h4>").append(label).append(" <span class=\"score\">")
                .append(NumberText.score(score)).append("</span></h4><p class=\"value\">").append(escape(value))
                .append("</p><p class=\"explanation\">").append(escape(explanation)).append("</p></div>\n");
    }

    private static void writeComponent(StringBuilder html, Opportunity opportunity) {
        html.append("<div class=\"component\"><h4>Suggested shared component</h4>");
        if (opportunity.component() == null) {
            html.append("<p>No suggestion.</p></div>\n");
            return;
        }
        html.append("<p><code>").append(escape(opportunity.component().label())).append("</code></p>");
        List<String> operations = opportunity.component().operations();
        if (!operations.isEmpty()) {
            html.append("<p>Offering the operations the copies share:</p><ul class=\"operations\">");
            for (String operation : operations) {
                html.append("<li><code>").append(escape(operation)).append("</code></li>");
            }
            html.append("</ul>");
        }
        html.append("</div>\n");
    }

    private static void writePioneer(StringBuilder html, Opportunity opportunity) {
        Opportunity.Pioneer pioneer = opportunity.pioneer();
        html.append("<div class=\"pioneer-box\"><h4>Start from the pioneer</h4>");
        if (pioneer == null) {
            html.append("<p>No copy stands out.</p></div>\n");
            return;
        }
        html.append("<p><span class=\"badge pioneer\">pioneer</span> <strong class=\"module\" title=\"")
                .append(escape(pioneer.module())).append("\">").append(escape(ReportContext.shortModule(pioneer.module())))
                .append("</strong>: <code>").append(escape(ReportContext.shortSymbol(pioneer.symbol()))).append("</code></p>")
                .append("<p class=\"reason\">").append(escape(pioneer.reason())).append("</p>")
                .append("<p class=\"where\"><code>").append(escape(pioneer.file())).append("</code></p></div>\n");
    }

    private static void writeCopies(StringBuilder html, Opportunity opportunity) {
        String pioneerModule = opportunity.pioneer() == null ? null : opportunity.pioneer().module();
        html.append("<h4>Who has a copy</h4>\n<div class=\"table-wrap\"><table class=\"copies\">\n<thead><tr>")
                .append("<th scope=\"col\">Module</th><th scope=\"col\">Team</th><th scope=\"col\">Lines</th>")
                .append("<th scope=\"col\">Code</th><th scope=\"col\">Tested by</th>")
                .append("<th scope=\"col\">Tied to its module by</th></tr></thead>\n<tbody>\n");
        for (Copy copy : opportunity.copies()) {
            boolean pioneer = copy.module().equals(pioneerModule);
            html.append("<tr").append(pioneer ? " class=\"pioneer-row\"" : "").append("><td><span class=\"module\" title=\"")
                    .append(escape(copy.module())).append("\">").append(escape(ReportContext.shortModule(copy.module())))
                    .append("</span>").append(pioneer ? " <span class=\"badge pioneer\">pioneer</span>" : "")
                    .append("</td><td>").append(copy.team() == null ? "<span class=\"muted\">unknown</span>" : escape(copy.team()))
                    .append("</td><td class=\"num\">").append(NumberText.count(copy.lines())).append("</td><td>");
            for (CopyMember member : copy.members()) {
                html.append("<div><code title=\"").append(escape(member.file() + ":" + member.startLine() + "-" + member.endLine()))
                        .append("\">").append(escape(ReportContext.shortSymbol(member.symbol()))).append("</code></div>");
            }
            html.append("</td><td>").append(list(copy.tested(), "none found")).append("</td><td>")
                    .append(list(copy.moduleSpecificDependencies(), "nothing module-specific")).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static String list(List<String> items, String whenEmpty) {
        if (items.isEmpty()) {
            return "<span class=\"muted\">" + whenEmpty + "</span>";
        }
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            text.append(text.isEmpty() ? "" : ", ").append("<code>").append(escape(ReportContext.shortSymbol(item))).append("</code>");
        }
        return text.toString();
    }

    private void writeEvidence(StringBuilder html, Opportunity opportunity) {
        Map<String, Set<String>> seenIn = new LinkedHashMap<>();
        // the opportunity's clusters by family, in the opportunity's order: a family is one piece of code in variants
        Map<String, List<CloneCluster>> families = new LinkedHashMap<>();
        for (String id : opportunity.clusters()) {
            CloneCluster cluster = context.cluster(id);
            if (cluster == null) {
                continue;
            }
            families.computeIfAbsent(cluster.family(), family -> new ArrayList<>()).add(cluster);
            ClusterCapability capability = cluster.capability();
            if (capability != null) {
                for (ClusterCapability.Evidence evidence : capability.evidence()) {
                    seenIn.computeIfAbsent(evidence.signal(), signal -> new TreeSet<>()).addAll(evidence.seenIn());
                }
            }
        }
        int clusters = families.values().stream().mapToInt(List::size).sum();
        html.append("<h4>Evidence</h4>\n");
        if (families.size() == 1 && clusters > 1) {
            html.append("<p>One family: ").append(NumberText.plural(clusters, "variant", "variants"))
                    .append(" of one piece of code that drifted apart, each a cluster of near-duplicate copies, linked by")
                    .append(" copies verified across them:</p>");
            writeVariants(html, families.values().iterator().next());
        } else if (clusters > 0) {
            int rewrites = (int) families.values().stream().flatMap(List::stream).filter(CloneCluster::isRewrite).count();
            html.append("<p>Built from ").append(rewrites == clusters ? ""
                            : NumberText.plural(clusters - rewrites, "cluster", "clusters") + " of near-duplicate code")
                    .append(rewrites == 0 || rewrites == clusters ? "" : " and ")
                    .append(rewrites == 0 ? "" : NumberText.plural(rewrites, "same-purpose rewrite",
                            "same-purpose rewrites") + " (the capability written apart, not copied)")
                    .append(families.size() < clusters
                            ? " in " + NumberText.plural(families.size(), "family", "families") : "")
                    .append(":</p><ul class=\"clusters\">");
            for (List<CloneCluster> family : families.values()) {
                if (family.size() == 1) {
                    html.append("<li>").append(escape(describe(family.get(0)))).append("</li>");
                } else {
                    html.append("<li>One family of ").append(NumberText.plural(family.size(), "variant", "variants"))
                            .append(", linked by copies verified across them:");
                    writeVariants(html, family);
                    html.append("</li>");
                }
            }
            html.append("</ul>\n");
        }
        if (seenIn.isEmpty()) {
            html.append("<p class=\"muted\">No capability rule matched: the copies are similar code without a known purpose.</p>\n");
            return;
        }
        List<Map.Entry<String, Set<String>>> signals = new ArrayList<>(seenIn.entrySet());
        signals.sort(Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        html.append("<p>Why these copies are &ldquo;").append(escape(ReportContext.name(opportunity)))
                .append("&rdquo;: the signals the capability rule matched.</p>\n<ul class=\"evidence\">\n");
        for (Map.Entry<String, Set<String>> signal : signals.subList(0, Math.min(MAX_EVIDENCE, signals.size()))) {
            html.append("<li><code>").append(escape(signal.getKey())).append("</code> <span class=\"muted\" title=\"")
                    .append(escape(String.join(", ", signal.getValue()))).append("\">in ")
                    .append(NumberText.plural(signal.getValue().size(), "copy", "copies")).append("</span></li>\n");
        }
        html.append("</ul>\n");
        if (signals.size() > MAX_EVIDENCE) {
            html.append("<p class=\"muted\">and ").append(signals.size() - MAX_EVIDENCE).append(" more signals.</p>\n");
        }
    }

    private static void writeVariants(StringBuilder html, List<CloneCluster> family) {
        html.append("<ul class=\"clusters\">");
        for (int v = 0; v < family.size(); v++) {
            html.append("<li>Variant ").append(v + 1).append(": ").append(escape(describe(family.get(v)))).append("</li>");
        }
        html.append("</ul>\n");
    }

    private static String describe(CloneCluster cluster) {
        if (cluster.isRewrite()) {
            return "same-purpose " + cluster.unit() + " rewrites, " + NumberText.wholePercent(cluster.similarity())
                    + " of their API calls shared at least, "
                    + NumberText.plural(cluster.members().size(), "implementation", "implementations") + ", "
                    + NumberText.count(cluster.duplicatedLines()) + " lines";
        }
        return cluster.cloneType().id() + " " + cluster.unit() + " copies, "
                + NumberText.wholePercent(cluster.similarity()) + " similar at least, "
                + NumberText.plural(cluster.members().size(), "copy", "copies") + ", "
                + NumberText.count(cluster.duplicatedLines()) + " lines";
    }

    private void writeComparisons(StringBuilder html, Opportunity opportunity) {
        Opportunity.Pioneer pioneer = opportunity.pioneer();
        Copy pioneerCopy = pioneer == null ? null : opportunity.copies().stream()
                .filter(copy -> copy.module().equals(pioneer.module())).findFirst().orElse(null);
        html.append("<h4>The copies side by side</h4>\n");
        if (pioneerCopy == null || pioneerCopy.members().isEmpty()) {
            html.append("<p class=\"muted\">No pioneer copy to compare with.</p>\n");
            return;
        }
        CopyMember pioneerMember = pioneerCopy.members().stream()
                .filter(member -> member.symbol().equals(pioneer.symbol()) && member.file().equals(pioneer.file()))
                .findFirst().orElse(CopyComparison.pick(pioneerCopy.members(), ""));
        html.append("<p class=\"diff-legend\"><span class=\"swatch changed\"></span> changed line"
                + " <span class=\"swatch left-only\"></span> only in the pioneer"
                + " <span class=\"swatch right-only\"></span> only in the other copy"
                + " <span class=\"muted\">(indentation is ignored)</span></p>\n");
        List<Copy> others = opportunity.copies().stream().filter(copy -> copy != pioneerCopy && !copy.members().isEmpty()).toList();
        for (Copy other : others.subList(0, Math.min(MAX_COMPARISONS, others.size()))) {
            comparison.write(html, pioneerCopy.module(), pioneerMember, other.module(),
                    CopyComparison.pick(other.members(), pioneerMember.clusterId()));
        }
        if (others.size() > MAX_COMPARISONS) {
            html.append("<p class=\"muted\">").append(others.size() - MAX_COMPARISONS)
                    .append(" more copies are listed above but not shown side by side.</p>\n");
        }
    }
}
