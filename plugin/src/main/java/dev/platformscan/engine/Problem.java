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

    /** "file:line: message", the form compilers use, so IDEs and CI logs can link it. */
    public String describe() {
        if (file == null) {
            return message;
        }
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
