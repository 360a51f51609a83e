package dev.platformscan.engine.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Exclusion patterns in the JDK's glob syntax, matched against paths relative to the execution root
 * ('/' separated). A pattern starting with "**&#47;" also matches at the top level, so
 * "**&#47;legacy/**" excludes "legacy/A.java" as well as "services/x/legacy/A.java".
 */
public final class PathGlobs {
    private final List<PathMatcher> matchers = new ArrayList<>();

    public PathGlobs(List<String> patterns) {
        for (String raw : patterns) {
            String pattern = raw.trim().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
                if (pattern.startsWith("**/")) {
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("excludes: invalid glob pattern '" + raw + "': " + e.getDescription());
            }
        }
    }

    public boolean matches(String relativePath) {
        if (matchers.isEmpty()) {
            return false;
        }
        Path path = Path.of(relativePath);
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
