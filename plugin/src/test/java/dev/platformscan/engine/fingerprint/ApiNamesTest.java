package dev.platformscan.engine.fingerprint;

import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.Units;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiNamesTest {

    private static int[] names(String fixture, String symbol) {
        return Units.unit(TestRepository.resource(fixture), symbol).fingerprint().apiNames();
    }

    @Test
    void renamedCopiesKeepTheirApiVocabulary() {
        int[] original = names("clones/Original.java", "com.example.orders.OrderClient#getWithRetries(String, int)");
        int[] renamed = names("clones/TypeTwo.java", "com.example.inventory.remote.SupplierGateway#fetch(String, long)");
        int[] edited = names("clones/TypeThree.java", "com.example.notifications.WebhookSender#post(String, String, int)");
        int[] unrelated = names("clones/Unrelated.java", "com.example.pricing.PriceCalculator#total(List, BigDecimal, String)");

        assertThat(original.length).isGreaterThanOrEqualTo(8);
        // the rename changed ofSeconds to ofMillis and nothing else the method calls
        assertThat(ApiNames.jaccard(original, renamed)).isGreaterThan(0.8);
        assertThat(ApiNames.jaccard(original, edited)).isGreaterThan(0.5);
        assertThat(ApiNames.jaccard(original, unrelated)).isLessThan(0.1);
    }

    @Test
    void ownNamesAndFieldsReachedThroughThisAreNotApis() {
        String source = """
                class A {
                    private java.util.List<String> items;
                    void collect(String value) {
                        this.items.add(value.trim());
                        collect(value.strip());
                        helper();
                        java.util.Objects.requireNonNull(value);
                    }
                    void helper() {}
                }
                """;
        int[] collected = Units.unit(source, "A#collect(String)").fingerprint().apiNames();
        ApiNames.Collector collector = new ApiNames.Collector();
        for (String name : new String[] {"add", "trim", "strip", "helper", "util", "Objects", "requireNonNull"}) {
            collector.accept(new com.github.javaparser.JavaToken(com.github.javaparser.GeneratedJavaParserConstants.DOT, "."));
            collector.accept(new com.github.javaparser.JavaToken(com.github.javaparser.GeneratedJavaParserConstants.IDENTIFIER, name));
        }
        int[] expected = collector.names(java.util.Set.of());
        assertThat(collected).containsExactly(expected);
    }
}
