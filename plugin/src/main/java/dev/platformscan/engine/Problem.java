package dev.platformscan.engine;

/**
 * Something the scan could not read or understand. Problems are data, not exceptions: the scan
 * goes on and lists them in the report.
 *
 * @param file    path relative to the execution root with '/' separators, or null when not about a file
 * @param line    1-based line, or 0 when unknown
 * @param message what happened and what to do about it
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        int byFile = String.valueOf(file).compareTo(String.valueOf(other.file));
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : message.compareTo(other.message);
    }

    /**
     * "file:line: message", the form compilers use, so IDEs and CI logs can link it. Control and
     * bidirectional-override characters (legal in file names and echoed from file contents) are shown as
     * Java escapes, so a hostile file name cannot rewrite, hide or reorder a console line. The report
     * files keep the name verbatim (JSON escapes it), so tools can still open the file.
     */
    public String describe() {
        if (file == null) {
            return printable(message);
        }
        return printable(file) + (line > 0 ? ":" + line : "") + ": " + printable(message);
    }

    /**
     * The text with control characters and bidi overrides escaped as in Java source, for console lines.
     * Java identifiers may hold some control characters ("identifier-ignorable", e.g. ESC), so symbols
     * need this too.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069');
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (!unsafe) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
