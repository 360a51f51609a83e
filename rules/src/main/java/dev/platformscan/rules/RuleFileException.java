package dev.platformscan.rules;

/** A rule file that cannot be used: says which file, which line, and what is wrong. */
public final class RuleFileException extends Exception {
    private final String file;
    private final int line;

    public RuleFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
