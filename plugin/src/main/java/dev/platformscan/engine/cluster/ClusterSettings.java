package dev.platformscan.engine.cluster;

/**
 * How the cluster stage weighs evidence, beyond the base threshold ({@code ScanRequest.minSimilarity}) and
 * the scope.
 *
 * @param chanceMatchRate share of unrelated pairs of a size that may pass as copies: the scan calibrates the
 *                        similarity a pair must reach per size on the scanned code itself so that chance matches
 *                        pass at most this often ({@link RequiredSimilarity}); 0 turns the calibration off (one
 *                        threshold for every size)
 */
public record ClusterSettings(double chanceMatchRate) {
    /** One in ten thousand: see docs/accuracy.md ("Evidence scaled to size"). */
    public static final double DEFAULT_CHANCE_MATCH_RATE = 0.0001;
    public static final ClusterSettings DEFAULTS = new ClusterSettings(DEFAULT_CHANCE_MATCH_RATE);

    public ClusterSettings {
        if (!(chanceMatchRate >= 0 && chanceMatchRate < 0.5)) {
            throw new IllegalArgumentException("chanceMatchRate: must be at least 0 and below 0.5 (0 turns the "
                    + "size calibration off), was " + chanceMatchRate);
        }
    }
}
