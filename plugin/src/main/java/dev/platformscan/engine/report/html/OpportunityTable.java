package dev.platformscan.engine.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.ScoringSettings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * Every opportunity in one table, ranked, with the four scores and how each was computed (in a tooltip),
 * and the filters the script turns on. The script sorts and filters with {@link #data()}.
 */
final class OpportunityTable {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String SCORE_FORMULA = "score = reach × impact × confidence ÷ effort";
    /**
     * Rows shown until the reader asks for all: laying out thousands of table rows is what makes a large
     * report slow to open. The script keeps the limit while sorting and filtering; without scripts every row shows.
     */
    static final int VISIBLE_ROWS = 100;

    private final ReportContext context;
    private final List<Opportunity> opportunities;

    OpportunityTable(ReportContext context) {
        this.context = context;
        // the opportunities a copy backs; those resting on rewrites only come after them in the ranking, so the indexes
        // (and the detail anchors) are the same as in the whole list; they are listed apart (RewriteOpportunitiesSection)
        this.opportunities = context.result().rankedOpportunities();
    }

    void write(StringBuilder html) {
        html.append("<section id=\"opportunities\" aria-labelledby=\"opportunities-title\">\n")
                .append("<h2 id=\"opportunities-title\">Ranked opportunities</h2>\n");
        if (opportunities.isEmpty()) {
            html.append("<p class=\"empty\">No opportunity: no capability is duplicated across modules.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"hint\">Best first. Click a column to sort; hover a number, or open the opportunity,"
                + " to see how it was computed. The top ")
                .append(Math.min(HtmlReportRenderer.DETAILED_OPPORTUNITIES, opportunities.size()))
                .append(" have a detail view with the code side by side.</p>\n");
        writeFilters(html);
        html.append("<div class=\"table-wrap\"><table id=\"opportunity-table\" class=\"opportunities\">\n<thead><tr>");
        header(html, "rank", "Rank", "ascending");
        header(html, "name", "Opportunity", null);
        header(html, "reach", "Reach", null);
        header(html, "impact", "Impact", null);
        header(html, "confidence", "Confidence", null);
        header(html, "effort", "Effort", null);
        header(html, "score", "Score", null);
        html.append("</tr></thead>\n<tbody>\n");
        double maxScore = opportunities.stream().mapToDouble(Opportunity::score).max().orElse(0);
        for (int i = 0; i < opportunities.size(); i++) {
            writeRow(html, i, opportunities.get(i), maxScore);
        }
        html.append("</tbody>\n</table></div>\n<p id=\"no-match\" class=\"empty\" hidden>No opportunity matches the filters.</p>\n");
        if (opportunities.size() > VISIBLE_ROWS) {
            html.append("<p><button type=\"button\" id=\"show-all\" class=\"more\" hidden>Show all ")
                    .append(NumberText.count(opportunities.size())).append(" opportunities</button></p>\n");
        }
        html.append("</section>\n");
    }

    /** Rows past {@link #VISIBLE_ROWS} stay out of the layout until the script manages the table. */
    static String rowLimitStyle() {
        return "\n#opportunity-table:not(.managed) tbody tr:nth-child(n+" + (VISIBLE_ROWS + 1) + ") { display: none; }\n";
    }

    /** Without scripts nothing can show the rest, so every row shows. */
    static String allRowsStyle() {
        return "#opportunity-table tbody tr:nth-child(n+" + (VISIBLE_ROWS + 1) + ") { display: table-row !important; }";
    }

    private static void header(StringBuilder html, String key, String label, String sort) {
        html.append("<th scope=\"col\" data-key=\"").append(key).append('"')
                .append(" aria-sort=\"").append(sort == null ? "none" : sort).append("\">")
                .append("<button type=\"button\" class=\"sort\">").append(label)
                .append("<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>");
    }

    private void writeFilters(StringBuilder html) {
        Map<String, String> capabilities = new TreeMap<>();
        Set<String> modules = new TreeSet<>();
        Set<String> teams = new TreeSet<>();
        for (Opportunity opportunity : opportunities) {
            capabilities.put(opportunity.capabilityName() != null ? opportunity.capabilityName() : ReportContext.UNLABELLED,
                    capabilityKey(opportunity));
            modules.addAll(opportunity.reach().modules());
            teams.addAll(opportunity.reach().teams());
        }
        html.append("<div class=\"filters\" id=\"filters\" hidden>\n");
        html.append("<label>Capability <select id=\"filter-capability\"><option value=\"\">All capabilities</option>");
        capabilities.forEach((name, key) -> option(html, key, name));
        html.append("</select></label>\n<label>Module <select id=\"filter-module\"><option value=\"\">All modules</option>");
        modules.forEach(module -> option(html, module, module));
        html.append("</select></label>\n");
        if (!teams.isEmpty()) {
            html.append("<label>Team <select id=\"filter-team\"><option value=\"\">All teams</option>");
            teams.forEach(team -> option(html, team, team));
            html.append("</select></label>\n");
        }
        html.append("<label>Search <input type=\"search\" id=\"filter-text\" placeholder=\"name, module, team\"></label>\n")
                .append("<output id=\"filter-count\" aria-live=\"polite\"></output>\n</div>\n");
    }

    private static void option(StringBuilder html, String value, String label) {
        html.append("<option value=\"").append(escape(value)).append("\">").append(escape(label)).append("</option>");
    }

    private static String capabilityKey(Opportunity opportunity) {
        return opportunity.capabilityId() == null ? "-" : opportunity.capabilityId();
    }

    private void writeRow(StringBuilder html, int index, Opportunity opportunity, double maxScore) {
        Opportunity.Reach reach = opportunity.reach();
        Opportunity.Impact impact = opportunity.impact();
        html.append("<tr data-index=\"").append(index).append("\">");
        html.append("<td class=\"rank\"><span class=\"score\">").append(opportunity.rank()).append("</span></td>");
        html.append("<td class=\"name\">");
        if (ReportContext.hasDetail(index)) {
            html.append("<a href=\"#").append(ReportContext.anchor(index)).append("\">")
                    .append(escape(ReportContext.name(opportunity))).append("</a>");
        } else {
            html.append("<span class=\"plain\">").append(escape(ReportContext.name(opportunity))).append("</span>");
        }
        if (opportunity.component() != null) {
            html.append("<span class=\"sub\">shared: ").append(escape(opportunity.component().label())).append("</span>");
        }
        html.append("</td>");
        cell(html, "reach", reach.explanation(), NumberText.plural(reach.modules().size(), "module", "modules"),
                reach.teams().isEmpty() ? "teams unknown"
                        : reach.teamSource().equals(dev.platformscan.engine.score.TeamDirectory.INFERRED)
                        ? NumberText.plural(reach.teams().size(), "owner", "owners") + " (inferred)"
                        : NumberText.plural(reach.teams().size(), "team", "teams"),
                NumberText.score(reach.score()));
        cell(html, "impact", impact.explanation(), NumberText.count(impact.duplicatedLines()) + " lines",
                NumberText.count(impact.redundantLines()) + " redundant", NumberText.score(impact.score()));
        cell(html, "confidence", opportunity.confidence().explanation(),
                NumberText.wholePercent(opportunity.confidence().score()),
                NumberText.wholePercent(opportunity.confidence().similarity()) + " similar",
                NumberText.score(opportunity.confidence().score()));
        cell(html, "effort", opportunity.effort().explanation(), effortWord(opportunity.effort().score()),
                NumberText.wholePercent(opportunity.effort().drift()) + " drift", NumberText.score(opportunity.effort().score()));
        html.append("<td class=\"overall\" title=\"").append(escape(scoreExplanation(opportunity, context.result().request().scoring()))).append("\">")
                .append("<span class=\"score\">").append(NumberText.score(opportunity.score())).append("</span>")
                .append(ScoreBar.html(opportunity.score(), maxScore)).append("</td>");
        html.append("</tr>\n");
    }

    private static void cell(StringBuilder html, String key, String explanation, String value, String sub, String score) {
        html.append("<td class=\"").append(key).append("\" title=\"").append(escape(explanation)).append("\">")
                .append("<span class=\"value\">").append(escape(value)).append("</span>")
                .append("<span class=\"sub\">").append(escape(sub)).append("</span>")
                .append("<span class=\"score\">").append(score).append("</span></td>");
    }

    /** A word for the effort score, which grows from 1 (trivial) to 10 (docs/opportunities.md). */
    static String effortWord(double effort) {
        return effort < 2 ? "low" : effort < 4 ? "medium" : "high";
    }

    /** "score = reach × impact × confidence ÷ effort = 3.0 × 270 × 0.8 ÷ 1.4", with the weights when not all 1. */
    static String scoreExplanation(Opportunity opportunity, ScoringSettings weights) {
        String explanation = String.format(Locale.ROOT, "%s = %s × %s × %s ÷ %s", SCORE_FORMULA,
                NumberText.score(opportunity.reach().score()), NumberText.score(opportunity.impact().score()),
                NumberText.score(opportunity.confidence().score()), NumberText.score(opportunity.effort().score()));
        boolean weighted = weights.reachWeight() != 1 || weights.impactWeight() != 1 || weights.confidenceWeight() != 1
                || weights.effortWeight() != 1;
        return weighted ? explanation + String.format(Locale.ROOT,
                ", each raised to its weight (reach %s, impact %s, confidence %s, effort %s)",
                NumberText.score(weights.reachWeight()), NumberText.score(weights.impactWeight()),
                NumberText.score(weights.confidenceWeight()), NumberText.score(weights.effortWeight())) : explanation;
    }

    /** The rows' sort keys and filter values, as JSON (not yet escaped for a script element). */
    String data() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("visibleRows", VISIBLE_ROWS);
            json.writeArrayFieldStart("rows");
            for (Opportunity opportunity : opportunities) {
                json.writeStartObject();
                json.writeNumberField("rank", opportunity.rank());
                json.writeStringField("name", ReportContext.name(opportunity));
                json.writeStringField("capability", capabilityKey(opportunity));
                json.writeArrayFieldStart("modules");
                for (String module : opportunity.reach().modules()) {
                    json.writeString(module);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("teams");
                for (String team : opportunity.reach().teams()) {
                    json.writeString(team);
                }
                json.writeEndArray();
                json.writeNumberField("reach", opportunity.reach().score());
                json.writeNumberField("impact", opportunity.impact().score());
                json.writeNumberField("confidence", opportunity.confidence().score());
                json.writeNumberField("effort", opportunity.effort().score());
                json.writeNumberField("score", opportunity.score());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
