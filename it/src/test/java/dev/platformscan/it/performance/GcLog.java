package dev.platformscan.it.performance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JVM's {@code -Xlog:gc} file: every pause logs "used before -&gt; used after (committed)". The
 * largest "before" is the peak heap the collector saw; the largest "after" is the most the process kept
 * alive at once (its live set, as near as GC logging tells).
 */
final class GcLog {
    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** Heap figures in MB; {@code pauses} 0 means the log showed no collection (figures are 0 then). */
    record Heap(long peakUsedMb, long peakLiveMb, long maxCommittedMb, int pauses) {
        static final Heap UNKNOWN = new Heap(0, 0, 0, 0);

        boolean known() {
            return pauses > 0;
        }
    }

    private GcLog() {
    }

    static Heap read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Heap.UNKNOWN;
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Heap parse(List<String> lines) {
        long before = 0;
        long after = 0;
        long committed = 0;
        int pauses = 0;
        for (String line : lines) {
            if (!line.contains("Pause")) {
                continue;
            }
            Matcher matcher = PAUSE.matcher(line);
            if (matcher.find()) {
                pauses++;
                before = Math.max(before, megabytes(matcher.group(1), matcher.group(2)));
                after = Math.max(after, megabytes(matcher.group(3), matcher.group(4)));
                committed = Math.max(committed, megabytes(matcher.group(5), matcher.group(6)));
            }
        }
        return new Heap(before, after, committed, pauses);
    }

    private static long megabytes(String value, String unit) {
        long amount = Long.parseLong(value);
        return switch (unit) {
            case "K" -> amount / 1024;
            case "G" -> amount * 1024;
            default -> amount;
        };
    }
}
