package dev.platformscan.engine.cluster;

import java.util.List;

/**
 * Near-duplicate code structures grouped together. Every member was verified against the
 * representative (the first member), so members are never chained together through intermediates.
 *
 * @param id         stable id derived from the members' modules and symbols
 * @param cloneType  T1, T2 or T3: the weakest relation between the representative and any member
 * @param similarity the lowest token similarity between the representative and a member
 * @param unit       "method", "constructor" or "class"
 * @param modules    module ids of the members, sorted, distinct
 * @param members    representative first, then the others in file order
 * @param duplicatedLines code lines in all members (counted once per line)
 * @param capability what the copies do, or null when no rule says
 * @param family     id of the family the cluster belongs to: clusters that verified copies link together
 *                   (see {@code CloneFamilies}); a cluster alone is its own family and has its own id here
 * @param literal    compared by literal tokens (names and values kept): types without logic and declarations,
 *                   whose shape alone says nothing (see {@code fingerprint.FingerprintBuilder})
 */
public record CloneCluster(String id, CloneType cloneType, double similarity, String unit,
                           List<String> modules, List<ClusterMember> members, int duplicatedLines,
                           dev.platformscan.engine.classify.ClusterCapability capability, String family,
                           boolean literal) {

    public CloneCluster {
        modules = List.copyOf(modules);
        members = List.copyOf(members);
        family = family == null ? id : family;
    }

    /** A cluster that is its own family. */
    public CloneCluster(String id, CloneType cloneType, double similarity, String unit, List<String> modules,
                        List<ClusterMember> members, int duplicatedLines,
                        dev.platformscan.engine.classify.ClusterCapability capability) {
        this(id, cloneType, similarity, unit, modules, members, duplicatedLines, capability, id, false);
    }

    /** A cluster compared by normalized tokens, in the given family. */
    public CloneCluster(String id, CloneType cloneType, double similarity, String unit, List<String> modules,
                        List<ClusterMember> members, int duplicatedLines,
                        dev.platformscan.engine.classify.ClusterCapability capability, String family) {
        this(id, cloneType, similarity, unit, modules, members, duplicatedLines, capability, family, false);
    }

    /**
     * True for a same-purpose rewrite ({@link CloneType#SEMANTIC}: one capability written apart, not copied): reported
     * apart from the copies in report.json ({@code rewrites[]}), not counted as duplication.
     */
    public boolean isRewrite() {
        return cloneType == CloneType.SEMANTIC;
    }

    public CloneCluster withCapability(dev.platformscan.engine.classify.ClusterCapability label) {
        return new CloneCluster(id, cloneType, similarity, unit, modules, members, duplicatedLines, label, family,
                literal);
    }

    public CloneCluster withFamily(String familyId) {
        return new CloneCluster(id, cloneType, similarity, unit, modules, members, duplicatedLines, capability,
                familyId, literal);
    }
}
