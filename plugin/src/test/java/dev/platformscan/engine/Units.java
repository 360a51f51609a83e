package dev.platformscan.engine;

import dev.platformscan.engine.parse.CodeUnit;
import dev.platformscan.engine.parse.JavaSourceParser;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.scan.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses a snippet through the real parser, for tests that need a unit's fingerprint. */
public final class Units {
    private Units() {
    }

    public static ParsedFile parse(String source, int minLines, int minTokens) {
        return new JavaSourceParser(minLines, minTokens).parse(sourceFile(source));
    }

    /** A snippet written to a temporary file, as the scan stage would list it. */
    public static SourceFile sourceFile(String source) {
        try {
            Path file = Files.createTempFile("unit", ".java");
            Files.writeString(file, source);
            file.toFile().deleteOnExit();
            return new SourceFile("g:a", file, "Snippet.java", StandardCharsets.UTF_8, "17", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CodeUnit unit(String source, String symbol) {
        return parse(source, 1, 1).units().stream().filter(u -> u.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + symbol));
    }

    public static String normalizedTokens(String source, String symbol) {
        return unit(source, symbol).fingerprint().normalizedTokens();
    }
}
