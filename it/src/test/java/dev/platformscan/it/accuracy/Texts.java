package dev.platformscan.it.accuracy;

/** Small text helpers shared by the corpus classes. */
final class Texts {

    private Texts() {
    }

    static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The whitespace after the last line break of a piece of whitespace ("" when none). */
    static String indentAfterLastNewline(String whitespace) {
        int newline = whitespace.lastIndexOf('\n');
        return newline < 0 ? "" : whitespace.substring(newline + 1);
    }

    /**
     * Removes the indentation the first line lost when the declaration was cut out of its file:
     * every later line loses up to as many leading blanks as the closing line has.
     */
    static String dedent(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 1) {
            return lines[0];
        }
        String last = lines[lines.length - 1];
        int base = leadingBlanks(last);
        StringBuilder out = new StringBuilder(lines[0].stripTrailing());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int strip = Math.min(base, leadingBlanks(line));
            out.append('\n').append(line.substring(strip).stripTrailing());
        }
        return out.toString();
    }

    /** Every non-empty line prefixed with the indent. */
    static String indent(String text, String indent) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!lines[i].isEmpty()) {
                out.append(indent).append(lines[i]);
            }
        }
        return out.toString();
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static int leadingBlanks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
