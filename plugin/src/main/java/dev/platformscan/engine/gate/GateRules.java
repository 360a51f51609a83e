package dev.platformscan.engine.gate;

import java.util.List;

/**
 * The limits a build gate enforces; null means no limit.
 *
 * @param maxDuplicationRatio   highest allowed summary duplicationRatio (0..1)
 * @param maxCopies             most copies one code structure may have (members of a T1-T3 cluster)
 * @param forbiddenCapabilities capability ids that must never be duplicated (any cluster, semantic included)
 * @param suppressions          symbol patterns ({@code *} matches anything) of copies the gate ignores; a
 *                              cluster with fewer than two copies left is ignored
 * @param requireSharedComponents capability ids (or "all") whose shared component modules must use: a holdout of
 *                              such a capability breaks the gate (docs/adoption.md)
 */
public record GateRules(Double maxDuplicationRatio, Integer maxCopies, List<String> forbiddenCapabilities,
                        List<String> suppressions, List<String> requireSharedComponents) {

    public GateRules(Double maxDuplicationRatio, Integer maxCopies, List<String> forbiddenCapabilities) {
        this(maxDuplicationRatio, maxCopies, forbiddenCapabilities, List.of(), List.of());
    }

    public GateRules(Double maxDuplicationRatio, Integer maxCopies, List<String> forbiddenCapabilities,
                     List<String> suppressions) {
        this(maxDuplicationRatio, maxCopies, forbiddenCapabilities, suppressions, List.of());
    }

    /** Whether holdouts of this capability break the gate. */
    public boolean requiresSharedComponent(String capability) {
        return requireSharedComponents.contains("all") || requireSharedComponents.contains(capability);
    }

    /** Whether a symbol matches one of the suppression patterns. */
    public boolean suppresses(String symbol) {
        return suppressor().test(symbol);
    }

    /** The suppression patterns compiled once, for judging many symbols. */
    public java.util.function.Predicate<String> suppressor() {
        List<java.util.regex.Pattern> patterns = suppressions.stream()
                .map(p -> java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(p).replace("*", "\\E.*\\Q")))
                .toList();
        return symbol -> patterns.stream().anyMatch(pattern -> pattern.matcher(symbol).matches());
    }

    public GateRules {
        forbiddenCapabilities = List.copyOf(forbiddenCapabilities);
        suppressions = List.copyOf(suppressions);
        requireSharedComponents = requireSharedComponents == null ? List.of() : List.copyOf(requireSharedComponents);
        if (maxDuplicationRatio != null && !(maxDuplicationRatio >= 0 && maxDuplicationRatio <= 1)) {
            throw new IllegalArgumentException("maxDuplicationRatio: must be between 0 and 1 (e.g. 0.05), was "
                    + maxDuplicationRatio);
        }
        if (maxCopies != null && maxCopies < 1) {
            throw new IllegalArgumentException("maxCopies: must be at least 1, was " + maxCopies);
        }
    }
}
