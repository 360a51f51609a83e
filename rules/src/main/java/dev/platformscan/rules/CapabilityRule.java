package dev.platformscan.rules;

import java.util.List;

/**
 * A capability and the signals that reveal it: a unit has the capability when the weights of the
 * distinct signals it matches add up to at least {@code threshold}.
 *
 * @param id          stable id used in reports and configuration ("password-hashing")
 * @param name        what a product manager reads ("Password hashing")
 * @param description one sentence on what the capability is
 * @param threshold   score from which a unit has the capability
 * @param signals     the evidence looked for
 * @param source      where the rule was loaded from (file, or jar resource)
 * @param componentModule suggested shared module for this capability ("platform-auth"), or null
 * @param componentType   suggested main type of that module ("TokenService"), or null
 * @param adoptedByDependency true when a module that depends on this capability's shared component has adopted it
 *                        without code of its own (API docs, security and web configuration, error handlers come from
 *                        a starter's auto-configuration); false when adopting means code that uses the component
 */
public record CapabilityRule(String id, String name, String description, double threshold, List<Signal> signals,
                             String source, String componentModule, String componentType, boolean adoptedByDependency) {

    public CapabilityRule {
        signals = List.copyOf(signals);
    }

    /** A rule whose component is adopted by code that uses it. */
    public CapabilityRule(String id, String name, String description, double threshold, List<Signal> signals,
                          String source, String componentModule, String componentType) {
        this(id, name, description, threshold, signals, source, componentModule, componentType, false);
    }

    /** A rule that suggests no shared component. */
    public CapabilityRule(String id, String name, String description, double threshold, List<Signal> signals,
                          String source) {
        this(id, name, description, threshold, signals, source, null, null);
    }

    /** Confidence of a score: 0.5 at the threshold, approaching 1 at twice the threshold and beyond. */
    public double confidence(double score) {
        if (score < threshold) {
            return 0;
        }
        return Math.min(1.0, 0.5 + 0.5 * (score - threshold) / threshold);
    }
}
