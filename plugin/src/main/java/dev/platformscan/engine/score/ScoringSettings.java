package dev.platformscan.engine.score;

import java.nio.file.Path;
import java.util.Map;

/**
 * How opportunities are scored (docs/opportunities.md).
 *
 * @param reachWeight      exponent of reach in the overall score
 * @param impactWeight     exponent of impact
 * @param confidenceWeight exponent of confidence
 * @param effortWeight     exponent of effort (the divisor)
 * @param teams            module id or path glob → owning team; used when the repository has no CODEOWNERS
 * @param changeMonths     months of git history counted as recent changes; 0 leaves git out
 * @param historyFile      JSON-lines file of earlier scans, or null
 * @param recordHistory    append this scan to the history file
 */
public record ScoringSettings(double reachWeight, double impactWeight, double confidenceWeight, double effortWeight,
                              Map<String, String> teams, int changeMonths, Path historyFile, boolean recordHistory) {

    public static final ScoringSettings DEFAULTS = new ScoringSettings(1, 1, 1, 1, Map.of(), 6, null, false);

    /** Validates; messages start with the parameter's name. */
    public ScoringSettings {
        teams = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(teams));
        for (double weight : new double[] {reachWeight, impactWeight, confidenceWeight, effortWeight}) {
            if (!(weight >= 0 && weight <= 10)) {
                throw new IllegalArgumentException("scoreWeights: each weight must be between 0 and 10, was " + weight);
            }
        }
        if (changeMonths < 0) {
            throw new IllegalArgumentException("changeMonths: must be 0 (no git history) or more, was " + changeMonths);
        }
        if (recordHistory && historyFile == null) {
            throw new IllegalArgumentException("recordHistory: needs platform.history, the file to append to");
        }
    }
}
