package dev.platformscan.it.performance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one measured command as its own process and reports its wall time, its CPU time, its peak
 * resident set size and, from the JVM's GC log, its peak heap. RSS and CPU time come from GNU time
 * ({@code /usr/bin/time}: maximum RSS of the process, which for {@code mvnw} is the JVM it execs into;
 * user + system seconds); without GNU time the benchmark polls {@code VmHWM} of the process and its
 * descendants in {@code /proc} every 50 ms instead, and CPU time is unknown.
 */
final class ProcessMeter {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    /**
     * One measured process. {@code peakRssKb} is -1 and {@code cpuSeconds} NaN when they could not be
     * measured; {@code loadBefore} is the machine's one-minute load average when it started (NaN off
     * Linux): other work on a shared machine. CPU time (user + system, all threads) depends far less on
     * that other work than wall time does.
     */
    record Measurement(String name, Duration wall, double cpuSeconds, long peakRssKb, GcLog.Heap heap, int exitCode,
                       Path log, double loadBefore) {
        double seconds() {
            return wall.toNanos() / 1e9;
        }

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private final Path logDirectory;

    ProcessMeter(Path logDirectory) throws IOException {
        this.logDirectory = Files.createDirectories(logDirectory);
    }

    /** Where a measurement's JVM should write its GC log ({@code -Xlog:gc:file=...}). */
    Path gcLog(String name) {
        return logDirectory.resolve(name + ".gc.log");
    }

    /** Runs {@code command}; {@code environment} is added to this process's, less its {@code MAVEN_*} variables. */
    Measurement run(String name, List<String> command, Map<String, String> environment, Path workingDirectory)
            throws IOException, InterruptedException {
        Path log = logDirectory.resolve(name + ".log");
        Path rssFile = logDirectory.resolve(name + ".rss");
        Files.deleteIfExists(rssFile);
        Files.deleteIfExists(gcLog(name));
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        List<String> full = new ArrayList<>();
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", rssFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // the outer build's Maven variables (MAVEN_OPTS, MAVEN_ARGS, MAVEN_PROJECTBASEDIR...) must not leak in
        builder.environment().keySet().removeIf(key -> key.startsWith("MAVEN_"));
        builder.environment().putAll(environment);
        double load = loadAverage();
        long started = System.nanoTime();
        Process process = builder.start();
        long polledRss = -1;
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            if (!gnuTime) {
                polledRss = Math.max(polledRss, treeHighWaterMark(process.toHandle()));
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        double[] timed = gnuTime ? readGnuTime(rssFile) : new double[] {polledRss, Double.NaN};
        return new Measurement(name, wall, timed[1], (long) timed[0], GcLog.read(gcLog(name)), process.exitValue(), log,
                load);
    }

    /** The one-minute load average, NaN where /proc/loadavg is not there. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** {peak RSS in KB, user + system CPU seconds} from GNU time's "%M %U %S" line; -1 and NaN if absent. */
    static double[] readGnuTime(Path file) throws IOException {
        if (Files.exists(file)) {
            // GNU time writes "Command exited with non-zero status N" before the figures when the command fails
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).trim();
                if (line.matches("\\d+ [\\d.]+ [\\d.]+")) {
                    String[] parts = line.split(" ");
                    return new double[] {Long.parseLong(parts[0]),
                        Double.parseDouble(parts[1]) + Double.parseDouble(parts[2])};
                }
            }
        }
        return new double[] {-1, Double.NaN};
    }

    /** The largest VmHWM among the process and its descendants (each JVM's own peak). */
    private static long treeHighWaterMark(ProcessHandle process) {
        long max = highWaterMark(process.pid()).orElse(-1L);
        for (ProcessHandle child : process.descendants().toList()) {
            max = Math.max(max, highWaterMark(child.pid()).orElse(-1L));
        }
        return max;
    }

    private static Optional<Long> highWaterMark(long pid) {
        try {
            Matcher matcher = VM_HWM.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // gone already
        }
    }
}
