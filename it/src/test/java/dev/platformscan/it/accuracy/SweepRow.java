package dev.platformscan.it.accuracy;

import java.time.Duration;
import java.util.Map;

/**
 * The figures of one scan of the sweep.
 *
 * @param threshold     minSimilarity of the scan
 * @param score         recall and false grouping
 * @param clusters      clusters reported
 * @param classClusters of which class clusters
 * @param units         units the engine compared
 * @param scanTime      wall-clock time of the scan
 * @param problems      problems the engine reported (should be 0: every file parses)
 * @param misses        per edit class, why pairs were missed
 */
record SweepRow(double threshold, AccuracyScorer.Score score, int clusters, int classClusters, int units,
                Duration scanTime, int problems, Map<EditClass, Misses> misses) {

    /**
     * Missed pairs of one edit class, by cause.
     *
     * @param missed         pairs not found
     * @param belowThreshold the engine's similarity of the pair is below the threshold: the measure says no
     * @param notCandidates  the measure says yes, but candidate search (MinHash band keys and estimated
     *                       Jaccard cut-off) does not propose the pair
     */
    record Misses(int missed, int belowThreshold, int notCandidates) {
        /** The measure says yes and they were candidates, yet they ended in different clusters. */
        int clusteredApart() {
            return missed - belowThreshold - notCandidates;
        }
    }
}
