package dev.platformscan.it.realcode;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores a scan of one of the hand-judged real reactors (docs/real-code-verdicts.md) against
 * {@code it/real-code-verdicts.json}: clusters judged real / look-alike / trivial / unjudged, and the
 * must-find whole-class copies found or missed. Runs on demand only (excluded like every *Benchmark):
 * {@code ./mvnw -B -pl it test -Dtest=RealCodeScoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Drealcode.report=/path/to/target/platform-scan/report.json}.
 *
 * <p>System properties: {@code realcode.report} (without it the test is skipped), {@code realcode.verdicts} (default
 * real-code-verdicts.json in the it module).
 */
class RealCodeScoreBenchmark {

    @Test
    void scoreReport() throws Exception {
        String report = System.getProperty("realcode.report");
        // skipped, not failed, without a report: -Dtest='RealCode*' selects this benchmark with the unit tests
        assumeTrue(report != null, "Set -Drealcode.report to the report.json of a scan of a judged reactor");
        if (!Files.isRegularFile(Path.of(report))) {
            fail("-Drealcode.report is not a file: " + report);
        }
        Path verdicts = Path.of(System.getProperty("realcode.verdicts", "real-code-verdicts.json")).toAbsolutePath();
        RealCodeVerdicts.Score score = RealCodeVerdicts.read(verdicts)
                .score(new ObjectMapper().readTree(Path.of(report).toFile()));
        System.out.println();
        System.out.println("[realcode] " + report);
        System.out.print(RealCodeVerdicts.render(score));
    }
}
