package dev.platformscan.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every platform goal shares: the session and {@code platform.skip}. */
public abstract class AbstractPlatformMojo extends AbstractMojo {

    /** The running build: its reactor projects are the modules to read. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Skips every platform goal. */
    @Parameter(property = "platform.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("platform-scan skipped (platform.skip=true)");
            return;
        }
        run();
    }

    /** The goal's work, called unless skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
