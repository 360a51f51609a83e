package dev.platformscan.engine;

/**
 * How the engine runs every stage, apart from what any stage computes: neither value changes a result. The
 * worker pool parses files and, in the cluster stage, signs and verifies candidates; the compiler hints cover the
 * whole scan.
 *
 * @param threads       worker threads; 0 means one per available processor
 * @param compilerHints keep HotSpot's C2 compiler off JavaParser's and the engine's methods while the scan runs
 *                      ({@code parse.CompilerHints}): a scan is a short burst, C2 cost more than it saved
 */
public record RunSettings(int threads, boolean compilerHints) {
    /** One thread per processor, compiler hints on. */
    public static final RunSettings DEFAULTS = new RunSettings(0, true);

    /** Validates; messages start with the parameter's name ("threads: ..."). */
    public RunSettings {
        if (threads < 0) {
            throw new IllegalArgumentException("threads: must be 0 (one per processor) or more, was " + threads);
        }
    }

    /** With {@code count} worker threads (0: one per processor). */
    public RunSettings withThreads(int count) {
        return new RunSettings(count, compilerHints);
    }

    /** With {@code false}, the scan leaves the JVM's compiler alone (see {@code parse.CompilerHints}). */
    public RunSettings withCompilerHints(boolean hints) {
        return new RunSettings(threads, hints);
    }

    /** The number of worker threads the scan starts. */
    public int effectiveThreads() {
        return threads == 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }
}
