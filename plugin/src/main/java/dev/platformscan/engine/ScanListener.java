package dev.platformscan.engine;

/** How the engine talks to whoever runs it (the mojo adapts this to Maven's log). */
public interface ScanListener {

    /** A progress or status line, already worded for a human. */
    void info(String message);

    /** A problem found while scanning; the scan goes on. */
    void problem(Problem problem);

    /**
     * Something the user should look at that is not about the scanned code (an unreadable parse cache):
     * it does not enter the result. Goes to {@link #info} unless the listener has a warning channel.
     */
    default void warning(String message) {
        info(message);
    }

    /**
     * A line for whoever digs into how the scan decided (each calibrated bar): the mojo logs it at debug level
     * ({@code mvn -X}); dropped unless the listener has such a channel.
     */
    default void detail(String message) {
    }

    ScanListener SILENT = new ScanListener() {
        @Override
        public void info(String message) {
        }

        @Override
        public void problem(Problem problem) {
        }
    };
}
