package dev.platformscan.engine.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GitChangeCountsTest {
    @TempDir
    Path repo;

    private void git(String date, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of("git")));
        builder.command().addAll(List.of(arguments));
        Map<String, String> env = builder.environment();
        env.put("GIT_AUTHOR_DATE", date);
        env.put("GIT_COMMITTER_DATE", date);
        env.put("GIT_AUTHOR_NAME", "t");
        env.put("GIT_AUTHOR_EMAIL", "t@example.com");
        env.put("GIT_COMMITTER_NAME", "t");
        env.put("GIT_COMMITTER_EMAIL", "t@example.com");
        Process process = builder.directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    private void commit(String date, String file, String content) throws Exception {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        git(date, "add", file);
        git(date, "commit", "-q", "-m", "change " + file);
    }

    @Test
    void countsCommitsPerFileInTheMonthsBeforeTheCheckedOutCommit() throws Exception {
        git("2026-01-01T00:00:00Z", "init", "-q");
        commit("2025-01-10T00:00:00Z", "a/A.java", "1");          // more than 6 months before HEAD
        commit("2026-03-01T00:00:00Z", "a/A.java", "2");
        commit("2026-04-01T00:00:00Z", "a/A.java", "3");
        commit("2026-05-01T00:00:00Z", "b/B.java", "1");

        GitChangeCounts counts = GitChangeCounts.read(repo, 6);

        assertThat(counts).isNotNull();
        assertThat(counts.commits("a/A.java")).isEqualTo(2);
        assertThat(counts.commits("b/B.java")).isEqualTo(1);
        assertThat(counts.commits("c/C.java")).isZero();
        assertThat(counts.head()).hasSize(40);
    }

    @Test
    void pathsAreRelativeToTheScannedDirectoryInsideTheCheckout() throws Exception {
        git("2026-01-01T00:00:00Z", "init", "-q");
        commit("2026-03-01T00:00:00Z", "shop/a/A.java", "1");

        GitChangeCounts counts = GitChangeCounts.read(repo.resolve("shop"), 6);

        assertThat(counts.commits("a/A.java")).isEqualTo(1);
    }

    @Test
    void outsideAGitCheckoutThereAreNoCounts() throws Exception {
        Path outside = Files.createTempDirectory("not-a-checkout");
        assertThat(GitChangeCounts.read(outside, 6)).isNull();
    }
}
