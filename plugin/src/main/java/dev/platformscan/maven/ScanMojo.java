package dev.platformscan.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Scans every module of the reactor once, from the root, for near-duplicate methods, constructors and
 * classes across modules, labels what they do, and writes the reports. Needs no compilation and no
 * dependency resolution.
 */
@Mojo(name = "scan", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ScanMojo extends AbstractScanMojo {

    @Override
    protected void run() throws MojoExecutionException {
        scanAndReport();
    }
}
