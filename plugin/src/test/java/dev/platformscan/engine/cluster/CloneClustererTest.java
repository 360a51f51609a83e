package dev.platformscan.engine.cluster;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CloneClustererTest {

    @TempDir
    Path root;

    @Test
    void aClassWhoseMembersAreCopiesIsOneClassClusterNotOneClusterPerMethod() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("users", "classes/UserDao.java")
                .module("billing", "classes/CustomerRepository.java")
                .scan();

        assertThat(result.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.unit()).isEqualTo("class");
            assertThat(cluster.members()).extracting(ClusterMember::symbol).containsExactlyInAnyOrder(
                    "com.example.users.data.UserDao", "com.example.billing.persistence.CustomerRepository");
            assertThat(cluster.modules()).containsExactly("com.example:billing", "com.example:users");
        });
    }

    @Test
    void aMethodCopiedIntoAThirdModuleStillShowsWithTheClassCopies() throws Exception {
        String third = TestRepository.resource("classes/UserDao.java")
                .replace("package com.example.users.data;", "package com.example.audit;")
                .replace("public class UserDao", "public class AuditStore")
                .replace("public UserDao(", "public AuditStore(")
                .replaceAll("(?s)public int rename.*?\\n    }\\n\\n    public boolean exists.*?\\n    }\\n", "")
                .replace("}\n}\n", "}\n\n    public String describe() {\n        return \"audit\";\n    }\n}\n");
        ScanResult result = new TestRepository(root)
                .module("users", "classes/UserDao.java")
                .module("billing", "classes/CustomerRepository.java")
                .moduleWithSources("audit", java.util.List.of(third))
                .scan();

        assertThat(result.clusters()).anySatisfy(cluster -> assertThat(cluster.unit()).isEqualTo("class"));
        assertThat(result.clusters()).anySatisfy(cluster -> {
            assertThat(cluster.unit()).isEqualTo("method");
            assertThat(cluster.members()).extracting(ClusterMember::symbol)
                    .contains("com.example.audit.AuditStore#findNames(String, int)");
            // users and billing are one class cluster already: one of their findNames stands for both
            assertThat(cluster.members()).hasSize(2);
        });
    }
}
