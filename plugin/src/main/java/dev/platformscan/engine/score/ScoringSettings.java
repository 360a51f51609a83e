package dev.platformscan.engine.score;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the score stage reads ({@link ScoreStage}, {@link OpportunityRanker}, {@link ScanHistoryFile}): how
 * opportunities are scored (docs/opportunities.md), and the scan history.
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

    /**
     * Settings from the user's words: {@code weights} as "reach=1,impact=1,confidence=1,effort=1" (any subset;
     * missing ones stay 1), the other values as they are.
     */
    public static ScoringSettings of(String weights, Map<String, String> teams, int changeMonths, Path historyFile,
                                     boolean recordHistory) {
        Map<String, Double> parsed = new java.util.HashMap<>(Map.of("reach", 1.0, "impact", 1.0, "confidence", 1.0,
                "effort", 1.0));
        if (weights != null) {
            for (String pair : weights.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] parts = pair.split("=", 2);
                String name = parts[0].trim();
                if (!parsed.containsKey(name) || parts.length < 2) {
                    throw new IllegalArgumentException("scoreWeights: expected name=number pairs for reach, impact, "
                            + "confidence and effort (e.g. reach=1,impact=1,confidence=1,effort=1), got '" + pair.trim() + "'");
                }
                try {
                    parsed.put(name, Double.parseDouble(parts[1].trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("scoreWeights: '" + parts[1].trim() + "' is not a number (for "
                            + name + ")");
                }
            }
        }
        return new ScoringSettings(parsed.get("reach"), parsed.get("impact"), parsed.get("confidence"),
                parsed.get("effort"), teams == null ? Map.of() : teams, changeMonths, historyFile, recordHistory);
    }

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

    /** With these exponents of reach, impact, confidence and effort. */
    public ScoringSettings withWeights(double reach, double impact, double confidence, double effort) {
        return new ScoringSettings(reach, impact, confidence, effort, teams, changeMonths, historyFile, recordHistory);
    }

    /** With this module → team mapping (used when the repository has no CODEOWNERS). */
    public ScoringSettings withTeams(Map<String, String> moduleTeams) {
        return new ScoringSettings(reachWeight, impactWeight, confidenceWeight, effortWeight, moduleTeams, changeMonths,
                historyFile, recordHistory);
    }

    /** With {@code months} of git history counted as recent changes (0: git left out). */
    public ScoringSettings withChangeMonths(int months) {
        return new ScoringSettings(reachWeight, impactWeight, confidenceWeight, effortWeight, teams, months,
                historyFile, recordHistory);
    }

    /** With the scan history read from {@code file} (null: none) and, when {@code record}, this scan appended. */
    public ScoringSettings withHistory(Path file, boolean record) {
        return new ScoringSettings(reachWeight, impactWeight, confidenceWeight, effortWeight, teams, changeMonths, file,
                record);
    }
}
