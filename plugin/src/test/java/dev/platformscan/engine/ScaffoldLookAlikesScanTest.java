package dev.platformscan.engine;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scaffolded CRUD code is not reported as copies (issue 14): the paging endpoints of the Post, Role and Template
 * controllers fill one slot of a per-entity template ({@code cluster.TemplateSlot}) and look alike token for token;
 * their one-statement endpoints under four annotation lines are too small to compare (annotations are not code).
 * A utility method copied between the same modules with one line changed still is a copy. The controllers are
 * reported apart, as one template's instances ({@link ScanResult#templates()}).
 */
class ScaffoldLookAlikesScanTest {
    @TempDir
    Path root;

    @Test
    void templateInstancesAreNoCopiesButACopiedMethodIs() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("admin", "scaffold/SysPostController.java", "scaffold/SysRoleController.java",
                        "scaffold/ClientAddress.java")
                .module("codegen", "scaffold/GenTemplateController.java", "scaffold/RequestOrigin.java")
                .scan();
        result.clusters().forEach(c -> System.out.println("ScaffoldLookAlikesScanTest: " + c.unit() + " "
                + c.similarity() + " " + symbols(c)));

        assertThat(PlatformScanEngineTest.clusterWith(result, "com.example.admin.support.ClientAddress",
                "com.example.codegen.web.RequestOrigin")).as("the class around the copied method").isPresent();
        List<String> clustered = result.clusters().stream().flatMap(c -> symbols(c).stream()).toList();
        assertThat(clustered).as("controllers or their endpoints in clusters").noneMatch(s -> s.contains("Controller"));

        // set apart, not lost: the three controllers are one template's instances, in two modules (their classes
        // stand for their endpoints)
        assertThat(result.templates()).singleElement().satisfies(template -> {
            assertThat(template.cloneType()).isEqualTo(dev.platformscan.engine.cluster.CloneType.TEMPLATE);
            assertThat(symbols(template)).containsExactlyInAnyOrder("com.example.admin.controller.SysPostController",
                    "com.example.admin.controller.SysRoleController",
                    "com.example.codegen.controller.GenTemplateController");
            assertThat(template.modules()).hasSize(2);
        });
        assertThat(result.templates()).flatExtracting(CloneCluster::members).extracting(ClusterMember::symbol)
                .noneMatch(s -> s.contains("ClientAddress") || s.contains("RequestOrigin"));
    }

    private static List<String> symbols(CloneCluster cluster) {
        return cluster.members().stream().map(ClusterMember::symbol).toList();
    }
}
