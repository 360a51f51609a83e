package dev.platformscan.engine.report.html;

import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.scan.ModuleSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source lines of copies, read at render time from the execution root with each module's
 * encoding. Invalid bytes become U+FFFD; a file that is gone or unreadable gives an unavailable
 * excerpt, never an exception. Each file is read once per report.
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
    private final Map<String, Charset> encodings = new HashMap<>();
    private final Map<String, List<String>> files = new HashMap<>();

    SourceExcerpts(ScanRequest request) {
        this.root = request.executionRoot().toAbsolutePath().normalize();
        for (ModuleSource module : request.modules()) {
            encodings.put(module.id(), charset(module.encoding()));
        }
    }

    Excerpt excerpt(String module, String file, int startLine, int endLine) {
        List<String> lines = files.computeIfAbsent(file, name -> read(name, encodings.getOrDefault(module, StandardCharsets.UTF_8)));
        if (lines == null || startLine < 1 || startLine > lines.size()) {
            return Excerpt.UNAVAILABLE;
        }
        int last = Math.min(endLine, lines.size());
        int shownLast = Math.min(last, startLine + MAX_LINES - 1);
        return new Excerpt(true, startLine, List.copyOf(lines.subList(startLine - 1, shownLast)), last - shownLast);
    }

    private List<String> read(String file, Charset charset) {
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root)) {
            return null;
        }
        try {
            String text = decode(Files.readAllBytes(path), charset);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return List.of(text.split("\r\n|\r|\n", -1));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
