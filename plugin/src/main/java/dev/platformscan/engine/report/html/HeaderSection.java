package dev.platformscan.engine.report.html;

import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.score.Opportunity;

import java.util.List;

import static dev.platformscan.engine.report.html.Html.escape;

/** Project, tool version, the headline numbers, the top three opportunities and a short glossary. */
final class HeaderSection {
    private static final int TOP = 3;

    private final ReportContext context;

    HeaderSection(ReportContext context) {
        this.context = context;
    }

    void write(StringBuilder html) {
        ScanSummary summary = context.result().summary();
        List<Opportunity> opportunities = context.result().rankedOpportunities();
        int folded = context.result().rewriteOnlyOpportunities().size();
        html.append("<header class=\"report-header\">\n<p class=\"eyebrow\">platform-scan ")
                .append(escape(context.result().toolVersion())).append(" &middot; platform opportunity report</p>\n")
                .append("<h1>Platform opportunities in <span class=\"project\">").append(escape(context.projectName()))
                .append("</span></h1>\n")
                .append("<p class=\"lede\">Capabilities that several modules built on their own. Each could become one shared"
                        + " platform component. Ranked by reach &times; impact &times; confidence &divide; effort.</p>\n");
        html.append("<div class=\"summary\">\n<dl class=\"headline\">\n");
        figure(html, "duplicated-lines", "Duplicated code", NumberText.count(summary.duplicatedLines()), "lines",
                NumberText.percent(summary.duplicationRatio()) + " of " + NumberText.count(summary.linesOfCode())
                        + " lines of code");
        figure(html, "opportunities", "Opportunities", NumberText.count(opportunities.size()), "",
                "from " + NumberText.plural(summary.clusters(), "cluster", "clusters") + " of near-duplicate code"
                        + (context.result().rewrites().isEmpty() ? "" : " and " + NumberText.plural(
                        context.result().rewrites().size(), "same-purpose rewrite", "same-purpose rewrites"))
                        + (folded == 0 ? "" : "; " + NumberText.plural(folded, "more", "more")
                        + " with rewrites only, folded below the ranking"));
        figure(html, "modules-involved", "Modules involved", NumberText.count(context.modulesInOpportunities().size()),
                "of " + NumberText.count(summary.modules()), "carry a copy of a capability another module also has");
        html.append("</dl>\n");
        writeTop(html, opportunities);
        html.append("</div>\n");
        writeGlossary(html);
        html.append("</header>\n");
        writeNavigation(html);
    }

    private static void figure(StringBuilder html, String id, String label, String value, String unit, String note) {
        html.append("<div class=\"figure\" id=\"figure-").append(id).append("\"><dt>").append(label)
                .append("</dt><dd><strong>").append(value).append("</strong>")
                .append(unit.isEmpty() ? "" : " " + unit)
                .append("<span class=\"note\">").append(escape(note)).append("</span></dd></div>\n");
    }

    private void writeTop(StringBuilder html, List<Opportunity> opportunities) {
        html.append("<div class=\"top\"><h2>Top opportunities</h2>\n");
        if (opportunities.isEmpty()) {
            html.append("<p>None: no capability is implemented in two or more modules.</p>\n</div>\n");
            return;
        }
        html.append("<ol>\n");
        for (int i = 0; i < Math.min(TOP, opportunities.size()); i++) {
            html.append("<li><a href=\"#").append(ReportContext.anchor(i)).append("\">")
                    .append(escape(opportunities.get(i).title())).append("</a></li>\n");
        }
        html.append("</ol>\n</div>\n");
    }

    private static void writeGlossary(StringBuilder html) {
        html.append("""
                <details class="glossary"><summary>How to read this report</summary>
                <dl>
                <dt>Reach</dt><dd>How many modules, and owning teams, carry their own copy. More copies, bigger opportunity.</dd>
                <dt>Impact</dt><dd>How much code is maintained more than once. Redundant lines would go away with one shared copy.</dd>
                <dt>Confidence</dt><dd>How sure we are the copies are the same thing: identical copies are certain, same-purpose rewrites less so.</dd>
                <dt>Effort</dt><dd>How far the copies have drifted apart and how tied they are to their module: 1 is easy, higher is harder.</dd>
                <dt>Pioneer</dt><dd>The existing copy to start the shared component from: most complete, tested, fewest module-specific dependencies.</dd>
                </dl>
                </details>
                """);
    }

    private void writeNavigation(StringBuilder html) {
        html.append("<nav class=\"toc\" aria-label=\"Sections\"><a href=\"#opportunities\">Ranked opportunities</a>");
        if (!context.result().adoption().isEmpty()) {
            html.append("<a href=\"#adoption\">Adoption</a>");
        }
        html.append("<a href=\"#heatmap\">Module &times; capability map</a>");
        if (!context.result().history().entries().isEmpty()) {
            html.append("<a href=\"#trend\">Trend</a>");
        }
        if (!context.result().opportunities().isEmpty()) {
            html.append("<a href=\"#details\">Opportunities in detail</a>");
        }
        html.append("<a href=\"#problems\">Problems</a></nav>\n");
    }
}
