package dev.platformscan.engine.report.html;

import dev.platformscan.engine.Problem;

import java.util.List;

import static dev.platformscan.engine.report.html.Html.escape;

/** Files the scan could not read, collapsed: they matter to engineers, rarely to the reader of the ranking. */
final class ProblemsSection {
    private static final int MAX_LISTED = 500;

    private final List<Problem> problems;

    ProblemsSection(List<Problem> problems) {
        this.problems = problems;
    }

    void write(StringBuilder html) {
        html.append("<section id=\"problems\" aria-labelledby=\"problems-title\">\n")
                .append("<h2 id=\"problems-title\">Problems while reading</h2>\n");
        if (problems.isEmpty()) {
            html.append("<p>None: every file was read.</p>\n</section>\n");
            return;
        }
        html.append("<details class=\"problems\"><summary>")
                .append(NumberText.plural(problems.size(), "problem", "problems"))
                .append(": code the scan could not read is missing from the figures above</summary>\n<ul>\n");
        for (Problem problem : problems.subList(0, Math.min(MAX_LISTED, problems.size()))) {
            html.append("<li><code>").append(escape(problem.describe())).append("</code></li>\n");
        }
        html.append("</ul>\n");
        if (problems.size() > MAX_LISTED) {
            html.append("<p>and ").append(NumberText.count(problems.size() - MAX_LISTED))
                    .append(" more, all listed in report.json.</p>\n");
        }
        html.append("</details>\n</section>\n");
    }
}
