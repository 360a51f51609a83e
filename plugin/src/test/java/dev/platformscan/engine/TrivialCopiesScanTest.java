package dev.platformscan.engine;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies that used to be noise (issue 14) come out of a whole scan as clusters: a delegating utility class
 * copied with one line changed, a configuration class of small beans copied into three services, the same
 * Feign client in two services, a 70-line main copied verbatim. DTOs with different fields and Feign clients
 * of different APIs, compared literally too, do not.
 */
class TrivialCopiesScanTest {
    @TempDir
    Path root;

    private ScanResult scan() throws InterruptedException {
        return new TestRepository(root)
                .module("services/orders", "triviality/TextSupport.java", "triviality/ClientConfiguration.java",
                        "triviality/ReindexTool.java", "triviality/CustomerDto.java", "triviality/CustomerClient.java")
                .module("services/billing", "triviality/TextSupportCopy.java",
                        "triviality/ClientConfigurationBilling.java", "triviality/ReindexToolCopy.java",
                        "triviality/OrderDto.java", "triviality/OrderServiceClient.java")
                .module("services/shipping", "triviality/ClientConfigurationShipping.java",
                        "triviality/OrderServiceClientCopy.java", "triviality/InventoryClient.java")
                .scan();
    }

    private static List<String> symbols(CloneCluster cluster) {
        return cluster.members().stream().map(ClusterMember::symbol).toList();
    }

    private static Optional<CloneCluster> clusterOf(ScanResult result, String... symbols) {
        return result.clusters().stream().filter(c -> symbols(c).containsAll(List.of(symbols))).findFirst();
    }

    @Test
    void copiesOfTrivialCodeAreClustersAndDifferentDeclarationsAreNot() throws Exception {
        ScanResult result = scan();
        result.clusters().forEach(c -> System.out.println("TrivialCopiesScanTest: " + c.unit() + " "
                + c.cloneType() + " " + c.similarity() + " " + symbols(c)));

        CloneCluster utility = clusterOf(result, "com.example.orders.support.TextSupport",
                "com.example.billing.support.TextSupport").orElseThrow();
        assertThat(utility.unit()).isEqualTo("class");
        assertThat(utility.similarity()).isGreaterThan(0.95);

        CloneCluster configuration = clusterOf(result, "com.example.orders.config.ClientConfiguration",
                "com.example.billing.config.ClientConfiguration", "com.example.shipping.config.ClientConfiguration")
                .orElseThrow();
        assertThat(configuration.modules()).hasSize(3);

        CloneCluster client = clusterOf(result, "com.example.billing.clients.OrderServiceClient",
                "com.example.shipping.clients.OrderServiceClient").orElseThrow();
        assertThat(client.unit()).isEqualTo("interface");
        assertThat(client.members()).hasSize(2);

        assertThat(PlatformScanEngineTest.clusterWith(result, "com.example.orders.tools.ReindexTool#main(String[])",
                "com.example.billing.tools.ReindexTool#main(String[])")).as("the copied main").isPresent();

        List<String> clustered = result.clusters().stream().flatMap(c -> symbols(c).stream()).toList();
        assertThat(clustered).noneMatch(s -> s.contains("CustomerDto") || s.contains("OrderDto")
                || s.contains("InventoryClient") || s.contains("CustomerClient"));
        assertThat(result.clusters()).hasSize(4);
    }
}
