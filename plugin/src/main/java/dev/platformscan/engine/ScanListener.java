package dev.platformscan.engine;

/** How the engine talks to whoever runs it (the mojo adapts this to Maven's log). */
public interface ScanListener {

    /** A progress or status line, already worded for a human. */
    void info(String message);

    /** A problem found while scanning; the scan goes on. */
    void problem(Problem problem);

    ScanListener SILENT = new ScanListener() {
        @Override
        public void info(String message) {
        }

        @Override
        public void problem(Problem problem) {
        }
    };
}
