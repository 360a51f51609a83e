package dev.platformscan.maven;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.gate.Baseline;
import dev.platformscan.engine.gate.BaselineComparison;
import dev.platformscan.engine.gate.DuplicationGate;
import dev.platformscan.engine.gate.GateRules;
import dev.platformscan.engine.gate.Violation;
import dev.platformscan.rules.RuleCatalog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.util.List;

/**
 * The build gate: scans like {@code platform:scan}, then fails the build when duplication crosses the
 * configured limits or, when a baseline file exists, only when copies appear that the baseline did not
 * accept (and reports the accepted copies that are gone). Bound to {@code verify} when the plugin is
 * declared with an execution.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractScanMojo {

    /** Highest allowed share of duplicated lines of code (0..1, the summary's duplicationRatio). */
    @Parameter(property = "platform.maxDuplicationRatio")
    private Double maxDuplicationRatio;

    /** Most copies one code structure may have. */
    @Parameter(property = "platform.maxCopies")
    private Integer maxCopies;

    /** Capability ids that must never be duplicated (e.g. password-hashing, token-jwt). */
    @Parameter(property = "platform.forbiddenCapabilities")
    private List<String> forbiddenCapabilities;

    /**
     * Capability ids (or {@code all}) whose shared component every module must use: a module that implements such a
     * capability itself while the reactor has a shared component for it fails the build, with its code and the
     * component to use (docs/adoption.md). With a baseline, only holdouts it did not accept fail.
     */
    @Parameter(property = "platform.requireSharedComponents")
    private List<String> requireSharedComponents;

    /**
     * Symbol patterns of copies the gate ignores, e.g. {@code com.acme.legacy.*} ({@code *} matches anything).
     * In code: {@code @SuppressWarnings("platform:duplication")} on a class or method leaves it out of every goal.
     */
    @Parameter(property = "platform.suppressions")
    private List<String> suppressions;

    /** Fail the build on a violation; false only reports it. */
    @Parameter(property = "platform.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Skips only the check. */
    @Parameter(property = "platform.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (skipCheck) {
            getLog().info("platform:check skipped (platform.check.skip=true)");
            return;
        }
        GateRules rules;
        try {
            rules = new GateRules(maxDuplicationRatio, maxCopies, forbiddenCapabilities == null ? List.of() : forbiddenCapabilities,
                    suppressions == null ? List.of() : suppressions,
                    requireSharedComponents == null ? List.of() : requireSharedComponents);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid parameter platform." + e.getMessage(), e);
        }
        ScanResult result = scanAndReport();
        RuleCatalog catalog = result.request().rules();
        requireKnown("forbiddenCapabilities", rules.forbiddenCapabilities(), catalog, false);
        requireKnown("requireSharedComponents", rules.requireSharedComponents(), catalog, true);
        List<Violation> violations;
        if (baseline.isFile()) {
            BaselineComparison comparison;
            try {
                comparison = BaselineComparison.compare(Baseline.read(baseline.toPath()), result);
            } catch (IOException e) {
                throw new MojoExecutionException("Unreadable baseline " + e.getMessage(), e);
            }
            if (!comparison.removed().isEmpty()) {
                getLog().info("Progress since the baseline: " + comparison.removed().size()
                        + " accepted copies are no longer duplicated (lower the baseline with mvn platform:baseline):");
                comparison.removed().forEach(copy -> getLog().info("  " + copy.replace('|', ' ')));
            }
            violations = new DuplicationGate().evaluate(comparison, rules, baseline.getName());
        } else {
            violations = new DuplicationGate().evaluate(result, rules);
        }
        if (violations.isEmpty()) {
            getLog().info("platform:check passed");
        } else if (failOnViolation) {
            throw new MojoFailureException(DuplicationGate.message(violations));
        } else {
            DuplicationGate.message(violations).lines().forEach(getLog()::warn);
        }
    }

    private static void requireKnown(String parameter, List<String> capabilities, RuleCatalog catalog, boolean allowAll)
            throws MojoExecutionException {
        for (String capability : capabilities) {
            if (catalog.find(capability).isEmpty() && !(allowAll && capability.equals("all"))) {
                throw new MojoExecutionException("Invalid parameter platform." + parameter + ": unknown capability '"
                        + capability + "'; known: " + (allowAll ? "all, " : "")
                        + String.join(", ", catalog.rules().stream().map(r -> r.id()).toList()));
            }
        }
    }
}
