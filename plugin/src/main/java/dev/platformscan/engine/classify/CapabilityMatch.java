package dev.platformscan.engine.classify;

import java.util.List;

/**
 * A capability a unit has.
 *
 * @param capability rule id
 * @param score      sum of the weights of the distinct signals matched
 * @param confidence 0.5 at the rule's threshold, up to 1.0
 * @param signals    the matched signals as "kind: value" (the value that matched), sorted
 */
public record CapabilityMatch(String capability, double score, double confidence, List<String> signals) {

    public CapabilityMatch {
        signals = List.copyOf(signals);
    }

    /** Whether a signal of this kind is among the matched ones (they read "kind: value", {@link CapabilityMatcher}). */
    public boolean shows(dev.platformscan.rules.SignalKind kind) {
        String prefix = kind.id() + ": ";
        return signals.stream().anyMatch(signal -> signal.startsWith(prefix));
    }
}
