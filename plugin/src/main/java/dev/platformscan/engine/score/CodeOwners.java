package dev.platformscan.engine.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CODEOWNERS file as GitHub and GitLab read it: one pattern per line followed by owners, the last
 * matching line wins, patterns follow .gitignore syntax (a leading '/' anchors at the repository
 * root, a trailing '/' matches a directory and everything under it, '*' stays within a path segment,
 * '**' crosses segments). Section headers ("[Section]") and comments are skipped.
 */
public final class CodeOwners {
    /** Where GitHub and GitLab look, in their order. */
    private static final List<String> LOCATIONS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS",
            ".gitlab/CODEOWNERS");

    private record Rule(Pattern pattern, List<String> owners) {
    }

    private final String file;
    private final List<Rule> rules;

    private CodeOwners(String file, List<Rule> rules) {
        this.file = file;
        this.rules = List.copyOf(rules);
    }

    /** The repository's CODEOWNERS file under {@code root}, or null when there is none. */
    public static CodeOwners find(Path root) throws IOException {
        for (String location : LOCATIONS) {
            Path candidate = root.resolve(location);
            if (Files.isRegularFile(candidate)) {
                return parse(location, Files.readAllLines(candidate, StandardCharsets.UTF_8));
            }
        }
        return null;
    }

    /** Parses CODEOWNERS lines; {@code file} names where they came from. */
    public static CodeOwners parse(String file, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("[") || line.startsWith("^[")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            List<String> owners = new ArrayList<>();
            for (int i = 1; i < parts.length && !parts[i].startsWith("#"); i++) {
                owners.add(parts[i]);
            }
            rules.add(new Rule(toRegex(parts[0]), owners));
        }
        return new CodeOwners(file, rules);
    }

    /** Where the rules came from ("CODEOWNERS", ".github/CODEOWNERS"). */
    public String file() {
        return file;
    }

    /** Owners of a path relative to the repository root ('/' separated); empty when no line matches. */
    public List<String> ownersOf(String path) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).pattern().matcher(path).matches()) {
                return rules.get(i).owners();
            }
        }
        return List.of();
    }

    static Pattern toRegex(String glob) {
        boolean anchored = glob.startsWith("/") || glob.substring(0, glob.length() - 1).contains("/");
        String body = glob.startsWith("/") ? glob.substring(1) : glob;
        boolean directory = body.endsWith("/");
        if (directory) {
            body = body.substring(0, body.length() - 1);
        }
        StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
                if (i + 1 < body.length() && body.charAt(i + 1) == '/') {
                    i++;
                    regex.append("/?");
                }
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // a pattern naming a directory (or anything) also owns what lies beneath it
        regex.append(directory ? "/.*" : "(?:/.*)?");
        return Pattern.compile(regex.toString());
    }
}
