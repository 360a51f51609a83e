package dev.platformscan.engine.report;

import dev.platformscan.engine.ScanResult;

import java.io.IOException;
import java.io.Writer;

/** Writes a scan result in one format. A renderer sees the result only, never the build tool. */
public interface ReportRenderer {

    /** The format's name as users type it ("json"). */
    String id();

    /** File name inside the output directory ("report.json"). */
    String defaultFileName();

    /** Writes the report; the output must depend only on the result (no clock, no thread timing). */
    void render(ScanResult result, Writer out) throws IOException;
}
