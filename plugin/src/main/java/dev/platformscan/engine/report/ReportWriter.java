package dev.platformscan.engine.report;

import dev.platformscan.engine.AtomicFiles;
import dev.platformscan.engine.ScanResult;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes reports into the output directory, each to a temporary file first and then moved into place,
 * so a crash or a full disk never leaves a half-written report behind.
 */
public final class ReportWriter {

    public List<Path> write(ScanResult result, List<ReportRenderer> renderers, Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        List<Path> written = new ArrayList<>();
        for (ReportRenderer renderer : renderers) {
            Path target = outputDirectory.resolve(renderer.defaultFileName());
            Path temporary = Files.createTempFile(outputDirectory, "." + renderer.defaultFileName(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    renderer.render(result, out);
                }
                AtomicFiles.moveIntoPlace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            readableByAll(target);
            written.add(target);
        }
        return written;
    }

    /** Temporary files are created owner-only; a report is as readable as any file the build writes. */
    public static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions already apply
        }
    }
}
