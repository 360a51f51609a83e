package dev.platformscan.engine.score;

import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamDirectoryTest {

    private static ModuleSource module(String id, String path, String team) {
        Path base = Path.of("/repo").resolve(path);
        return new ModuleSource(id, path, base, "jar", List.of(base.resolve("src/main/java")), List.of(), null, null,
                null, team);
    }

    private final List<ModuleSource> modules = List.of(
            module("com.acme:billing", "services/billing", "payments-from-pom"),
            module("com.acme:orders", "services/orders", "checkout-from-pom"),
            module("com.acme:users", "services/users", null));

    @Test
    void codeOwnersComeFirstThenTheMappingThenThePom() {
        CodeOwners codeOwners = CodeOwners.parse("CODEOWNERS", List.of("/services/billing/ @acme/payments"));
        TeamDirectory teams = new TeamDirectory(codeOwners, Map.of("checkout", "orders"), modules);

        assertThat(teams.ownerOf("com.acme:billing", "services/billing/src/A.java"))
                .isEqualTo(new TeamDirectory.Owner(List.of("@acme/payments"), TeamDirectory.CODEOWNERS));
        assertThat(teams.ownerOf("com.acme:orders", "services/orders/src/A.java"))
                .isEqualTo(new TeamDirectory.Owner(List.of("checkout"), TeamDirectory.MAPPING));
        assertThat(teams.ownerOf("com.acme:users", "services/users/src/A.java").source()).isEqualTo(TeamDirectory.NONE);
    }

    @Test
    void theMappingMatchesArtifactIdsModuleIdsAndPathGlobs() {
        TeamDirectory teams = new TeamDirectory(null, Map.of("identity", "services/us*", "payments", "com.acme:billing"),
                modules);

        assertThat(teams.ownerOf("com.acme:users", "x").teams()).containsExactly("identity");
        assertThat(teams.ownerOf("com.acme:billing", "x").teams()).containsExactly("payments");
        assertThat(teams.ownerOf("com.acme:orders", "x"))
                .isEqualTo(new TeamDirectory.Owner(List.of("checkout-from-pom"), TeamDirectory.POM));
    }

    @Test
    void anInvalidGlobNamesTheTeam() {
        assertThatThrownBy(() -> new TeamDirectory(null, Map.of("payments", "services/[billing"), modules))
                .hasMessageStartingWith("teams: team 'payments'");
    }
}
