package dev.platformscan.engine.report.html;

import dev.platformscan.engine.score.Opportunity;

import java.util.List;
import java.util.Locale;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * Opportunities that only same-purpose rewrites back, folded below the ranked opportunities: one capability written
 * apart in several modules, no copy among them. Most judged on real code were look-alikes by the copy bar (security
 * filter chains, message senders), so they are low-confidence leads, listed apart and closed rather than mixed into
 * the ranking. Their ranks follow the ranked list's; those within the detailed ones link to their detail view.
 */
final class RewriteOpportunitiesSection {
    private final List<Opportunity> opportunities;
    private final int firstIndex;

    RewriteOpportunitiesSection(ReportContext context) {
        this.opportunities = context.result().rewriteOnlyOpportunities();
        this.firstIndex = context.result().rankedOpportunities().size();
    }

    void write(StringBuilder html) {
        if (opportunities.isEmpty()) {
            return;
        }
        FoldedSection.open(html, "rewrite-opportunities", "Low confidence: the same purpose written apart", "rewrites",
                NumberText.plural(opportunities.size(), "opportunity", "opportunities")
                        + " with no copy behind them, only code written apart for one capability: not ranked",
                "Each entry is one capability implemented separately in several modules. Nothing was copied, so a "
                        + "shared component is a guess: read the code before planning one.");
        for (int i = 0; i < opportunities.size(); i++) {
            Opportunity opportunity = opportunities.get(i);
            int index = firstIndex + i;
            html.append("<li>");
            if (ReportContext.hasDetail(index)) {
                html.append("<a href=\"#").append(ReportContext.anchor(index)).append("\">")
                        .append(escape(opportunity.title())).append("</a>");
            } else {
                html.append("<strong>").append(escape(opportunity.title())).append("</strong>");
            }
            html.append(" (confidence ").append(String.format(Locale.ROOT, "%.2f", opportunity.confidence().score()))
                    .append("): ").append(escape(String.join(", ", opportunity.reach().modules()))).append("</li>\n");
        }
        FoldedSection.close(html, "");
    }
}
