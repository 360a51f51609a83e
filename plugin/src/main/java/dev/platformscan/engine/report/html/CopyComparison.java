package dev.platformscan.engine.report.html;

import dev.platformscan.engine.score.Opportunity.CopyMember;

import java.util.List;

import static dev.platformscan.engine.report.html.Html.escape;

/**
 * The pioneer's copy next to another module's copy, line by line, with the differences highlighted.
 * Rows are counted against a report-wide budget so the file stays bounded.
 */
final class CopyComparison {

    /** Diff rows still allowed in the report; shared by all comparisons of one render. */
    static final class RowBudget {
        private int left;

        RowBudget(int rows) {
            this.left = rows;
        }

        boolean allows(int rows) {
            return rows <= left;
        }

        void spend(int rows) {
            left -= rows;
        }
    }

    private final SourceExcerpts sources;
    private final RowBudget budget;

    CopyComparison(SourceExcerpts sources, RowBudget budget) {
        this.sources = sources;
        this.budget = budget;
    }

    void write(StringBuilder html, String pioneerModule, CopyMember pioneer, String otherModule, CopyMember other) {
        SourceExcerpts.Excerpt left = sources.excerpt(pioneerModule, pioneer.file(), pioneer.startLine(), pioneer.endLine());
        SourceExcerpts.Excerpt right = sources.excerpt(otherModule, other.file(), other.startLine(), other.endLine());
        html.append("<details class=\"comparison\" open><summary>Pioneer <strong>")
                .append(escape(ReportContext.shortModule(pioneerModule))).append("</strong> vs <strong>")
                .append(escape(ReportContext.shortModule(otherModule))).append("</strong>: ")
                .append(escape(ReportContext.shortSymbol(pioneer.symbol()))).append(" / ")
                .append(escape(ReportContext.shortSymbol(other.symbol())));
        if (!left.available() || !right.available()) {
            html.append("</summary>\n");
            sides(html, pioneerModule, pioneer, otherModule, other, "");
            html.append("<p class=\"unavailable\">source not available: ")
                    .append(escape(!left.available() ? pioneer.file() : other.file()))
                    .append(" could not be read when the report was written.</p>\n</details>\n");
            return;
        }
        LineDiff.Comparison comparison = LineDiff.compare(left.lines(), left.firstLine(), right.lines(), right.firstLine());
        html.append(" <span class=\"same-share\">").append(NumberText.wholePercent(comparison.sameShare()))
                .append(" of lines the same</span></summary>\n");
        if (!budget.allows(comparison.rows().size())) {
            sides(html, pioneerModule, pioneer, otherModule, other, "");
            html.append("<p class=\"unavailable\">Code left out to keep the report small;"
                    + " the locations above and report.json say where the copies are.</p>\n</details>\n");
            return;
        }
        budget.spend(comparison.rows().size());
        html.append("<div class=\"diff-wrap\"><table class=\"diff\">\n<colgroup><col class=\"ln\"><col><col class=\"ln\"><col>"
                + "</colgroup>\n<thead><tr>");
        sides(html, pioneerModule, pioneer, otherModule, other, "th");
        html.append("</tr></thead>\n<tbody>\n");
        for (LineDiff.Row row : comparison.rows()) {
            html.append("<tr class=\"").append(rowClass(row.kind())).append("\">");
            side(html, row.leftNumber(), row.left());
            side(html, row.rightNumber(), row.right());
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
        omitted(html, pioneerModule, left);
        omitted(html, otherModule, right);
        html.append("</details>\n");
    }

    /** The two locations, as table headers ("th") or as a paragraph (""). */
    private static void sides(StringBuilder html, String pioneerModule, CopyMember pioneer, String otherModule,
                              CopyMember other, String cell) {
        if (cell.isEmpty()) {
            html.append("<p class=\"locations\">");
            location(html, pioneerModule, pioneer, true);
            html.append(" &harr; ");
            location(html, otherModule, other, false);
            html.append("</p>\n");
            return;
        }
        html.append("<th colspan=\"2\" class=\"pioneer-side\" scope=\"col\">");
        location(html, pioneerModule, pioneer, true);
        html.append("</th><th colspan=\"2\" scope=\"col\">");
        location(html, otherModule, other, false);
        html.append("</th>");
    }

    private static void location(StringBuilder html, String module, CopyMember member, boolean pioneer) {
        if (pioneer) {
            html.append("<span class=\"badge pioneer\">pioneer</span> ");
        }
        html.append("<span class=\"module\" title=\"").append(escape(module)).append("\">")
                .append(escape(ReportContext.shortModule(module))).append("</span> <code>")
                .append(escape(member.file())).append(':').append(member.startLine()).append('-').append(member.endLine())
                .append("</code>");
    }

    /** A line number and a line; unclassed cells (the stylesheet tells them apart by position) keep large reports small. */
    private static void side(StringBuilder html, int number, String line) {
        if (line == null) {
            html.append("<td></td><td class=\"none\"></td>");
            return;
        }
        html.append("<td>").append(number).append("</td><td>").append(escape(line)).append("</td>");
    }

    private static void omitted(StringBuilder html, String module, SourceExcerpts.Excerpt excerpt) {
        if (excerpt.omittedLines() > 0) {
            html.append("<p class=\"omitted\">").append(escape(ReportContext.shortModule(module))).append(": ")
                    .append(NumberText.plural(excerpt.omittedLines(), "more line", "more lines"))
                    .append(" not shown (").append(SourceExcerpts.MAX_LINES).append(" at most per copy).</p>\n");
        }
    }

    private static String rowClass(LineDiff.Kind kind) {
        return switch (kind) {
            case SAME -> "same";
            case CHANGED -> "changed";
            case LEFT_ONLY -> "left-only";
            case RIGHT_ONLY -> "right-only";
        };
    }

    /** The member of a copy to compare: the one in the given cluster, else the longest. */
    static CopyMember pick(List<CopyMember> members, String clusterId) {
        CopyMember longest = null;
        for (CopyMember member : members) {
            if (member.clusterId().equals(clusterId)) {
                return member;
            }
            if (longest == null || member.endLine() - member.startLine() > longest.endLine() - longest.startLine()) {
                longest = member;
            }
        }
        return longest;
    }
}
