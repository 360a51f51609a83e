package dev.platformscan.maven;

import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.gate.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Scans and writes the baseline file ({@code platform.baseline}, default {@code platform-baseline.json} at
 * the execution root): today's duplication, accepted. Commit it; {@code platform:check} then fails only on
 * new copies.
 */
@Mojo(name = "baseline", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractScanMojo {

    @Override
    protected void run() throws MojoExecutionException {
        ScanResult result = scanAndReport();
        Path target = baseline.toPath().toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".platform-baseline", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                Baseline.of(result).write(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            dev.platformscan.engine.report.ReportWriter.readableByAll(target);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline " + target + ": " + e.getMessage(), e);
        }
        getLog().info("Baseline with " + result.copies().size() + " clusters written to " + target
                + " (commit it; platform:check now fails only on new copies)");
    }
}
