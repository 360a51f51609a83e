package dev.platformscan.engine.report.html;

import dev.platformscan.engine.ModuleSummary;
import dev.platformscan.engine.score.Opportunity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * The module × capability map as inline SVG: one row per module with sources, one column per capability
 * some module shows, the cell shaded by how many of the module's units show it. Cells whose copy belongs
 * to a ranked opportunity are outlined. Capabilities of opportunities come first, in rank order.
 */
final class HeatmapSection {
    private static final int LABEL_WIDTH = 200;
    private static final int HEADER_HEIGHT = 140;
    private static final int CELL_WIDTH = 42;
    private static final int CELL_HEIGHT = 28;
    private static final String[] SHADES = {"#deebf7", "#b3d3ea", "#78b0d8", "#3f85c2", "#15549a"};
    private static final String EMPTY = "#f4f5f7";
    private static final String MARK = "#d9480f";

    private final ReportContext context;

    HeatmapSection(ReportContext context) {
        this.context = context;
    }

    void write(StringBuilder html) {
        html.append("<section id=\"heatmap\" aria-labelledby=\"heatmap-title\">\n")
                .append("<h2 id=\"heatmap-title\">Which module implements which capability</h2>\n");
        List<ModuleSummary> modules = context.result().modules().stream().filter(module -> module.files() > 0).toList();
        List<String> capabilities = columns(modules);
        if (capabilities.isEmpty()) {
            html.append("<p class=\"empty\">No code matched a capability rule.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"hint\">Each cell counts the module's methods and classes that show the capability;"
                + " darker means more. An outlined cell is a copy that belongs to a ranked opportunity.</p>\n");
        Map<String, Integer> bestRank = opportunityRanks();
        int max = 1;
        for (ModuleSummary module : modules) {
            for (int count : module.capabilities().values()) {
                max = Math.max(max, count);
            }
        }
        int width = LABEL_WIDTH + capabilities.size() * CELL_WIDTH + HEADER_HEIGHT;
        int height = HEADER_HEIGHT + modules.size() * CELL_HEIGHT + 6;
        html.append("<div class=\"heatmap-wrap\"><svg class=\"heatmap\" role=\"img\" aria-labelledby=\"heatmap-title\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n");
        for (int c = 0; c < capabilities.size(); c++) {
            int x = LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2;
            html.append("<text class=\"column-label\" transform=\"translate(").append(x - 4).append(' ')
                    .append(HEADER_HEIGHT - 8).append(") rotate(-45)\" fill=\"#1f2328\"><title>")
                    .append(escape(context.capabilityName(capabilities.get(c)))).append("</title>")
                    .append(escape(shorten(context.capabilityName(capabilities.get(c)), 24))).append("</text>\n");
        }
        for (int r = 0; r < modules.size(); r++) {
            ModuleSummary module = modules.get(r);
            int y = HEADER_HEIGHT + r * CELL_HEIGHT;
            html.append("<text class=\"row-label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + CELL_HEIGHT / 2 + 5)
                    .append("\" text-anchor=\"end\" fill=\"#1f2328\"><title>").append(escape(module.id())).append("</title>")
                    .append(escape(shorten(ReportContext.shortModule(module.id()), 28))).append("</text>\n");
            for (int c = 0; c < capabilities.size(); c++) {
                String capability = capabilities.get(c);
                writeCell(html, module, capability, LABEL_WIDTH + c * CELL_WIDTH, y, max,
                        bestRank.get(module.id() + '\n' + capability));
            }
        }
        html.append("</svg></div>\n");
        writeLegend(html, max);
        html.append("</section>\n");
    }

    private void writeCell(StringBuilder html, ModuleSummary module, String capability, int x, int y, int max,
                           Integer rank) {
        int count = module.capabilities().getOrDefault(capability, 0);
        String fill = count == 0 ? EMPTY : SHADES[shade(count, max)];
        String tooltip = ReportContext.shortModule(module.id()) + " · " + context.capabilityName(capability) + ": "
                + NumberText.plural(count, "unit", "units") + (rank == null ? "" : " (opportunity #" + rank + ")");
        html.append("<g class=\"cell").append(rank == null ? "" : " in-opportunity").append("\" data-module=\"")
                .append(escape(module.id())).append("\" data-capability=\"").append(escape(capability))
                .append("\" data-count=\"").append(count).append("\"><title>").append(escape(tooltip)).append("</title>")
                .append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"")
                .append(CELL_WIDTH - 2).append("\" height=\"").append(CELL_HEIGHT - 2).append("\" rx=\"3\" fill=\"")
                .append(fill).append('"');
        if (rank != null) {
            html.append(" stroke=\"").append(MARK).append("\" stroke-width=\"2.5\"");
        }
        html.append("/>");
        if (count > 0) {
            html.append("<text x=\"").append(x + CELL_WIDTH / 2).append("\" y=\"").append(y + CELL_HEIGHT / 2 + 5)
                    .append("\" text-anchor=\"middle\" fill=\"").append(shade(count, max) >= 3 ? "#ffffff" : "#1f2328")
                    .append("\">").append(count).append("</text>");
        }
        html.append("</g>\n");
    }

    private static void writeLegend(StringBuilder html, int max) {
        html.append("<div class=\"legend\"><svg width=\"460\" height=\"26\" font-family=\"system-ui, sans-serif\""
                + " font-size=\"12\" aria-hidden=\"true\"><text x=\"0\" y=\"17\" fill=\"#1f2328\">units:</text>");
        html.append("<rect x=\"42\" y=\"4\" width=\"22\" height=\"18\" rx=\"3\" fill=\"").append(EMPTY).append("\"/>")
                .append("<text x=\"53\" y=\"17\" text-anchor=\"middle\" fill=\"#1f2328\">0</text>");
        for (int i = 0; i < SHADES.length; i++) {
            html.append("<rect x=\"").append(66 + i * 24).append("\" y=\"4\" width=\"22\" height=\"18\" rx=\"3\" fill=\"")
                    .append(SHADES[i]).append("\"/>");
        }
        html.append("<text x=\"190\" y=\"17\" fill=\"#1f2328\">").append(max).append(" (most)</text>")
                .append("<rect x=\"262\" y=\"4\" width=\"22\" height=\"18\" rx=\"3\" fill=\"").append(SHADES[1])
                .append("\" stroke=\"").append(MARK).append("\" stroke-width=\"2.5\"/>")
                .append("<text x=\"290\" y=\"17\" fill=\"#1f2328\">part of an opportunity</text></svg>");
        html.append("<span class=\"sr-only\">Legend: lighter cells hold fewer units, the darkest ").append(max)
                .append("; outlined cells are copies that belong to a ranked opportunity.</span></div>\n");
    }

    /** 0..4 on a square-root scale, so small counts stay visible next to a large one. */
    private static int shade(int count, int max) {
        return Math.min(SHADES.length - 1, (int) Math.floor(Math.sqrt((double) count / max) * SHADES.length - 1e-9));
    }

    /** Capabilities of opportunities in rank order, then the others by name. */
    private List<String> columns(List<ModuleSummary> modules) {
        Set<String> shown = new HashSet<>();
        modules.forEach(module -> module.capabilities().forEach((id, count) -> {
            if (count > 0) {
                shown.add(id);
            }
        }));
        LinkedHashMap<String, Boolean> ordered = new LinkedHashMap<>();
        for (Opportunity opportunity : context.result().opportunities()) {
            if (opportunity.capabilityId() != null && shown.contains(opportunity.capabilityId())) {
                ordered.put(opportunity.capabilityId(), true);
            }
        }
        Map<String, String> rest = new TreeMap<>();
        for (String id : shown) {
            if (!ordered.containsKey(id)) {
                rest.put(context.capabilityName(id).toLowerCase(Locale.ROOT) + '\n' + id, id);
            }
        }
        List<String> columns = new ArrayList<>(ordered.keySet());
        columns.addAll(rest.values());
        return columns;
    }

    /** "module\ncapability" → best rank of an opportunity of that capability the module has a copy in. */
    private Map<String, Integer> opportunityRanks() {
        Map<String, Integer> ranks = new TreeMap<>();
        for (Opportunity opportunity : context.result().rankedOpportunities()) {
            if (opportunity.capabilityId() == null) {
                continue;
            }
            for (String module : opportunity.reach().modules()) {
                ranks.merge(module + '\n' + opportunity.capabilityId(), opportunity.rank(), Math::min);
            }
        }
        return ranks;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
