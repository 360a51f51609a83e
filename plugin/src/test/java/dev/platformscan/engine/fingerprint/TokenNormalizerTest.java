package dev.platformscan.engine.fingerprint;

import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.Units;
import dev.platformscan.engine.parse.CodeUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenNormalizerTest {

    private static CodeUnit unit(String fixture, String symbol) {
        return Units.unit(TestRepository.resource(fixture), symbol);
    }

    @Test
    void layoutAndCommentsChangeNeitherHash() {
        CodeUnit original = unit("clones/Original.java", "com.example.orders.OrderClient#getWithRetries(String, int)");
        CodeUnit reformatted = unit("clones/TypeOne.java", "com.example.billing.OrderClient#getWithRetries(String, int)");
        assertThat(reformatted.fingerprint().exactHash()).isEqualTo(original.fingerprint().exactHash());
        assertThat(reformatted.fingerprint().normalizedTokens()).isEqualTo(original.fingerprint().normalizedTokens());
    }

    @Test
    void renamedIdentifiersChangedLiteralsAndTypesKeepTheNormalizedTokens() {
        CodeUnit original = unit("clones/Original.java", "com.example.orders.OrderClient#getWithRetries(String, int)");
        CodeUnit renamed = unit("clones/TypeTwo.java", "com.example.inventory.remote.SupplierGateway#fetch(String, long)");
        assertThat(renamed.fingerprint().exactHash()).isNotEqualTo(original.fingerprint().exactHash());
        assertThat(renamed.fingerprint().normalizedHash()).isEqualTo(original.fingerprint().normalizedHash());
        assertThat(renamed.fingerprint().normalizedTokens()).isEqualTo(original.fingerprint().normalizedTokens());
    }

    @Test
    void differentStructureGivesDifferentTokens() {
        String a = Units.normalizedTokens("class A { void f() { if (x) { y(); } } }", "A#f()");
        String b = Units.normalizedTokens("class A { void f() { while (x) { y(); } } }", "A#f()");
        String c = Units.normalizedTokens("class A { void g() { if (other) { z(); } } }", "A#g()");
        assertThat(a).isNotEqualTo(b).isEqualTo(c);
    }

    @Test
    void literalKindsStayDistinct() {
        String number = Units.normalizedTokens("class A { Object f() { return 1; } }", "A#f()");
        String text = Units.normalizedTokens("class A { Object f() { return \"1\"; } }", "A#f()");
        String longNumber = Units.normalizedTokens("class A { Object f() { return 7L; } }", "A#f()");
        assertThat(number).isNotEqualTo(text).isEqualTo(longNumber);
    }
}
