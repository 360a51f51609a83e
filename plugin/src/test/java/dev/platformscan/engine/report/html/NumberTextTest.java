package dev.platformscan.engine.report.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {

    @Test
    void scoresKeepTheDigitsThatMatterAndWholeNumbersNone() {
        assertThat(NumberText.score(3.0)).isEqualTo("3");
        assertThat(NumberText.score(0.8612)).isEqualTo("0.86");
        assertThat(NumberText.score(28.44)).isEqualTo("28.4");
        assertThat(NumberText.score(1250.4)).isEqualTo("1,250");
        assertThat(NumberText.score(2000.0)).isEqualTo("2,000");
    }

    @Test
    void countsAndPercentagesIgnoreTheDefaultLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(NumberText.count(1629)).isEqualTo("1,629");
            assertThat(NumberText.percent(0.44)).isEqualTo("44.0%");
            assertThat(NumberText.plural(1, "module", "modules")).isEqualTo("1 module");
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }
}
