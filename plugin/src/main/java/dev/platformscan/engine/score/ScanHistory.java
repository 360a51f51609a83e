package dev.platformscan.engine.score;

import java.util.List;
import java.util.Map;

/**
 * Earlier scans, read from the user's history file (JSON lines, oldest first), so reports can show
 * whether duplication went down.
 *
 * @param entries one per recorded scan, oldest first
 */
public record ScanHistory(List<Entry> entries) {

    public static final ScanHistory EMPTY = new ScanHistory(List.of());

    public ScanHistory {
        entries = List.copyOf(entries);
    }

    /**
     * One recorded scan.
     *
     * @param date             ISO-8601 date of the scanned commit (or of the scan, outside git)
     * @param commit           git commit id, or null
     * @param linesOfCode      code lines scanned
     * @param duplicatedLines  duplicated code lines
     * @param duplicationRatio duplicatedLines / linesOfCode
     * @param opportunities    per opportunity id, its duplicated lines then
     * @param adoption         per capability with a shared component, its adoption share then (docs/adoption.md)
     */
    public record Entry(String date, String commit, int linesOfCode, int duplicatedLines, double duplicationRatio,
                        Map<String, Integer> opportunities, Map<String, Double> adoption) {
        public Entry {
            opportunities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(opportunities));
            adoption = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(adoption == null ? Map.of() : adoption));
        }

        /** An entry recorded before adoption was measured. */
        public Entry(String date, String commit, int linesOfCode, int duplicatedLines, double duplicationRatio,
                     Map<String, Integer> opportunities) {
            this(date, commit, linesOfCode, duplicatedLines, duplicationRatio, opportunities, Map.of());
        }
    }
}
