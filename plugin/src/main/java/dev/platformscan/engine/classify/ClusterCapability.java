package dev.platformscan.engine.classify;

import java.util.List;

/**
 * What a cluster's copies do, with the evidence.
 *
 * @param id         rule id
 * @param name       rule name
 * @param confidence mean confidence over all members (a member without the capability counts 0)
 * @param members    how many members show the capability
 * @param evidence   each matched signal and the members it was seen in
 */
public record ClusterCapability(String id, String name, double confidence, int members, List<Evidence> evidence) {

    /** A signal and the symbols of the members it was seen in. */
    public record Evidence(String signal, List<String> seenIn) {
        public Evidence {
            seenIn = List.copyOf(seenIn);
        }
    }

    public ClusterCapability {
        evidence = List.copyOf(evidence);
    }
}
