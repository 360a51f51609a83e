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
