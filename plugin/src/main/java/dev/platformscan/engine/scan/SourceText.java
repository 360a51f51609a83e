package dev.platformscan.engine.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a scanned file again after the scan (reports show code, scoring looks at imports): in the
 * module's declared encoding, invalid bytes replaced, a BOM dropped, any line end. The scan already
 * reported unreadable files, so here a file that cannot be read simply has no lines.
 */
public final class SourceText {
    private SourceText() {
    }

    /** The file's lines, or an empty list when it cannot be read (gone, unreadable, not a file). */
    public static List<String> lines(Path file, String encoding) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = charset(encoding).newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The module's declared charset; UTF-8 when none is declared or the name is unknown. */
    public static Charset charset(String encoding) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
