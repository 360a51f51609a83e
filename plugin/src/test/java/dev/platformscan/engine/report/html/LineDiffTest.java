package dev.platformscan.engine.report.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.platformscan.engine.report.html.LineDiff.Kind.CHANGED;
import static dev.platformscan.engine.report.html.LineDiff.Kind.LEFT_ONLY;
import static dev.platformscan.engine.report.html.LineDiff.Kind.RIGHT_ONLY;
import static dev.platformscan.engine.report.html.LineDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void marksChangedRemovedAndAddedLinesAndKeepsBothSidesNumbers() {
        List<String> pioneer = List.of("int a = 1;", "int b = 2;", "call(a, b);", "log();", "return a;");
        List<String> other = List.of("int a = 1;", "int b = 3;", "call(a, b);", "return a;", "done();");

        LineDiff.Comparison comparison = LineDiff.compare(pioneer, 10, other, 40);

        assertThat(comparison.rows()).extracting(LineDiff.Row::kind)
                .containsExactly(SAME, CHANGED, SAME, LEFT_ONLY, SAME, RIGHT_ONLY);
        LineDiff.Row changed = comparison.rows().get(1);
        assertThat(changed.left()).isEqualTo("int b = 2;");
        assertThat(changed.leftNumber()).isEqualTo(11);
        assertThat(changed.right()).isEqualTo("int b = 3;");
        assertThat(changed.rightNumber()).isEqualTo(41);
        LineDiff.Row removed = comparison.rows().get(3);
        assertThat(removed.left()).isEqualTo("log();");
        assertThat(removed.right()).isNull();
        assertThat(removed.rightNumber()).isZero();
        assertThat(comparison.rows().get(5).rightNumber()).isEqualTo(44);
        assertThat(comparison.sameShare()).isEqualTo(3 / 5.0);
    }

    @Test
    void indentationAloneIsNotADifference() {
        LineDiff.Comparison comparison = LineDiff.compare(List.of("  if (x) {", "    y();", "  }"), 1,
                List.of("if (x) {", "\ty();", "}"), 1);

        assertThat(comparison.rows()).extracting(LineDiff.Row::kind).containsOnly(SAME);
        assertThat(comparison.sameShare()).isEqualTo(1.0);
    }

    @Test
    void identicalInputGivesNoDifferenceAndEmptyInputNoRows() {
        assertThat(LineDiff.compare(List.of(), 1, List.of(), 1).rows()).isEmpty();
        assertThat(LineDiff.compare(List.of("a"), 1, List.of(), 1).rows()).extracting(LineDiff.Row::kind)
                .containsExactly(LEFT_ONLY);
    }
}
