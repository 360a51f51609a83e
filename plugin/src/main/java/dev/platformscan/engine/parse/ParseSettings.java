package dev.platformscan.engine.parse;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the parse stage reads ({@link JavaSourceParser}, the lexical reading and the parse cache): which code
 * becomes a unit, and how files are read. Every value here but the cache's place is part of the parse cache's
 * key ({@code cache.CacheKey}), since each changes what a file parses into.
 *
 * @param minLines           a unit counts from this many lines
 * @param minTokens          a unit counts from this many normalized tokens (for a class: of its members that are
 *                           not boilerplate)
 * @param includeBoilerplate also compare accessors, equals/hashCode/toString, field-storing constructors and
 *                           classes made only of them: switches off every filter of {@link NoiseFilter#BOILERPLATE}
 * @param keepNoise          noise filters switched off one by one ({@code platform.keepNoise}); what the parser
 *                           keeps is {@link #keptNoise()}
 * @param fullParse          parse every file with JavaParser (every syntax error reported), also the files whose
 *                           units the lexer reads exactly (see {@code JavaSourceParser#readLexically}); slower,
 *                           the same units, clusters and labels
 * @param cacheDirectory     where the parse cache lives (unchanged files are not parsed again), or null for none
 */
public record ParseSettings(int minLines, int minTokens, boolean includeBoilerplate, Set<NoiseFilter> keepNoise,
                            boolean fullParse, Path cacheDirectory) {
    public static final int DEFAULT_MIN_LINES = 6;
    public static final int DEFAULT_MIN_TOKENS = 50;
    /** Units from 6 lines and 50 tokens, noise left out, files read from their tokens where they can be, no cache. */
    public static final ParseSettings DEFAULTS = new ParseSettings(DEFAULT_MIN_LINES, DEFAULT_MIN_TOKENS, false,
            Set.of(), false, null);

    /** Validates; messages start with the parameter's name ("minLines: ..."). */
    public ParseSettings {
        Set<NoiseFilter> filters = EnumSet.noneOf(NoiseFilter.class);
        filters.addAll(keepNoise == null ? Set.of() : keepNoise);
        keepNoise = Collections.unmodifiableSet(filters);
        if (minLines < 1) {
            throw new IllegalArgumentException("minLines: must be at least 1, was " + minLines);
        }
        if (minTokens < 1) {
            throw new IllegalArgumentException("minTokens: must be at least 1, was " + minTokens);
        }
    }

    /** The noise filters switched off, in declaration order: {@code keepNoise}, and with boilerplate all of those. */
    public Set<NoiseFilter> keptNoise() {
        Set<NoiseFilter> kept = EnumSet.noneOf(NoiseFilter.class);
        kept.addAll(keepNoise);
        if (includeBoilerplate) {
            kept.addAll(NoiseFilter.BOILERPLATE);
        }
        return Collections.unmodifiableSet(kept);
    }

    /** With units counted from {@code lines} lines. */
    public ParseSettings withMinLines(int lines) {
        return new ParseSettings(lines, minTokens, includeBoilerplate, keepNoise, fullParse, cacheDirectory);
    }

    /** With units counted from {@code tokens} normalized tokens. */
    public ParseSettings withMinTokens(int tokens) {
        return new ParseSettings(minLines, tokens, includeBoilerplate, keepNoise, fullParse, cacheDirectory);
    }

    /** With {@code true}, boilerplate is compared too (every filter of {@link NoiseFilter#BOILERPLATE} off). */
    public ParseSettings withIncludeBoilerplate(boolean include) {
        return new ParseSettings(minLines, minTokens, include, keepNoise, fullParse, cacheDirectory);
    }

    /** With these noise filters switched off (besides those {@code includeBoilerplate} switches off). */
    public ParseSettings withKeepNoise(Set<NoiseFilter> filters) {
        return new ParseSettings(minLines, minTokens, includeBoilerplate, filters, fullParse, cacheDirectory);
    }

    /** With {@code true}, every file is parsed with JavaParser, also those its tokens alone describe. */
    public ParseSettings withFullParse(boolean parseEveryFile) {
        return new ParseSettings(minLines, minTokens, includeBoilerplate, keepNoise, parseEveryFile, cacheDirectory);
    }

    /** With the parse cache in {@code directory} (null: no cache). */
    public ParseSettings withCacheDirectory(Path directory) {
        return new ParseSettings(minLines, minTokens, includeBoilerplate, keepNoise, fullParse, directory);
    }
}
