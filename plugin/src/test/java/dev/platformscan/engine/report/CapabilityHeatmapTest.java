package dev.platformscan.engine.report;

import dev.platformscan.engine.classify.ClusterCapability;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilityHeatmapTest {

    @Test
    void countsCopiesPerModuleAndCapabilityMostRepeatedCapabilityFirstUnlabelledLast() {
        CapabilityHeatmap heatmap = CapabilityHeatmap.of(List.of(
                cluster("Data access", "g:orders", "g:billing"),
                cluster(null, "g:orders", "g:users", "g:users"),
                cluster("Tokens and JWT", "g:users", "g:orders", "g:gateway"),
                cluster("Data access", "g:orders", "g:inventory")));

        assertThat(heatmap.capabilities()).containsExactly("Data access", "Tokens and JWT", CapabilityHeatmap.UNLABELLED);
        assertThat(heatmap.rows()).containsExactly(
                new CapabilityHeatmap.Row("g:billing", List.of(1, 0, 0)),
                new CapabilityHeatmap.Row("g:gateway", List.of(0, 1, 0)),
                new CapabilityHeatmap.Row("g:inventory", List.of(1, 0, 0)),
                new CapabilityHeatmap.Row("g:orders", List.of(2, 1, 1)),
                new CapabilityHeatmap.Row("g:users", List.of(0, 1, 2)));
    }

    @Test
    void noClustersNoRows() {
        assertThat(CapabilityHeatmap.of(List.of())).isEqualTo(new CapabilityHeatmap(List.of(), List.of()));
    }

    private static CloneCluster cluster(String capability, String... modules) {
        List<ClusterMember> members = Arrays.stream(modules)
                .map(m -> new ClusterMember(m, m + "/A.java", "A", 1, 20, 80, 1.0, List.of())).toList();
        return new CloneCluster(String.join("-", modules), CloneType.T2, 0.9, "class",
                Arrays.stream(modules).distinct().sorted().toList(), members, 20 * modules.length,
                capability == null ? null : new ClusterCapability(capability.toLowerCase(), capability, 1.0, modules.length, List.of()));
    }
}
