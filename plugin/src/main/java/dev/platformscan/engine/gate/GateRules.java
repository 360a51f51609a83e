package dev.platformscan.engine.gate;

import java.util.List;

/**
 * The limits a build gate enforces; null means no limit.
 *
 * @param maxDuplicationRatio   highest allowed summary duplicationRatio (0..1)
 * @param maxCopies             most copies one code structure may have (members of a T1-T3 cluster)
 * @param forbiddenCapabilities capability ids that must never be duplicated (any cluster, semantic included)
 */
public record GateRules(Double maxDuplicationRatio, Integer maxCopies, List<String> forbiddenCapabilities) {

    public GateRules {
        forbiddenCapabilities = List.copyOf(forbiddenCapabilities);
        if (maxDuplicationRatio != null && !(maxDuplicationRatio >= 0 && maxDuplicationRatio <= 1)) {
            throw new IllegalArgumentException("maxDuplicationRatio: must be between 0 and 1 (e.g. 0.05), was "
                    + maxDuplicationRatio);
        }
        if (maxCopies != null && maxCopies < 1) {
            throw new IllegalArgumentException("maxCopies: must be at least 1, was " + maxCopies);
        }
    }
}
