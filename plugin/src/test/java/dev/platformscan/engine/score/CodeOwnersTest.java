package dev.platformscan.engine.score;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeOwnersTest {

    private final CodeOwners owners = CodeOwners.parse("CODEOWNERS", List.of(
            "# default owner",
            "*                     @acme/platform",
            "/services/billing/    @acme/payments @alice",
            "docs/                 @acme/writers",
            "*.sql                 @acme/dba",
            "[Optional section]",
            "/services/**/legacy/  @acme/legacy # trailing comment",
            "/gateway              @acme/edge"));

    @Test
    void theLastMatchingLineWins() {
        assertThat(owners.ownersOf("README.md")).containsExactly("@acme/platform");
        assertThat(owners.ownersOf("services/billing/src/main/java/A.java")).containsExactly("@acme/payments", "@alice");
        assertThat(owners.ownersOf("services/billing/db/schema.sql")).containsExactly("@acme/dba");
    }

    @Test
    void aDirectoryPatternWithoutSlashInsideMatchesAtAnyDepth() {
        assertThat(owners.ownersOf("docs/guide.md")).containsExactly("@acme/writers");
        assertThat(owners.ownersOf("services/users/docs/api.md")).containsExactly("@acme/writers");
    }

    @Test
    void anchoredPatternsMatchFromTheRootOnly() {
        assertThat(owners.ownersOf("gateway/src/Main.java")).containsExactly("@acme/edge");
        assertThat(owners.ownersOf("services/gateway/src/Main.java")).containsExactly("@acme/platform");
        assertThat(owners.ownersOf("services/users/old/legacy/A.java")).containsExactly("@acme/legacy");
        assertThat(owners.ownersOf("legacy/A.java")).containsExactly("@acme/platform");
    }

    @Test
    void noMatchingLineMeansNoOwner() {
        CodeOwners docsOnly = CodeOwners.parse("CODEOWNERS", List.of("/docs/ @acme/writers"));
        assertThat(docsOnly.ownersOf("src/A.java")).isEmpty();
    }
}
