package dev.platformscan.engine.report.html;

/**
 * A section below the ranked opportunities, closed until asked: what looks like an opportunity and is listed apart
 * (template instances, opportunities only rewrites back). A heading, a {@code details} element whose summary counts
 * the entries, a paragraph saying why they are apart, and the list.
 */
final class FoldedSection {
    private FoldedSection() {
    }

    /** Writes everything up to the list's first entry; {@code summary} and {@code why} are the report's own words. */
    static void open(StringBuilder html, String id, String title, String detailsClass, String summary, String why) {
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-title\">\n")
                .append("<h2 id=\"").append(id).append("-title\">").append(title).append("</h2>\n")
                .append("<details class=\"").append(detailsClass).append("\"><summary>").append(summary)
                .append("</summary>\n")
                .append("<p>").append(why).append("</p>\n<ul>\n");
    }

    /** Closes the list, then writes {@code afterList} (HTML, possibly empty) and closes the section. */
    static void close(StringBuilder html, String afterList) {
        html.append("</ul>\n").append(afterList).append("</details>\n</section>\n");
    }
}
