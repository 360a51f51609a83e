package dev.platformscan.engine.gate;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuplicationGateTest {

    @TempDir
    Path root;

    @Test
    void eachLimitIsJudgedOnTheRealScanAndNamesTheCopies() throws Exception {
        ScanResult result = new TestRepository(root)
                .module("orders", "clones/Original.java")
                .module("billing", "clones/TypeOne.java")
                .module("inventory", "clones/TypeTwo.java")
                .module("pricing", "clones/Unrelated.java")
                .scan();
        DuplicationGate gate = new DuplicationGate();

        assertThat(gate.evaluate(result, new GateRules(1.0, 3, List.of("password-hashing")))).isEmpty();

        List<Violation> violations = gate.evaluate(result, new GateRules(0.01, 2, List.of("http-client")));
        assertThat(violations).extracting(Violation::parameter).containsExactly("platform.maxDuplicationRatio",
                "platform.maxCopies", "platform.forbiddenCapabilities");
        assertThat(violations.get(1).summary()).isEqualTo("1 code structure has more than 2 copies:");
        assertThat(violations.get(2).details()).anyMatch(line -> line.matches(
                "\\s+orders/src/main/java/com/example/orders/OrderClient\\.java:\\d+  com\\.example\\.orders\\.OrderClient.*"));
        assertThat(DuplicationGate.message(violations)).startsWith("platform:check found 3 violations\n")
                .contains("[platform.maxCopies]").endsWith("(-Dplatform.failOnViolation=false).");
    }

    @Test
    void aBaselineSurvivesLineShiftsReformattingAndAMoveAndSeesOnlyTheNewCopy() throws Exception {
        ScanResult before = new TestRepository(root.resolve("before"))
                .module("orders", "clones/Original.java")
                .module("billing", "clones/TypeOne.java")
                .scan();
        java.io.StringWriter written = new java.io.StringWriter();
        Baseline.of(before).write(written);
        Path file = java.nio.file.Files.writeString(root.resolve("platform-baseline.json"), written.toString());
        Baseline baseline = Baseline.read(file);

        String shifted = "// a new header comment\n\n\n" + TestRepository.resource("clones/Original.java")
                .replace("    private final HttpClient client", "\n\n    private final HttpClient client");
        ScanResult after = new TestRepository(root.resolve("after"))
                .moduleWithSources("orders", List.of(shifted))
                .module("services/billing", "clones/TypeOne.java")        // moved to another directory
                .module("inventory", "clones/TypeTwo.java")               // the new copy
                .scan();
        BaselineComparison comparison = BaselineComparison.compare(baseline, after);
        assertThat(comparison.grown()).flatExtracting(BaselineComparison.Grown::newCopies)
                .extracting(dev.platformscan.engine.cluster.ClusterMember::module).containsOnly("com.example:inventory");
        assertThat(comparison.removed()).isEmpty();
    }

    @Test
    void aBrokenBaselineNamesTheFileAndLine() throws Exception {
        Path broken = java.nio.file.Files.writeString(root.resolve("broken.json"), "{\n  \"schemaVersion\": 1,\n  \"clusters\": [\n");
        assertThatThrownBy(() -> Baseline.read(broken)).hasMessageContaining("broken.json:").hasMessageContaining("not valid JSON");
        Path other = java.nio.file.Files.writeString(root.resolve("other.json"), "{\"schemaVersion\": 1}");
        assertThatThrownBy(() -> Baseline.read(other)).hasMessageContaining("not a platform-scan baseline");
    }

    @Test
    void suppressionPatternsMatchWholeSymbolsWithStarAsWildcard() {
        GateRules rules = new GateRules(null, null, List.of(), List.of("com.acme.legacy.*", "*#toJson(*)"));
        assertThat(rules.suppresses("com.acme.legacy.Dao#find(String)")).isTrue();
        assertThat(rules.suppresses("com.acme.orders.Codec#toJson(Order)")).isTrue();
        assertThat(rules.suppresses("com.acme.legacyx.Dao")).isFalse();
        assertThat(rules.suppresses("com.acme.orders.Dao#find(String)")).isFalse();
    }

    @Test
    void limitsOutsideTheirRangeAreRejectedWithTheParameterName() {
        assertThatThrownBy(() -> new GateRules(1.5, null, List.of())).hasMessageStartingWith("maxDuplicationRatio:");
        assertThatThrownBy(() -> new GateRules(null, 0, List.of())).hasMessageStartingWith("maxCopies:");
    }
}
