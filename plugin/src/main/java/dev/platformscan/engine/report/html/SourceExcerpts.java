package dev.platformscan.engine.report.html;

import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.SourceText;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source lines of copies, read at render time from the execution root with each module's
 * encoding ({@link SourceText}: invalid bytes become U+FFFD). A file that is gone, unreadable or
 * outside the root gives an unavailable excerpt, never an exception. Each file is read once per report.
 */
final class SourceExcerpts {
    static final int MAX_LINES = 150;

    /**
     * Lines {@code firstLine..} of a copy.
     *
     * @param omittedLines lines of the copy beyond {@link #MAX_LINES}, not included
     */
    record Excerpt(boolean available, int firstLine, List<String> lines, int omittedLines) {
        static final Excerpt UNAVAILABLE = new Excerpt(false, 0, List.of(), 0);
    }

    private final Path root;
    private final Map<String, String> encodings = new HashMap<>();
    private final Map<String, List<String>> files = new HashMap<>();

    SourceExcerpts(ScanRequest request) {
        this.root = request.executionRoot().toAbsolutePath().normalize();
        for (ModuleSource module : request.modules()) {
            encodings.put(module.id(), module.encoding());
        }
    }

    Excerpt excerpt(String module, String file, int startLine, int endLine) {
        List<String> lines = files.computeIfAbsent(file, name -> read(name, encodings.get(module)));
        if (startLine < 1 || startLine > lines.size()) {
            return Excerpt.UNAVAILABLE;
        }
        int last = Math.min(endLine, lines.size());
        int shownLast = Math.min(last, startLine + MAX_LINES - 1);
        return new Excerpt(true, startLine, List.copyOf(lines.subList(startLine - 1, shownLast)), last - shownLast);
    }

    private List<String> read(String file, String encoding) {
        Path path = root.resolve(file).normalize();
        return path.startsWith(root) ? SourceText.lines(path, encoding) : List.of();
    }
}
