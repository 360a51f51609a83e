package dev.platformscan.engine.report.html;

import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.ScanHistory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * Duplication over the recorded scans and this one, and which opportunities shrank or grew: the
 * adoption signal after a platform component ships. Written only when there is a history.
 */
final class TrendSection {
    private static final int MAX_ROWS = 50;

    private final ReportContext context;

    TrendSection(ReportContext context) {
        this.context = context;
    }

    void write(StringBuilder html) {
        List<ScanHistory.Entry> entries = context.result().history().entries();
        if (entries.isEmpty()) {
            return;
        }
        ScanSummary now = context.result().summary();
        List<String> labels = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> lines = new ArrayList<>();
        for (ScanHistory.Entry entry : entries) {
            labels.add(entry.date());
            ratios.add(entry.duplicationRatio());
            lines.add((double) entry.duplicatedLines());
        }
        labels.add("this scan");
        ratios.add(now.duplicationRatio());
        lines.add((double) now.duplicatedLines());
        ScanHistory.Entry first = entries.get(0);
        html.append("<section id=\"trend\" aria-labelledby=\"trend-title\">\n<h2 id=\"trend-title\">Trend</h2>\n")
                .append("<p class=\"lede\">Duplicated lines went from ").append(NumberText.count(first.duplicatedLines()))
                .append(" (").append(escape(first.date())).append(") to ").append(NumberText.count(now.duplicatedLines()))
                .append(" now: ").append(change(now.duplicatedLines() - first.duplicatedLines())).append(" over ")
                .append(NumberText.plural(entries.size(), "recorded scan", "recorded scans")).append(".</p>\n")
                .append("<div class=\"charts\">")
                .append(LineChart.figure("Duplication ratio", labels, ratios, NumberText::percent))
                .append(LineChart.figure("Duplicated lines", labels, lines, value -> NumberText.count(Math.round(value))))
                .append("</div>\n");
        writeChanges(html, first, entries.get(entries.size() - 1));
        html.append("</section>\n");
    }

    private void writeChanges(StringBuilder html, ScanHistory.Entry first, ScanHistory.Entry last) {
        html.append("<h3>Opportunities since the recorded scans</h3>\n<div class=\"table-wrap\"><table class=\"changes\">\n")
                .append("<thead><tr><th scope=\"col\">Opportunity</th><th scope=\"col\">First recorded (")
                .append(escape(first.date())).append(")</th><th scope=\"col\">Last recorded (").append(escape(last.date()))
                .append(")</th><th scope=\"col\">Now</th><th scope=\"col\">Since first</th><th scope=\"col\">Since last</th>")
                .append("</tr></thead>\n<tbody>\n");
        Set<String> current = new HashSet<>();
        List<Opportunity> opportunities = context.result().opportunities();
        for (Opportunity opportunity : opportunities.subList(0, Math.min(MAX_ROWS, opportunities.size()))) {
            current.add(opportunity.id());
            row(html, ReportContext.name(opportunity), first.opportunities().get(opportunity.id()),
                    last.opportunities().get(opportunity.id()), opportunity.impact().duplicatedLines());
        }
        opportunities.forEach(opportunity -> current.add(opportunity.id()));
        for (Map.Entry<String, Integer> gone : last.opportunities().entrySet()) {
            if (!current.contains(gone.getKey())) {
                row(html, goneName(gone.getKey()), first.opportunities().get(gone.getKey()), gone.getValue(), 0);
            }
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static void row(StringBuilder html, String name, Integer first, Integer last, int now) {
        html.append("<tr><td>").append(escape(name)).append("</td><td class=\"num\">").append(lines(first))
                .append("</td><td class=\"num\">").append(lines(last)).append("</td><td class=\"num\">")
                .append(NumberText.count(now)).append("</td><td class=\"num\">")
                .append(first == null ? "new" : change(now - first)).append("</td><td class=\"num\">")
                .append(last == null ? "new" : change(now - last)).append("</td></tr>\n");
    }

    /** An opportunity of an earlier scan that is gone: its capability's name when the id says it. */
    private String goneName(String id) {
        String name = id.startsWith("capability:") ? context.capabilityName(id.substring("capability:".length())) : id;
        return name + " (gone)";
    }

    private static String lines(Integer value) {
        return value == null ? "&mdash;" : NumberText.count(value);
    }

    /** "−271 (shrank)", "+40 (grew)", "no change", as HTML. */
    private static String change(int delta) {
        if (delta == 0) {
            return "no change";
        }
        return delta < 0 ? "<span class=\"shrank\">&minus;" + NumberText.count(-delta) + " shrank</span>"
                : "<span class=\"grew\">+" + NumberText.count(delta) + " grew</span>";
    }
}
