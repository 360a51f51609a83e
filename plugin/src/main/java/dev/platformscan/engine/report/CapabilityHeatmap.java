package dev.platformscan.engine.report;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which modules repeat which capability: per module and capability, how many copies (members of
 * duplicated-code clusters) the module holds. Columns are the capabilities with the most copies first
 * (ties by name), duplicated code no rule labels last; rows are the modules with a copy, by id.
 *
 * @param capabilities column names: capability names, and {@link #UNLABELLED} when some code has no label
 * @param rows         one per module with at least one copy
 */
public record CapabilityHeatmap(List<String> capabilities, List<Row> rows) {

    /** Column of duplicated code that no capability rule labels. */
    public static final String UNLABELLED = "Other duplicated code";

    /**
     * @param module module id
     * @param copies copies per column, in the order of {@link #capabilities()}
     */
    public record Row(String module, List<Integer> copies) {
        public Row {
            copies = List.copyOf(copies);
        }
    }

    public CapabilityHeatmap {
        capabilities = List.copyOf(capabilities);
        rows = List.copyOf(rows);
    }

    public static CapabilityHeatmap of(List<CloneCluster> clusters) {
        Map<String, Map<String, Integer>> byModule = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (CloneCluster cluster : clusters) {
            String column = cluster.capability() == null ? UNLABELLED : cluster.capability().name();
            for (ClusterMember member : cluster.members()) {
                byModule.computeIfAbsent(member.module(), m -> new HashMap<>()).merge(column, 1, Integer::sum);
                totals.merge(column, 1, Integer::sum);
            }
        }
        List<String> columns = new ArrayList<>(totals.keySet());
        columns.sort(Comparator.comparing((String c) -> c.equals(UNLABELLED))
                .thenComparing(totals::get, Comparator.reverseOrder())
                .thenComparing(Comparator.naturalOrder()));
        List<Row> rows = new ArrayList<>();
        byModule.forEach((module, counts) ->
                rows.add(new Row(module, columns.stream().map(c -> counts.getOrDefault(c, 0)).toList())));
        return new CapabilityHeatmap(columns, rows);
    }
}
