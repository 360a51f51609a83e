package dev.platformscan.engine.report.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineChartTest {

    @Test
    void axesEndOnRoundNumbers() {
        assertThat(LineChart.roundUp(0.59)).isCloseTo(0.6, within(1e-9));
        assertThat(LineChart.roundUp(2079)).isEqualTo(2500);
        assertThat(LineChart.roundUp(1)).isEqualTo(1);
        assertThat(LineChart.roundUp(9.5)).isEqualTo(10);
        assertThat(LineChart.roundUp(0)).isEqualTo(1);
    }

    @Test
    void onePointPerValueWithItsLabel() {
        String figure = LineChart.figure("Duplicated lines", List.of("2026-05-04", "this scan"), List.of(1890.0, 1629.0),
                value -> NumberText.count(Math.round(value)));

        assertThat(figure).startsWith("<figure><figcaption>Duplicated lines</figcaption><svg");
        assertThat(figure.split("<g class=\"point\">", -1)).hasSize(3);
        assertThat(figure).contains("<title>2026-05-04: 1,890</title>").contains(">2,500</text>").contains(">1,250</text>");
    }
}
