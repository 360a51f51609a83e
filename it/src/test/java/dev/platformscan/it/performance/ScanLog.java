package dev.platformscan.it.performance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time split a scan reports in its build log: "Parsed N files into M units in X s" (time since the
 * scan started, so it includes finding the files), "N distinct units, P candidate pairs (X s)", "V
 * candidate pairs verified as copies (X s)" and "Scan took X s". A figure the log does not show is NaN
 * (or -1 for counts), so a change of wording shows up as a gap in the table, not a failure.
 */
record ScanLog(double parseSeconds, double candidateSeconds, double verifySeconds, double scanSeconds,
               long files, long units, long distinctUnits, long candidatePairs, long verifiedPairs, long clusters) {

    private static final Pattern PARSED = Pattern.compile("Parsed (\\d+) files into (\\d+) units in ([\\d.]+) s");
    private static final Pattern CANDIDATES = Pattern.compile("(\\d+) distinct units, (\\d+) candidate pairs \\(([\\d.]+) s\\)");
    private static final Pattern VERIFIED = Pattern.compile("(\\d+) candidate pairs verified as copies \\(([\\d.]+) s\\)");
    private static final Pattern TOOK = Pattern.compile("Scan took ([\\d.]+) s");
    private static final Pattern FOUND = Pattern.compile("Found (\\d+) clusters?");

    static ScanLog read(Path log) throws IOException {
        return parse(Files.readAllLines(log, StandardCharsets.UTF_8));
    }

    static ScanLog parse(List<String> lines) {
        double parse = Double.NaN;
        double candidates = Double.NaN;
        double verify = Double.NaN;
        double scan = Double.NaN;
        long files = -1;
        long units = -1;
        long distinct = -1;
        long pairs = -1;
        long verified = -1;
        long clusters = -1;
        for (String line : lines) {
            Matcher m;
            if ((m = PARSED.matcher(line)).find()) {
                files = Long.parseLong(m.group(1));
                units = Long.parseLong(m.group(2));
                parse = Double.parseDouble(m.group(3));
            } else if ((m = CANDIDATES.matcher(line)).find()) {
                distinct = Long.parseLong(m.group(1));
                pairs = Long.parseLong(m.group(2));
                candidates = Double.parseDouble(m.group(3));
            } else if ((m = VERIFIED.matcher(line)).find()) {
                verified = Long.parseLong(m.group(1));
                verify = Double.parseDouble(m.group(2));
            } else if ((m = TOOK.matcher(line)).find()) {
                scan = Double.parseDouble(m.group(1));
            } else if ((m = FOUND.matcher(line)).find()) {
                clusters = Long.parseLong(m.group(1));
            }
        }
        return new ScanLog(parse, candidates, verify, scan, files, units, distinct, pairs, verified, clusters);
    }

    /** Clustering and everything after it that the log times as a whole: scan time minus parse time. */
    double afterParseSeconds() {
        return scanSeconds - parseSeconds;
    }
}
