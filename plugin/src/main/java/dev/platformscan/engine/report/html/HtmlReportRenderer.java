package dev.platformscan.engine.report.html;

import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.report.ReportRenderer;

import java.io.IOException;
import java.io.Writer;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * report.html: one self-contained page for platform product managers (docs/report-html.md). Rendered
 * here in full, so it reads without JavaScript and prints; the inline script only sorts, filters and
 * opens views. Every text from the scan is escaped, a Content-Security-Policy allows only the page's own
 * script and style (by hash) and no request of any kind, and the output depends on the result alone.
 */
public final class HtmlReportRenderer implements ReportRenderer {
    /** Opportunities that get a detail view with code; the table lists all. */
    static final int DETAILED_OPPORTUNITIES = 50;
    /** Side-by-side rows in the whole report, to keep the file bounded whatever the code base. */
    static final int MAX_DIFF_ROWS = 12_000;

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String defaultFileName() {
        return "report.html";
    }

    @Override
    public void render(ScanResult result, Writer out) throws IOException {
        ReportContext context = new ReportContext(result);
        OpportunityTable table = new OpportunityTable(context);
        StringBuilder body = new StringBuilder(1 << 16);
        new HeaderSection(context).write(body);
        body.append("<main>\n");
        table.write(body);
        new RewriteOpportunitiesSection(context).write(body);
        new AdoptionSection(result.adoption(), result.history()).write(body);
        new HeatmapSection(context).write(body);
        new TrendSection(context).write(body);
        new OpportunityDetails(context, new CopyComparison(new SourceExcerpts(result.request()),
                new CopyComparison.RowBudget(MAX_DIFF_ROWS))).write(body);
        new TemplatesSection(result.templates()).write(body);
        new ProblemsSection(result.problems()).write(body);
        body.append("</main>\n");
        writeFooter(body, result);

        String style = ReportAssets.STYLE + OpportunityTable.rowLimitStyle();
        String withoutScript = OpportunityTable.allRowsStyle();
        String script = ReportAssets.SCRIPT;
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\""
                + ContentSecurityPolicy.policy(script, style, withoutScript) + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"platform-scan " + escape(result.toolVersion()) + "\">\n"
                + "<title>Platform opportunities: " + escape(context.projectName()) + "</title>\n"
                + "<style>" + style + "</style>\n<noscript><style>" + withoutScript + "</style></noscript>\n"
                + "</head>\n<body>\n");
        out.append(body);
        out.write("<script type=\"application/json\" id=\"report-data\">" + ScriptData.escape(table.data())
                + "</script>\n<script>" + script + "</script>\n</body>\n</html>\n");
    }

    private static void writeFooter(StringBuilder html, ScanResult result) {
        ScanRequest request = result.request();
        html.append("<footer>\n<p>Scanned ").append(NumberText.plural(result.summary().files(), "file", "files"))
                .append(" (").append(NumberText.count(result.summary().linesOfCode())).append(" lines of code) in ")
                .append(NumberText.plural(result.summary().modules(), "module", "modules"))
                .append(". Copies count from ").append(request.parsing().minLines()).append(" lines and ")
                .append(request.parsing().minTokens())
                .append(" tokens at ").append(NumberText.wholePercent(request.clustering().minSimilarity()))
                .append(" similarity; scope ").append(request.clustering().scope() == Scope.ALL ? "all" : "cross-module")
                .append(request.sources().includeTests() ? "; tests included" : "; tests left out").append(".</p>\n")
                .append("<p>platform-scan ").append(escape(result.toolVersion()))
                .append(". For tools: report.json (every cluster and copy), report.sarif (code scanning).</p>\n</footer>\n");
    }
}
