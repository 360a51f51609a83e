package dev.platformscan.engine.scan;

import java.util.List;

/**
 * What the scan stage ({@link SourceScanner}) reads: which of the modules' files are read at all.
 *
 * @param includeTests also read test source roots
 * @param excludes     glob patterns on paths relative to the execution root ("**&#47;legacy/**")
 */
public record SourceSettings(boolean includeTests, List<String> excludes) {
    /** Main source roots only, nothing excluded. */
    public static final SourceSettings DEFAULTS = new SourceSettings(false, List.of());

    /** Validates; messages start with the parameter's name ("excludes: ..."). */
    public SourceSettings {
        excludes = List.copyOf(excludes);
        new PathGlobs(excludes); // fails early on an invalid pattern
    }

    /** With {@code true}, test source roots are read too. */
    public SourceSettings withIncludeTests(boolean include) {
        return new SourceSettings(include, excludes);
    }

    /** With these glob patterns of files to leave out. */
    public SourceSettings withExcludes(List<String> patterns) {
        return new SourceSettings(includeTests, patterns);
    }
}
