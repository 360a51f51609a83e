package dev.platformscan.engine.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How often each file changed recently, from git: commits touching it in the {@code months} before the
 * checked-out commit (HEAD's commit time, not the clock, so the same checkout always gives the same
 * counts). Without git or outside a checkout there are no counts.
 */
public final class GitChangeCounts {
    private static final long TIMEOUT_SECONDS = 120;
    private static final String COMMIT_MARK = "@@commit";

    private final Map<String, Integer> commitsPerFile;
    /** file → author name → commits of that author touching the file in the window */
    private final Map<String, Map<String, Integer>> authorsPerFile;
    private final String head;
    private final long headTime;

    private GitChangeCounts(Map<String, Integer> commitsPerFile, Map<String, Map<String, Integer>> authorsPerFile,
                            String head, long headTime) {
        this.commitsPerFile = commitsPerFile;
        this.authorsPerFile = authorsPerFile;
        this.head = head;
        this.headTime = headTime;
    }

    /** Counts for the checkout containing {@code root}; null when git is missing or root is not a checkout. */
    public static GitChangeCounts read(Path root, int months) throws InterruptedException {
        List<String> headLine = git(root, "log", "-1", "--format=%H %ct");
        if (headLine == null || headLine.isEmpty() || !headLine.get(0).contains(" ")) {
            return null;
        }
        String[] parts = headLine.get(0).split(" ");
        long headTime = Long.parseLong(parts[1]);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> authors = new HashMap<>();
        if (months > 0) {
            long since = headTime - months * 30L * 24 * 3600;
            // paths relative to root; commits are marked so file lines can be told apart
            List<String> log = git(root, "log", "--no-renames", "--relative", "--format=tformat:" + COMMIT_MARK + " %an",
                    "--name-only", "--since=@" + since, "HEAD", "--", ".");
            if (log == null) {
                return null;
            }
            String author = "";
            for (String line : log) {
                if (line.startsWith(COMMIT_MARK + " ")) {
                    author = line.substring(COMMIT_MARK.length() + 1).trim();
                } else if (!line.isEmpty()) {
                    counts.merge(line, 1, Integer::sum);
                    if (!author.isEmpty()) {
                        authors.computeIfAbsent(line, k -> new HashMap<>()).merge(author, 1, Integer::sum);
                    }
                }
            }
        }
        return new GitChangeCounts(counts, authors, parts[0], headTime);
    }

    /** Commits that touched the file (relative to the scan root) in the window. */
    public int commits(String file) {
        return commitsPerFile.getOrDefault(file, 0);
    }

    /**
     * The author with the most commits to files under {@code directory} (relative to the scan root, "" for all) in
     * the window, ties to the name that sorts first; null when nobody changed them.
     */
    public String mostActiveAuthor(String directory) {
        String prefix = directory.isEmpty() ? "" : directory.endsWith("/") ? directory : directory + "/";
        Map<String, Integer> commits = new java.util.TreeMap<>();
        authorsPerFile.forEach((file, authors) -> {
            if (file.startsWith(prefix)) {
                authors.forEach((author, count) -> commits.merge(author, count, Integer::sum));
            }
        });
        String best = null;
        for (Map.Entry<String, Integer> entry : commits.entrySet()) {
            if (best == null || entry.getValue() > commits.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /** The checked-out commit id. */
    public String head() {
        return head;
    }

    /** The checked-out commit's time, seconds since the epoch. */
    public long headTime() {
        return headTime;
    }

    private static List<String> git(Path root, String... arguments) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-c");
        command.add("core.quotepath=off");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return null; // no git on this machine
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            process.destroyForcibly();
            return null;
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return null;
        }
        return process.exitValue() == 0 ? lines : null;
    }
}
