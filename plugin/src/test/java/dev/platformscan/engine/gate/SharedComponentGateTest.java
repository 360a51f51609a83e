package dev.platformscan.engine.gate;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.DemoSources;
import dev.platformscan.engine.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * platform.requireSharedComponents (issue 17) on the demo's cache (the bundled demo, it/demo): common-cache is the shared
 * component of caching, billing keeps its own TaxRateCache; a baseline accepts it, a new own cache fails.
 */
class SharedComponentGateTest {
    @TempDir
    Path root;

    private TestRepository demoCache(Path at) {
        return DemoSources.demoCache(new TestRepository(at));
    }

    private static GateRules requiring(String... capabilities) {
        return new GateRules(null, null, List.of(), List.of(), List.of(capabilities));
    }

    @Test
    void aHoldoutOfARequiredCapabilityFailsTheGateNamingItsCodeAndTheComponent() throws Exception {
        ScanResult result = demoCache(root).scan();
        DuplicationGate gate = new DuplicationGate();

        assertThat(gate.evaluate(result, requiring("authentication"))).as("caching not required").isEmpty();
        for (GateRules rules : List.of(requiring("caching"), requiring("all"))) {
            assertThat(gate.evaluate(result, rules)).singleElement().satisfies(violation -> {
                assertThat(violation.parameter()).isEqualTo("platform.requireSharedComponents");
                assertThat(violation.summary()).isEqualTo("capability 'caching' has a shared component, "
                        + "com.example:common-cache (ExpiringCache): use it instead of this own implementation:");
                assertThat(violation.details()).containsExactly("services/billing/src/main/java/com/acme/billing/tax/"
                        + "TaxRateCache.java:12  com.acme.billing.tax.TaxRateCache  in com.example:billing");
            });
        }
        GateRules suppressed = new GateRules(null, null, List.of(), List.of("com.acme.billing.*"), List.of("caching"));
        assertThat(gate.evaluate(result, suppressed)).as("suppressed holdout").isEmpty();
    }

    @Test
    void theBaselineAcceptsTodaysHoldoutsAndOnlyANewOneFails() throws Exception {
        StringWriter written = new StringWriter();
        Baseline.of(demoCache(root.resolve("today")).scan()).write(written);
        Path file = root.resolve("platform-baseline.json");
        Files.writeString(file, written.toString());
        Baseline baseline = Baseline.read(file);
        assertThat(baseline.holdouts()).containsExactly("caching|com.example:billing|com.acme.billing.tax.TaxRateCache");

        DuplicationGate gate = new DuplicationGate();
        ScanResult same = demoCache(root.resolve("same")).scan();
        assertThat(gate.evaluate(BaselineComparison.compare(baseline, same), requiring("caching"), "platform-baseline.json"))
                .isEmpty();

        ScanResult grown = demoCache(root.resolve("grown"))
                .moduleWithSources("services/shipping", List.of(DemoSources.read(DemoSources.TAX_RATE_CACHE)
                        .replace("package com.acme.billing.tax;", "package com.acme.shipping.rates;")
                        .replace("class TaxRateCache", "class CarrierRateCache")
                        .replace("public TaxRateCache(", "public CarrierRateCache(")))
                .scan();
        List<Violation> violations = gate.evaluate(BaselineComparison.compare(baseline, grown), requiring("caching"),
                "platform-baseline.json");
        assertThat(violations).filteredOn(v -> v.parameter().equals("platform.requireSharedComponents")).singleElement()
                .satisfies(violation -> {
                    assertThat(violation.summary()).endsWith("own implementation new since the baseline platform-baseline.json:");
                    assertThat(violation.details()).singleElement().asString().contains("CarrierRateCache");
                });
    }

    @Test
    void aBaselineWrittenBeforeHoldoutsExistedStillReads() throws Exception {
        Path file = root.resolve("old-baseline.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"clusters\": []}\n");

        assertThat(Baseline.read(file).holdouts()).isEmpty();
    }
}
