package dev.platformscan.engine.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The report's stylesheet and script, kept as resources beside this class and inlined into every report. */
final class ReportAssets {
    static final String STYLE = load("report.css");
    static final String SCRIPT = load("report.js");

    private ReportAssets() {
    }

    private static String load(String name) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + ReportAssets.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
