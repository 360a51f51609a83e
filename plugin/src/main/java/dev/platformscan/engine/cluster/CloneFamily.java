package dev.platformscan.engine.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Clusters that verified copies link together ({@link CloneCluster#family()}): one function or class written
 * again and again, whose versions drifted too far apart to all sit around one representative.
 *
 * @param id              the family id; a cluster alone is its own family and shares its id
 * @param clusters        ids of its clusters, in report order
 * @param modules         modules of all its members, sorted, distinct
 * @param members         members of all its clusters
 * @param duplicatedLines code lines of all its clusters
 */
public record CloneFamily(String id, List<String> clusters, List<String> modules, int members, int duplicatedLines) {

    public CloneFamily {
        clusters = List.copyOf(clusters);
        modules = List.copyOf(modules);
    }

    /** The families of these clusters, in the order of each family's first cluster. */
    public static List<CloneFamily> of(List<CloneCluster> clusters) {
        Map<String, List<CloneCluster>> byFamily = new LinkedHashMap<>();
        for (CloneCluster cluster : clusters) {
            byFamily.computeIfAbsent(cluster.family(), k -> new ArrayList<>()).add(cluster);
        }
        List<CloneFamily> families = new ArrayList<>();
        for (Map.Entry<String, List<CloneCluster>> family : byFamily.entrySet()) {
            TreeSet<String> modules = new TreeSet<>();
            List<String> ids = new ArrayList<>();
            int members = 0;
            int lines = 0;
            for (CloneCluster cluster : family.getValue()) {
                ids.add(cluster.id());
                modules.addAll(cluster.modules());
                members += cluster.members().size();
                lines += cluster.duplicatedLines();
            }
            families.add(new CloneFamily(family.getKey(), ids, new ArrayList<>(modules), members, lines));
        }
        return families;
    }
}
