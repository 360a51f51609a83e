package dev.platformscan.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInCatalogLoadsWithAtLeastThirtyCapabilities() {
        RuleCatalog catalog = RuleLoader.builtIn();
        assertThat(catalog.rules()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(catalog.rules()).extracting(CapabilityRule::id).contains("authentication", "login-session",
                "token-jwt", "password-hashing", "authorization", "data-access", "http-client", "caching", "messaging",
                "input-validation", "error-handling", "configuration", "audit-logging", "json-serialization",
                "file-storage", "scheduling-retry", "email-notification", "rate-limiting",
                "security-configuration", "current-user", "user-details", "distributed-lock", "id-generation", "pagination",
                "spreadsheet", "verification-code", "response-envelope", "web-mvc-configuration", "api-documentation",
                "circuit-breaker");
        assertThat(catalog.find("password-hashing")).get().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("Password hashing");
            assertThat(rule.source()).isEqualTo("password-hashing.yaml");
            assertThat(rule.signals()).anyMatch(s -> s.kind() == SignalKind.CALLS && s.values().contains("MessageDigest.getInstance"));
        });
    }

    @Test
    void userRulesAreAddedAndReplaceBuiltInOnesWithTheirId() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("feature-flags.yaml"), """
                id: feature-flags
                name: Feature flags
                signals:
                  - calls: FeatureFlags.isEnabled
                    weight: 2
                """);
        Files.writeString(rules.resolve("caching.yml"), """
                id: caching
                name: Our caching
                signals:
                  - types: AcmeCache
                """);
        RuleCatalog catalog = new RuleLoader().load(getClass().getClassLoader(), List.of(rules));
        assertThat(catalog.find("feature-flags")).get().extracting(CapabilityRule::threshold).isEqualTo(1.0);
        assertThat(catalog.find("caching")).get().extracting(CapabilityRule::name).isEqualTo("Our caching");
        assertThat(catalog.rules().size()).isEqualTo(RuleLoader.builtIn().rules().size() + 1);
    }

    @Test
    void aNegativeWeightIsACounterSignal() throws Exception {
        CapabilityRule rule = new RuleLoader().parse(new StringReader("""
                id: configuration-loading
                name: Configuration loading
                threshold: 2
                signals:
                  - types: Environment
                    weight: 2
                  - annotations: SpringBootApplication
                    weight: -2
                """), "counter.yaml");
        assertThat(rule.signals()).extracting(Signal::isCounterSignal).containsExactly(false, true);
        assertThat(rule.signals().get(1).weight()).isEqualTo(-2.0);
    }

    @Test
    void aRuleSaysWhetherDependingOnItsSharedComponentIsAdoptingIt() throws Exception {
        CapabilityRule starter = new RuleLoader().parse(new StringReader("""
                id: api-docs
                name: API docs
                adoptedByDependency: true
                signals:
                  - types: Docket
                """), "docs.yaml");
        assertThat(starter.adoptedByDependency()).isTrue();
        assertThat(new RuleLoader().parse(new StringReader("id: x\nname: X\nsignals:\n  - calls: a\n"), "x.yaml")
                .adoptedByDependency()).as("by default").isFalse();
        assertThat(broken("id: x\nname: X\nadoptedByDependency: yes please\nsignals:\n  - calls: a\n"))
                .hasMessage("broken.yaml:3: adoptedByDependency must be true or false, was 'yes please'");
        assertThat(RuleLoader.builtIn().find("api-documentation").orElseThrow().adoptedByDependency()).isTrue();
        assertThat(RuleLoader.builtIn().find("caching").orElseThrow().adoptedByDependency()).isFalse();
    }

    private static RuleFileException broken(String yaml) {
        try {
            new RuleLoader().parse(new StringReader(yaml), "broken.yaml");
        } catch (RuleFileException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void everyProblemNamesTheFileTheLineAndWhatToDo() {
        assertThat(broken("id: x\nname: X\nsignals:\n  - calls: a\n  - cals: b\n"))
                .hasMessage("broken.yaml:5: unknown signal 'cals'; signals are: calls, types, imports, annotations, "
                        + "supertypes, names, strings (and an optional weight)");
        assertThat(broken("id: x\nname: X\nsignals:\n  - strings: \"(unclosed\"\n").line()).isEqualTo(4);
        assertThat(broken("id: x\nname: X\nsignals:\n  - strings: \"(unclosed\"\n")).hasMessageContaining("invalid regular expression");
        assertThat(broken("id: Bad Id\nname: X\nsignals:\n  - calls: a\n")).hasMessageContaining("broken.yaml:1: id 'Bad Id'");
        assertThat(broken("id: x\nname: X\nthreshold: 5\nsignals:\n  - calls: a\n")).hasMessageContaining("never be reached");
        assertThat(broken("id: x\nname: X\nsignals:\n  - calls: a\n    weight: heavy\n").line()).isEqualTo(5);
        assertThat(broken("id: x\nname: X\nsignals:\n  - calls: a\n    weight: 0\n"))
                .hasMessageContaining("broken.yaml:5: 'weight' must be a number other than 0");
        // a counter-signal adds nothing that could reach the threshold
        assertThat(broken("id: x\nname: X\nthreshold: 3\nsignals:\n  - calls: a\n    weight: 2\n  - types: B\n    weight: -3\n"))
                .hasMessageContaining("all signals together weigh 2.0");
        assertThat(broken("id: x\nname: X\nsignals: []\n")).hasMessageContaining("non-empty list");
        assertThat(broken("id: x\nname: X\nname: Y\nsignals:\n  - calls: a\n")).hasMessageContaining("broken.yaml:3: key 'name' appears twice");
        assertThat(broken("")).hasMessageContaining("empty file");
        assertThat(broken("id: [x\n")).hasMessageContaining("not valid YAML");
        assertThat(broken("- just\n- a list\n")).hasMessageContaining("expected a mapping");
        assertThat(broken("id: x\nname: X\nsignals:\n  - calls: a\n    types: b\n")).hasMessageContaining("one signal per list item");
        assertThat(broken("!!java.net.URL [\"http://example.com\"]\n")).isInstanceOf(RuleFileException.class);
    }

    @Test
    void aMissingUserPathAndDuplicateUserIdsAreErrors() throws Exception {
        assertThatThrownBy(() -> new RuleLoader().load(getClass().getClassLoader(), List.of(dir.resolve("nope"))))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("platform.rules");
        Files.writeString(dir.resolve("a.yaml"), "id: same\nname: A\nsignals:\n  - calls: a\n");
        Files.writeString(dir.resolve("b.yaml"), "id: same\nname: B\nsignals:\n  - calls: b\n");
        assertThatThrownBy(() -> new RuleLoader().load(getClass().getClassLoader(), List.of(dir)))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("already defined");
    }
}
