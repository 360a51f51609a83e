package dev.platformscan.it.labels;

import dev.platformscan.engine.ToolVersion;
import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleLoader;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/**
 * Capability label benchmark: real classes of library sources, labelled by hand in
 * {@code it/benchmark-labels.json}, scanned by the engine; prints precision and recall per capability,
 * label accuracy and the false-label rate on negatives, for the tuning and the held-out set. See the
 * "Capability labels" section of docs/accuracy.md. Runs on demand only:
 * {@code ./mvnw -B -pl it -am -Plabels verify}.
 *
 * <p>System properties: {@code labels.file} (default benchmark-labels.json), {@code labels.directory}
 * (default target/labels; the profile unpacks the sources jars into its {@code sources/}),
 * {@code labels.showHeldOut} (false: held-out classes are reported in aggregate only).
 */
class LabelBenchmark {

    private static final String COMMAND = "./mvnw -B -pl it -am -Plabels verify";

    @Test
    void measureLabelAccuracy() throws Exception {
        Path file = Path.of(System.getProperty("labels.file", "benchmark-labels.json")).toAbsolutePath();
        Path directory = Path.of(System.getProperty("labels.directory", "target/labels")).toAbsolutePath();
        boolean showHeldOut = Boolean.parseBoolean(System.getProperty("labels.showHeldOut", "false"));
        Path sources = directory.resolve("sources");
        if (!Files.isDirectory(sources)) {
            fail("No library sources in " + sources + ": run the benchmark through its profile: " + COMMAND);
        }
        List<String> capabilityOrder = RuleLoader.builtIn().rules().stream().map(CapabilityRule::id).toList();
        LabelSet set = LabelSet.read(file);
        List<String> labelProblems = set.problems(new HashSet<>(capabilityOrder));
        if (!labelProblems.isEmpty()) {
            fail("Broken labels file " + file + ":\n" + String.join("\n", labelProblems));
        }

        Path repo = directory.resolve("repo");
        List<String> writeProblems = LabelRunner.write(set.classes(), sources, repo);
        LabelRunner.Run run = LabelRunner.scan(set.classes(), repo);
        String report = new LabelReport().render(ToolVersion.get(), set, run, capabilityOrder, showHeldOut);
        System.out.println();
        System.out.println(report);
        Files.writeString(directory.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println("[labels] written " + directory.resolve("results.md"));

        // the benchmark itself must be sound, whatever the figures
        SoftAssertions soundness = new SoftAssertions();
        soundness.assertThat(writeProblems).as("labelled files copied into the scanned repository").isEmpty();
        soundness.assertThat(run.outcomes().stream().filter(o -> o.problem() != null)
                .map(o -> o.labelled().className() + ": " + o.problem()).toList())
                .as("every labelled class is a class unit of the engine, with its two copies in one cluster").isEmpty();
        soundness.assertThat(run.problems().stream().map(p -> p.describe()).toList())
                .as("engine problems (every file parses)").isEmpty();
        soundness.assertAll();
    }
}
