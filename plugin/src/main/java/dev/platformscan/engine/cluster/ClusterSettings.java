package dev.platformscan.engine.cluster;

import dev.platformscan.engine.Scope;

import java.util.Objects;

/**
 * What the cluster stage reads ({@link CloneClusterer}, {@link SemanticClusterer}, {@link CandidateRecall}): when
 * two units are copies, and which clusters count.
 *
 * @param minSimilarity   two units are copies from this token similarity (0..1], the base of every size's bar
 * @param scope           cross-module clusters only, or also those inside one module
 * @param chanceMatchRate share of unrelated pairs of a size that may pass as copies: the scan calibrates the
 *                        similarity a pair must reach per size on the scanned code itself so that chance matches
 *                        pass at most this often ({@link RequiredSimilarity}); 0 turns the calibration off (one
 *                        threshold for every size)
 */
public record ClusterSettings(double minSimilarity, Scope scope, double chanceMatchRate) {
    public static final double DEFAULT_MIN_SIMILARITY = 0.7;
    /** One in ten thousand: see docs/accuracy.md ("Evidence scaled to size"). */
    public static final double DEFAULT_CHANCE_MATCH_RATE = 0.0001;
    public static final ClusterSettings DEFAULTS = new ClusterSettings(DEFAULT_MIN_SIMILARITY, Scope.CROSS_MODULE,
            DEFAULT_CHANCE_MATCH_RATE);

    /** Validates; messages start with the parameter's name ("minSimilarity: ..."). */
    public ClusterSettings {
        Objects.requireNonNull(scope, "scope");
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity: must be more than 0 and at most 1 (e.g. 0.7), was "
                    + minSimilarity);
        }
        if (!(chanceMatchRate >= 0 && chanceMatchRate < 0.5)) {
            throw new IllegalArgumentException("chanceMatchRate: must be at least 0 and below 0.5 (0 turns the "
                    + "size calibration off), was " + chanceMatchRate);
        }
    }

    /** With copies counted from this similarity. */
    public ClusterSettings withMinSimilarity(double similarity) {
        return new ClusterSettings(similarity, scope, chanceMatchRate);
    }

    /** With clusters of this scope. */
    public ClusterSettings withScope(Scope clusterScope) {
        return new ClusterSettings(minSimilarity, clusterScope, chanceMatchRate);
    }

    /** With the size calibration at this rate of chance matches (0: off). */
    public ClusterSettings withChanceMatchRate(double rate) {
        return new ClusterSettings(minSimilarity, scope, rate);
    }
}
