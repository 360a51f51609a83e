package dev.platformscan.engine.report;

import dev.platformscan.engine.report.json.JsonReportRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one place that lists every report format. */
public final class ReportFormats {
    private static final Map<String, ReportRenderer> RENDERERS = new LinkedHashMap<>();

    static {
        register(new JsonReportRenderer());
        register(new dev.platformscan.engine.report.sarif.SarifReportRenderer());
        register(new dev.platformscan.engine.report.markdown.MarkdownReportRenderer());
        register(new dev.platformscan.engine.report.html.HtmlReportRenderer());
    }

    private ReportFormats() {
    }

    private static void register(ReportRenderer renderer) {
        RENDERERS.put(renderer.id(), renderer);
    }

    public static List<String> ids() {
        return List.copyOf(RENDERERS.keySet());
    }

    /** Renderers for the given ids, in the given order; a typo fails with the list of valid ids. */
    public static List<ReportRenderer> select(List<String> ids) {
        List<ReportRenderer> selected = new ArrayList<>();
        for (String raw : ids) {
            String id = raw.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            ReportRenderer renderer = RENDERERS.get(id);
            if (renderer == null) {
                throw new IllegalArgumentException("formats: unknown report format '" + raw + "'; valid formats: "
                        + String.join(", ", RENDERERS.keySet()));
            }
            if (!selected.contains(renderer)) {
                selected.add(renderer);
            }
        }
        return selected;
    }
}
