package dev.platformscan.engine;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.cluster.ClusterSettings;
import dev.platformscan.engine.cluster.SimilarityVerifier;
import dev.platformscan.engine.report.json.JsonReportRenderer;
import dev.platformscan.engine.scan.SourceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformScanEngineTest {

    @TempDir
    Path root;

    private TestRepository cloneRepository() {
        return new TestRepository(root)
                .module("services/orders", "clones/Original.java")
                .module("services/billing", "clones/TypeOne.java")
                .module("services/inventory", "clones/TypeTwo.java")
                .module("services/notifications", "clones/TypeThree.java")
                .module("services/pricing", "clones/Unrelated.java");
    }

    /** The cluster holding both symbols, directly or through class units that enclose them. */
    static Optional<CloneCluster> clusterWith(ScanResult result, String symbolA, String symbolB) {
        return result.clusters().stream()
                .filter(c -> c.members().stream().anyMatch(m -> covers(m, symbolA)))
                .filter(c -> c.members().stream().anyMatch(m -> covers(m, symbolB)))
                .findFirst();
    }

    private static boolean covers(ClusterMember member, String symbol) {
        return member.symbol().equals(symbol) || symbol.startsWith(member.symbol() + "#")
                || symbol.startsWith(member.symbol() + ".");
    }

    @Test
    void findsTypeOneTwoAndThreeCopiesAcrossModulesAndLeavesUnrelatedCodeAlone() throws Exception {
        ScanResult result = cloneRepository().scan();

        String original = "com.example.orders.OrderClient#getWithRetries(String, int)";
        assertThat(clusterWith(result, original, "com.example.billing.OrderClient#getWithRetries(String, int)")).isPresent();
        assertThat(clusterWith(result, original, "com.example.inventory.remote.SupplierGateway#fetch(String, long)")).isPresent();
        assertThat(clusterWith(result, original, "com.example.notifications.WebhookSender#post(String, String, int)")).isPresent();
        assertThat(result.clusters()).flatExtracting(CloneCluster::members).extracting(ClusterMember::module)
                .doesNotContain("com.example:pricing");
        assertThat(result.summary().duplicatedLines()).isPositive();
        assertThat(result.summary().duplicationRatio()).isBetween(0.0, 1.0);
    }

    @Test
    void cloneTypeSaysHowCloseTheCopiesAre() throws Exception {
        TestRepository pairOfTypeOne = new TestRepository(root.resolve("t1"))
                .module("a", "clones/Original.java").module("b", "clones/TypeOne.java");
        TestRepository pairOfTypeTwo = new TestRepository(root.resolve("t2"))
                .module("a", "clones/Original.java").module("b", "clones/TypeTwo.java");
        TestRepository pairOfTypeThree = new TestRepository(root.resolve("t3"))
                .module("a", "clones/Original.java").module("b", "clones/TypeThree.java");

        assertThat(methodClusterTypes(pairOfTypeOne.scan())).containsExactly(CloneType.T1);
        assertThat(methodClusterTypes(pairOfTypeTwo.scan())).containsExactly(CloneType.T2);
        CloneCluster typeThree = pairOfTypeThree.scan().clusters().get(0);
        assertThat(typeThree.cloneType()).isEqualTo(CloneType.T3);
        assertThat(typeThree.similarity()).isBetween(0.7, 0.999);
    }

    private static List<CloneType> methodClusterTypes(ScanResult result) {
        return result.clusters().stream().map(CloneCluster::cloneType).toList();
    }

    @Test
    void pathsAreRelativeToTheExecutionRootWithForwardSlashes() throws Exception {
        ScanResult result = cloneRepository().scan();
        assertThat(result.clusters()).flatExtracting(CloneCluster::members).extracting(ClusterMember::file)
                .allMatch(f -> f.startsWith("services/") && !f.contains("\\") && f.endsWith(".java"));
        assertThat(result.modules()).extracting(ModuleSummary::path).contains("services/orders");
    }

    @Test
    void scopeAllAlsoReportsCopiesInsideOneModule() throws Exception {
        TestRepository oneModule = new TestRepository(root).module("only", "clones/Original.java", "clones/TypeTwo.java");
        assertThat(oneModule.scan().clusters()).isEmpty();

        ScanRequest all = ScanRequest.defaults(root, oneModule.modules())
                .withClustering(ClusterSettings.DEFAULTS.withScope(Scope.ALL));
        assertThat(TestRepository.scan(all).clusters()).hasSize(1);
    }

    @Test
    void excludedFilesAreNotRead() throws Exception {
        TestRepository repository = cloneRepository();
        ScanRequest request = ScanRequest.defaults(root, repository.modules()).withSources(
                SourceSettings.DEFAULTS.withExcludes(List.of("**/billing/**", "services/inventory/**")));
        ScanResult result = TestRepository.scan(request);
        assertThat(result.clusters()).flatExtracting(CloneCluster::members).extracting(ClusterMember::module)
                .doesNotContain("com.example:billing", "com.example:inventory")
                .contains("com.example:orders", "com.example:notifications");
    }

    @Test
    void jsonIsByteIdenticalWhateverTheThreadCount() throws Exception {
        TestRepository repository = cloneRepository();
        ClusterSettings all = ClusterSettings.DEFAULTS.withScope(Scope.ALL);
        ScanRequest oneThread = ScanRequest.defaults(root, repository.modules()).withClustering(all)
                .withRun(RunSettings.DEFAULTS.withThreads(1));
        ScanRequest fourThreads = ScanRequest.defaults(root, reversed(repository.modules())).withClustering(all)
                .withRun(RunSettings.DEFAULTS.withThreads(4));
        String first = json(TestRepository.scan(oneThread));
        String second = json(TestRepository.scan(fourThreads));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"clusters\"").doesNotContain("\r");
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String json(ScanResult result) throws Exception {
        StringWriter out = new StringWriter();
        new JsonReportRenderer().render(result, out);
        return out.toString();
    }

    /**
     * Methods A..E each shift a window of statements by one: neighbours are copies, the ends are not.
     * Connected components would chain all five together; the clustering must not put A and E together.
     */
    @Test
    void clustersNeverChainUnrelatedCodeThroughIntermediates() throws Exception {
        String[] statements = {
            "if (x > 3) { y++; }",
            "for (int i = 0; i < n; i++) { total += i; }",
            "String s = String.valueOf(x).trim();",
            "while (y < 10) y *= 2;",
            "list.add(new ArrayList<>(map.keySet()));",
            "try { run(); } catch (RuntimeException e) { throw e; }",
            "switch (x) { case 1: y = 2; break; default: y = 0; }",
            "Object o = flag ? null : this;",
            "synchronized (lock) { count--; }",
            "assert x != 0 : \"zero\";",
            "do { x--; } while (x > 0);",
            "int[] arr = new int[] {1, 2, 3};",
        };
        TestRepository repository = new TestRepository(root);
        List<String> bodies = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            StringBuilder body = new StringBuilder();
            for (int s = m; s < m + 8; s++) {
                body.append("        ").append(statements[s]).append('\n');
            }
            bodies.add(body.toString());
            String name = "Chain" + (char) ('A' + m);
            repository.moduleWithSources("m" + m, List.of("package chain;\nimport java.util.*;\nclass " + name + " {\n"
                    + "    int x, y, n, total, count; boolean flag; Object lock; List<Object> list; Map<String, String> map;\n"
                    + "    void run() {}\n"
                    + "    void work() {\n" + body + "    }\n}\n"));
        }
        // the fixture must really be a chain: neighbours similar, the ends not
        SimilarityVerifier verifier = new SimilarityVerifier(0.0001);
        List<String> codes = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            codes.add(Units.normalizedTokens("package chain;\nclass C {\n    void work() {\n" + bodies.get(m) + "    }\n}\n",
                    "chain.C#work()"));
        }
        for (int m = 0; m < 4; m++) {
            assertThat(verifier.similarity(codes.get(m), codes.get(m + 1))).isGreaterThanOrEqualTo(0.7);
        }
        assertThat(verifier.similarity(codes.get(0), codes.get(4))).isLessThan(0.7);

        ScanResult result = repository.scan();
        assertThat(result.clusters()).isNotEmpty();
        for (CloneCluster cluster : result.clusters()) {
            List<String> symbols = cluster.members().stream().map(ClusterMember::symbol).toList();
            assertThat(symbols.contains("chain.ChainA#work()") && symbols.contains("chain.ChainE#work()"))
                    .as("A and E in one cluster: %s", symbols).isFalse();
            assertThat(cluster.members()).allMatch(member -> member.similarity() >= 0.7);
        }
    }
}
