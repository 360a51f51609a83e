package dev.platformscan.engine.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups clusters into families: clusters that verified copies link together.
 * <p>
 * Star clusters are tight (every member verified against one representative), so a family of dozens of
 * independently edited versions of one function, whose pairwise similarities scatter around the threshold,
 * comes out as several clusters, and two copies verified as such can sit in different clusters. A family
 * puts them back together without loosening the clusters themselves.
 * <p>
 * Rule, against chaining unrelated code (average linkage): two clusters that a verified pair links are candidates;
 * taken in order of their strongest link, the two families they are in merge when the <em>mean</em> similarity of
 * their members, all pairs across the two (up to {@link #SAMPLED_GROUPS} distinct members a side, evenly spread),
 * reaches the bar a single pair of their size must reach ({@link RequiredSimilarity}, calibrated on the scanned
 * code) minus {@link #MEAN_MARGIN}. One chance match between two look-alike clusters does not
 * merge them: the other pairs across stay at chance level (a median near 0.5 on real code); the versions of one
 * function stay well above it on average even where single pairs fall under the threshold. On the accuracy
 * benchmark, single linkage (any verified pair) grouped 5.0% of unrelated originals against 2.3% for the clusters
 * alone (docs/accuracy.md).
 */
final class CloneFamilies {
    /** A family's mean similarity may lie this far under the pair threshold. */
    static final double MEAN_MARGIN = 0.1;
    /** Members a side whose similarities make up the mean (evenly spread over the family's members). */
    static final int SAMPLED_GROUPS = 24;

    /** What the family grouping needs to know of one cluster: its groups and its representative group. */
    record Membership(int center, int[] groups) {
    }

    private CloneFamilies() {
    }

    /**
     * @param clusters      the clusters in their final order
     * @param memberships   per cluster (same order), its groups
     * @param groups        all groups, by index
     * @param neighbours    verified pairs of groups, with similarity
     * @param required      the calibrated bar of a single pair, by size
     * @return the clusters with their family ids
     */
    static List<CloneCluster> assign(List<CloneCluster> clusters, List<Membership> memberships, List<UnitGroup> groups,
                                     List<Map<Integer, Double>> neighbours, RequiredSimilarity required) {
        Map<Integer, Integer> clusterOfGroup = new HashMap<>();
        for (int c = 0; c < memberships.size(); c++) {
            for (int group : memberships.get(c).groups()) {
                clusterOfGroup.put(group, c);
            }
        }
        // strongest verified link between each linked pair of clusters
        Map<Long, Double> links = new HashMap<>();
        for (int c = 0; c < memberships.size(); c++) {
            for (int group : memberships.get(c).groups()) {
                for (Map.Entry<Integer, Double> other : neighbours.get(group).entrySet()) {
                    Integer d = clusterOfGroup.get(other.getKey());
                    if (d != null && d > c) {
                        links.merge(((long) c << 32) | d, other.getValue(), Math::max);
                    }
                }
            }
        }
        List<Map.Entry<Long, Double>> ordered = new ArrayList<>(links.entrySet());
        ordered.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int[] parent = new int[clusters.size()];
        List<List<Integer>> familyGroups = new ArrayList<>();
        for (int c = 0; c < parent.length; c++) {
            parent[c] = c;
            List<Integer> own = new ArrayList<>();
            for (int group : memberships.get(c).groups()) {
                own.add(group);
            }
            familyGroups.add(own);
        }
        SimilarityVerifier verifier = new SimilarityVerifier(0);
        for (Map.Entry<Long, Double> link : ordered) {
            int a = find(parent, (int) (link.getKey() >>> 32));
            int b = find(parent, (int) (long) link.getKey());
            if (a == b) {
                continue;
            }
            UnitGroup centerA = groups.get(memberships.get(a).center());
            UnitGroup centerB = groups.get(memberships.get(b).center());
            double meanNeeded = required.forPair(centerA, centerB) - MEAN_MARGIN;
            if (meanSimilarity(familyGroups.get(a), familyGroups.get(b), groups, verifier) + 1e-9 >= meanNeeded) {
                int root = Math.min(a, b);
                int merged = Math.max(a, b);
                parent[merged] = root;
                familyGroups.get(root).addAll(familyGroups.get(merged));
                familyGroups.set(merged, List.of());
            }
        }
        Map<Integer, List<Integer>> families = new TreeMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            families.computeIfAbsent(find(parent, c), k -> new ArrayList<>()).add(c);
        }
        String[] familyOf = new String[clusters.size()];
        for (List<Integer> family : families.values()) {
            String id = family.size() == 1 ? clusters.get(family.get(0)).id() : familyId(family, clusters);
            for (int c : family) {
                familyOf[c] = id;
            }
        }
        List<CloneCluster> result = new ArrayList<>(clusters.size());
        for (int c = 0; c < clusters.size(); c++) {
            result.add(clusters.get(c).withFamily(familyOf[c]));
        }
        return result;
    }

    /** Mean similarity over all pairs across the two families (a sample of each side's groups when large). */
    private static double meanSimilarity(List<Integer> left, List<Integer> right, List<UnitGroup> groups,
                                         SimilarityVerifier verifier) {
        double sum = 0;
        int pairs = 0;
        for (int a : spread(left)) {
            for (int b : spread(right)) {
                UnitGroup first = groups.get(a);
                UnitGroup second = groups.get(b);
                double similarity = verifier.similarity(first.representative().unit().fingerprint().normalizedTokens(),
                        second.representative().unit().fingerprint().normalizedTokens());
                sum += Math.max(0, similarity);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static List<Integer> spread(List<Integer> members) {
        if (members.size() <= SAMPLED_GROUPS) {
            return members;
        }
        List<Integer> sample = new ArrayList<>(SAMPLED_GROUPS);
        for (int i = 0; i < SAMPLED_GROUPS; i++) {
            sample.add(members.get((int) ((long) i * members.size() / SAMPLED_GROUPS)));
        }
        return sample;
    }

    static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    /** "F" + hash of the sorted ids of the family's clusters: stable as long as its clusters are. */
    private static String familyId(List<Integer> family, List<CloneCluster> clusters) {
        List<String> ids = new ArrayList<>();
        for (int c : family) {
            ids.add(clusters.get(c).id());
        }
        ids.sort(null);
        return CloneClusterer.shortId('F', digest -> {
            for (String id : ids) {
                digest.update(id.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        });
    }
}
