package dev.platformscan.engine.report.markdown;

/**
 * Turns text that comes from scanned code (symbols, file names, module ids, explanations that quote
 * them) into GitHub-flavoured Markdown that shows exactly that text: no emphasis, links, HTML, table
 * breaks or line breaks can be smuggled in. Long values are shortened first so one value cannot fill
 * a comment.
 */
final class MarkdownText {
    private static final String PUNCTUATION_TO_ESCAPE = "\\`*_[]|~#$!";

    private MarkdownText() {
    }

    /** Plain text, safe anywhere: in a paragraph, a list item, a heading and a table cell. */
    static String text(String raw, int maxCodePoints) {
        String value = oneLine(shorten(raw, maxCodePoints));
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (PUNCTUATION_TO_ESCAPE.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * A code span, for symbols, file locations and team names outside tables. GitHub leaves code spans
     * alone when it links mentions ({@code @org/team}) and issue numbers, so a report does not notify
     * every owning team. The fence is one backtick longer than the longest run of backticks in the value.
     */
    static String code(String raw, int maxCodePoints) {
        return span(oneLine(shorten(raw, maxCodePoints)).strip());
    }

    /**
     * A code span inside a table cell, where {@code |} must be written {@code \|}. A backslash right
     * before a pipe cannot be written that way, so a value with a backslash becomes {@link #text} instead.
     */
    static String tableCode(String raw, int maxCodePoints) {
        String value = oneLine(shorten(raw, maxCodePoints)).strip();
        return value.indexOf('\\') >= 0 ? text(value, maxCodePoints) : span(value).replace("|", "\\|");
    }

    private static String span(String value) {
        if (value.isEmpty()) {
            return "";
        }
        int longestRun = 0;
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            run = value.charAt(i) == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(longestRun + 1);
        String padding = value.startsWith("`") || value.endsWith("`") ? " " : "";
        return fence + padding + value + padding + fence;
    }

    /** At most {@code maxCodePoints} code points, with "…" when shortened (never splits a surrogate pair). */
    static String shorten(String raw, int maxCodePoints) {
        String value = raw == null ? "" : raw;
        if (value.codePointCount(0, value.length()) <= maxCodePoints) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
    }

    /** Line breaks, tabs and other control characters become spaces: a value never ends a line or a row. */
    private static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }
}
