package dev.platformscan.engine.report.html;

import dev.platformscan.engine.adopt.Adoption;

import java.util.List;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * Adoption of the reactor's shared components (issue 17): per capability that has one, the component, a bar of the
 * share of modules that use it, and the modules that still carry their own code for it, each with that code. A table
 * and {@code details} elements: it reads without scripts. Capabilities with the most holdouts come first, as they are
 * the platform team's next work.
 */
final class AdoptionSection {
    private static final int MAX_CODE_SHOWN = 8;

    private final List<Adoption> adoption;
    private final dev.platformscan.engine.score.ScanHistory history;

    AdoptionSection(List<Adoption> adoption, dev.platformscan.engine.score.ScanHistory history) {
        this.history = history;
        this.adoption = adoption.stream().sorted(Adoption.MOST_HOLDOUTS_FIRST).toList();
    }

    void write(StringBuilder html) {
        if (adoption.isEmpty()) {
            return;
        }
        html.append("<section id=\"adoption\" aria-labelledby=\"adoption-title\">\n")
                .append("<h2 id=\"adoption-title\">Adoption of shared components</h2>\n")
                .append("<p>Where a module of this repository already offers a capability to the others: who uses it, ")
                .append("and who still carries their own code for it (the holdouts to move onto it). Adoption = ")
                .append("modules that use it ÷ (those + holdouts).</p>\n")
                .append("<table class=\"adoption\">\n<thead><tr><th scope=\"col\">Capability</th>")
                .append("<th scope=\"col\">Shared component</th><th scope=\"col\">Adoption</th>")
                .append("<th scope=\"col\">Holdouts: their own code</th></tr></thead>\n<tbody>\n");
        for (Adoption entry : adoption) {
            html.append("<tr><th scope=\"row\">").append(escape(entry.capabilityName())).append("</th><td>");
            for (int i = 0; i < entry.components().size(); i++) {
                Adoption.Component component = entry.components().get(i);
                html.append(i == 0 ? "" : ", ").append("<code>")
                        .append(escape(ReportContext.shortModule(component.module()))).append("</code>")
                        .append(component.declared() ? " (declared)" : "");
            }
            int modules = entry.adopters().size() + entry.holdouts().size();
            html.append("</td><td>").append(ScoreBar.html(entry.share(), 1.0).replace("class=\"bar", "class=\"bar wide"))
                    .append(NumberText.wholePercent(entry.share())).append(": ")
                    .append(NumberText.count(entry.adopters().size())).append(" of ")
                    .append(NumberText.plural(modules, "module", "modules")).append(" use it");
            if (!entry.adopters().isEmpty()) {
                html.append(" (");
                for (int i = 0; i < entry.adopters().size(); i++) {
                    html.append(i == 0 ? "" : ", ").append(escape(ReportContext.shortModule(entry.adopters().get(i).module())));
                }
                html.append(")");
            }
            html.append(trend(entry));
            html.append("</td><td>");
            if (entry.holdouts().isEmpty()) {
                html.append("none");
            }
            for (Adoption.Holdout holdout : entry.holdouts()) {
                html.append("<details><summary>").append(escape(ReportContext.shortModule(holdout.module())))
                        .append(": ").append(NumberText.plural(holdout.code().size(), "unit", "units"))
                        .append(holdout.alsoUses() ? ", uses the component elsewhere" : "").append("</summary><ul>");
                for (Adoption.Code code : holdout.code().subList(0, Math.min(MAX_CODE_SHOWN, holdout.code().size()))) {
                    html.append("<li><code>").append(escape(ReportContext.shortSymbol(code.symbol()))).append("</code> ")
                            .append(escape(code.file())).append(':').append(code.startLine()).append("</li>");
                }
                if (holdout.code().size() > MAX_CODE_SHOWN) {
                    html.append("<li>and ").append(NumberText.count(holdout.code().size() - MAX_CODE_SHOWN))
                            .append(" more in report.json</li>");
                }
                html.append("</ul></details>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * "; was 33% at the first recorded scan with it (2026-05-04)", from platform.history; nothing without a recorded
     * share.
     */
    private String trend(Adoption entry) {
        for (dev.platformscan.engine.score.ScanHistory.Entry scan : history.entries()) {
            Double share = scan.adoption().get(entry.capability());
            if (share != null) {
                long then = Math.round(share * 100);
                long now = Math.round(entry.share() * 100);
                return "<br><span class=\"trend\">" + (now > then ? "up from " : now < then ? "down from " : "unchanged at ")
                        + then + "% at the first recorded scan with it (" + escape(scan.date()) + ")</span>";
            }
        }
        return "";
    }
}
