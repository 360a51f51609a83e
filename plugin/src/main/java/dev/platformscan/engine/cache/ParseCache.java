package dev.platformscan.engine.cache;

import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.parse.ClassFileSource;
import dev.platformscan.engine.parse.JavaSourceParser;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.scan.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parse results of earlier scans, so a file whose bytes, module settings and class files are unchanged
 * is not parsed again. Loaded at the start of the parse stage ({@link #load}), asked for every file from
 * the parser threads ({@link #parse}), written back at its end with only this scan's files ({@link #save}).
 * A file that cannot be used (unreadable, damaged, made by another version or configuration) is reported,
 * ignored and rebuilt: the cache can make a scan faster, never different.
 */
public final class ParseCache {
    /** The cache file inside the cache directory. */
    public static final String FILE_NAME = "parse-cache.bin";

    /** What parses a file when the cache has nothing for it (a {@code JavaSourceParser}). */
    public interface Parser {
        /** Parses the file from bytes already read, reading class files through {@code classFiles}. */
        ParsedFile parse(SourceFile file, byte[] content, ClassFileSource classFiles);

        /** Parses a file the cache could not read, so that the parser reports why. */
        ParsedFile parse(SourceFile file);
    }

    private final Path file;
    private final String key;
    private final Map<String, CacheEntry> previous;
    private final Map<String, CacheEntry> next = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger refreshed = new AtomicInteger();
    /** False when something else is in the cache file's place: it is left alone. */
    private final boolean writable;
    /** The file on disk is absent, damaged or foreign: write it even if no entry changes. */
    private final boolean rewrite;
    private final long loadNanos;

    private ParseCache(Path file, String key, Map<String, CacheEntry> previous, boolean writable, long loadNanos) {
        this.file = file;
        this.key = key;
        this.previous = previous;
        this.writable = writable;
        this.rewrite = writable && previous.isEmpty();
        this.loadNanos = loadNanos;
    }

    /** Reads the cache in {@code directory}; an absent, unusable or foreign one gives an empty cache. */
    public static ParseCache load(Path directory, String key, ScanListener listener) {
        long started = System.nanoTime();
        Path file = directory.resolve(FILE_NAME);
        String shown = file.toString();
        Map<String, CacheEntry> entries = null;
        if (Files.isDirectory(file)) {
            listener.warning("Parse cache " + shown + " is unreadable (a directory is in its place); every file is "
                    + "parsed and the directory is left alone (delete it to have a cache again)");
            return new ParseCache(file, key, Map.of(), false, System.nanoTime() - started);
        } else if (!Files.exists(file)) {
            listener.info("Parse cache: none yet at " + shown + "; this scan writes it");
        } else {
            try {
                entries = CacheFile.read(file, key);
                if (entries == null) {
                    listener.info("Parse cache " + shown + " was made by another version or configuration; rebuilding it");
                }
            } catch (IOException | CorruptCacheException e) {
                listener.warning("Parse cache " + shown + " is unreadable (" + reason(e) + "); rebuilding it");
            } catch (OutOfMemoryError e) {
                listener.warning("Parse cache " + shown + " is too large to load; rebuilding it");
            }
        }
        return new ParseCache(file, key, entries == null ? Map.of() : entries, true, System.nanoTime() - started);
    }

    private static String reason(Exception e) {
        if (e instanceof CorruptCacheException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * The parse result of {@code source}: the cached one when its content hash, encoding, language level,
     * kind of root and class files all match, else {@code parser}'s, which is then remembered. Thread-safe.
     * Errors of the parser propagate and are not cached.
     */
    public ParsedFile parse(SourceFile source, Parser parser) {
        byte[] content;
        try {
            if (Files.size(source.path()) > JavaSourceParser.MAX_SOURCE_BYTES) {
                parsed.incrementAndGet();
                return parser.parse(source); // skipped unread, with a problem; nothing to cache
            }
            content = Files.readAllBytes(source.path());
        } catch (IOException | OutOfMemoryError e) {
            parsed.incrementAndGet();
            return parser.parse(source); // reports why it cannot be read; nothing to cache
        }
        byte[] hash = ContentHash.of(content);
        CacheEntry cached = previous.get(source.relativePath());
        if (cached != null && cached.matches(source, hash)) {
            CacheEntry current = source.classesDirectory() == null ? cached
                    : cached.recheckClassFiles(source.classesDirectory());
            if (current != null) {
                try {
                    ParsedFile result = ParsedFileCodec.decode(current.payload(), source);
                    next.put(source.relativePath(), current);
                    reused.incrementAndGet();
                    if (current != cached) {
                        refreshed.incrementAndGet();
                    }
                    return result;
                } catch (CorruptCacheException | IndexOutOfBoundsException e) {
                    // checked by the file's checksum, so only a bug gets here: parse as if not cached
                }
            }
        }
        ClassFileRecorder classFiles = new ClassFileRecorder();
        ParsedFile result = parser.parse(source, content, classFiles);
        parsed.incrementAndGet();
        ClassFileProbe[] probes = classFiles.probes();
        if (probes != null) {
            next.put(source.relativePath(), new CacheEntry(source.relativePath(), hash, source.charset().name(),
                    source.languageLevel(), source.test(), source.classesDirectory() != null, probes,
                    ParsedFileCodec.encode(result)));
        }
        return result;
    }

    /**
     * Writes the entries of this scan's files (files no longer scanned are dropped) when anything changed;
     * a failure to write is a warning, never a failed scan.
     */
    public void save(ScanListener listener) {
        long started = System.nanoTime();
        boolean changed = writable
                && (rewrite || parsed.get() > 0 || refreshed.get() > 0 || previous.size() != reused.get());
        if (changed) {
            List<CacheEntry> entries = new ArrayList<>(next.values());
            entries.sort(Comparator.comparing(CacheEntry::relativePath));
            try {
                CacheFile.write(file, key, entries);
            } catch (IOException | RuntimeException e) {
                listener.warning("Cannot write the parse cache " + file + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the next scan parses every file");
            }
        }
        listener.info(String.format(Locale.ROOT,
                "Parse cache: %d files unchanged, %d parsed (loaded in %.1f s, %s in %.1f s)", reused.get(),
                parsed.get(), loadNanos / 1e9, changed ? "written" : "nothing to write", (System.nanoTime() - started) / 1e9));
    }
}
