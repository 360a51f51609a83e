package dev.platformscan.engine.cluster;

/**
 * One copy in a cluster.
 *
 * @param module     module id ("groupId:artifactId")
 * @param file       path relative to the execution root, '/' separated
 * @param symbol     "pkg.Type#method(ParamType)" or "pkg.Type" for class units
 * @param startLine  first line (1-based)
 * @param endLine    last line
 * @param tokens     normalized tokens in the unit
 * @param similarity token similarity to the cluster's representative copy (1.0 for the representative)
 * @param capabilities what the member's own source shows it does
 */
public record ClusterMember(String module, String file, String symbol, int startLine, int endLine,
                            int tokens, double similarity,
                            java.util.List<dev.platformscan.engine.classify.CapabilityMatch> capabilities) {
}
