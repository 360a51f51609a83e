package dev.platformscan.it.labels;

import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.it.labels.LabelRunner.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelScorerTest {
    private static final List<String> ORDER = List.of("caching", "messaging", "token-jwt");

    private static Outcome outcome(String name, List<String> expected, String top, String... matched) {
        List<CapabilityMatch> matches = java.util.Arrays.stream(matched)
                .map(id -> new CapabilityMatch(id, 2, 0.5, List.of())).toList();
        return new Outcome(new LabelledClass("g:a:1", "p/" + name + ".java", "p." + name, expected, "why", false),
                top, matches, List.of(), null);
    }

    @Test
    void countsTopLabelsAgainstAcceptableCapabilities() {
        LabelScorer.Figures figures = LabelScorer.score(List.of(
                outcome("Cache1", List.of("caching"), "caching", "caching"),
                outcome("Cache2", List.of("caching"), "messaging", "messaging", "caching"),
                outcome("Jwt", List.of("token-jwt", "messaging"), "messaging", "messaging"),
                outcome("Queue", List.of(), "messaging", "messaging"),
                outcome("Math", List.of(), "none"),
                outcome("Strings", List.of(), "none", "caching")), ORDER);

        assertThat(figures.positives()).isEqualTo(3);
        assertThat(figures.topCorrect()).isEqualTo(2);
        assertThat(figures.anyCorrect()).isEqualTo(3);
        assertThat(figures.negatives()).isEqualTo(3);
        assertThat(figures.falseLabels()).isEqualTo(1);
        assertThat(figures.anyFalse()).isEqualTo(2);
        assertThat(figures.overallAccuracy()).isEqualTo(4 / 6.0);

        LabelScorer.PerCapability caching = figures.capabilities().get("caching");
        assertThat(caching.positives()).isEqualTo(2);
        assertThat(caching.found()).isEqualTo(1);
        assertThat(caching.fired()).isEqualTo(2);
        assertThat(caching.labelled()).isEqualTo(1);
        assertThat(caching.precision()).isEqualTo(1.0);
        LabelScorer.PerCapability messaging = figures.capabilities().get("messaging");
        assertThat(messaging.positives()).isZero();
        assertThat(messaging.labelled()).isEqualTo(3);
        assertThat(messaging.correct()).isEqualTo(1);
        assertThat(figures.capabilities().get("token-jwt").recall()).isEqualTo(1.0);

        assertThat(figures.confusions()).containsOnlyKeys("caching → messaging", "none → messaging");
    }
}
