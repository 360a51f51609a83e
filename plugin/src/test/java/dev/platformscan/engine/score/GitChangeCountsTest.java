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

    private String author = "t";

    private void git(String date, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of("git")));
        builder.command().addAll(List.of(arguments));
        Map<String, String> env = builder.environment();
        env.put("GIT_AUTHOR_DATE", date);
        env.put("GIT_COMMITTER_DATE", date);
        env.put("GIT_AUTHOR_NAME", author);
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
    void theMostActiveAuthorOfADirectoryInTheWindowInfersItsOwner() throws Exception {
        git("2026-01-01T00:00:00Z", "init", "-q");
        author = "Old Owner";
        commit("2025-01-10T00:00:00Z", "billing/A.java", "1");   // before the window: not counted
        commit("2025-01-11T00:00:00Z", "billing/A.java", "2");
        author = "Ana";
        commit("2026-03-01T00:00:00Z", "billing/A.java", "3");
        commit("2026-03-02T00:00:00Z", "billing/B.java", "1");
        author = "Ben";
        commit("2026-03-03T00:00:00Z", "billing/A.java", "4");
        commit("2026-03-04T00:00:00Z", "orders/C.java", "1");

        GitChangeCounts counts = GitChangeCounts.read(repo, 6);

        assertThat(counts.mostActiveAuthor("billing")).isEqualTo("Ana");
        assertThat(counts.mostActiveAuthor("orders")).isEqualTo("Ben");
        assertThat(counts.mostActiveAuthor("bill")).as("a directory, not a prefix of a name").isNull();
        assertThat(counts.mostActiveAuthor("")).as("tie of 2 commits each: the first name").isEqualTo("Ana");
        assertThat(counts.mostActiveAuthor("inventory")).isNull();
    }

    @Test
    void aModuleNobodyNamesGetsItsOwnerFromHistoryMarkedAsInferred() throws Exception {
        git("2026-01-01T00:00:00Z", "init", "-q");
        author = "Ana";
        commit("2026-03-01T00:00:00Z", "billing/src/A.java", "1");
        commit("2026-03-02T00:00:00Z", "users/src/U.java", "1");
        author = "Ben";
        commit("2026-03-03T00:00:00Z", "users/src/U.java", "2");
        commit("2026-03-04T00:00:00Z", "users/src/V.java", "1");
        List<dev.platformscan.engine.scan.ModuleSource> modules = List.of(
                new dev.platformscan.engine.scan.ModuleSource("com.acme:billing", "billing", repo.resolve("billing"),
                        "jar", List.of(repo.resolve("billing/src")), List.of(), null, null, null, "payments"),
                new dev.platformscan.engine.scan.ModuleSource("com.acme:users", "users", repo.resolve("users"),
                        "jar", List.of(repo.resolve("users/src")), List.of(), null, null, null, null),
                new dev.platformscan.engine.scan.ModuleSource("com.acme:legacy", "legacy", repo.resolve("legacy"),
                        "jar", List.of(repo.resolve("legacy/src")), List.of(), null, null, null, null));

        TeamDirectory teams = new TeamDirectory(null, Map.of(), modules, GitChangeCounts.read(repo, 6));

        assertThat(teams.ownerOf("com.acme:billing", "billing/src/A.java"))
                .as("the POM's team wins over history")
                .isEqualTo(new TeamDirectory.Owner(List.of("payments"), TeamDirectory.POM));
        assertThat(teams.ownerOf("com.acme:users", "users/src/U.java"))
                .isEqualTo(new TeamDirectory.Owner(List.of("Ben"), TeamDirectory.INFERRED));
        assertThat(teams.ownerOf("com.acme:legacy", "legacy/src/L.java").source())
                .as("no commit in the window").isEqualTo(TeamDirectory.NONE);
    }

    @Test
    void outsideAGitCheckoutThereAreNoCounts() throws Exception {
        Path outside = Files.createTempDirectory("not-a-checkout");
        assertThat(GitChangeCounts.read(outside, 6)).isNull();
    }
}
