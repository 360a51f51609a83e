package dev.platformscan.engine.score;

import dev.platformscan.engine.scan.ModuleSource;
import dev.platformscan.engine.scan.PathGlobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owns a piece of code. In order: the repository's CODEOWNERS file (owners of the file), the
 * {@code platform.teams} mapping (team → modules by artifactId, groupId:artifactId or path glob), the
 * module POM's {@code platform.team} property, and, without any of them, the owner inferred from git history:
 * the author with the most commits to the module's files in the change window ({@code platform.changeMonths}),
 * marked as inferred. Outside git, or with no commit in the window, the team is unknown.
 */
public final class TeamDirectory {
    public static final String CODEOWNERS = "CODEOWNERS";
    public static final String MAPPING = "platform.teams";
    public static final String POM = "pom";
    public static final String INFERRED = "git history (inferred)";
    public static final String NONE = "none";

    private final CodeOwners codeOwners;
    private final Map<String, PathGlobs> mapping = new LinkedHashMap<>();
    private final Map<String, ModuleSource> modules = new LinkedHashMap<>();
    private final GitChangeCounts history;
    private final Map<String, String> inferred = new java.util.HashMap<>();

    /** Owners from CODEOWNERS, the mapping and the POMs only. */
    public TeamDirectory(CodeOwners codeOwners, Map<String, String> teams, List<ModuleSource> modules) {
        this(codeOwners, teams, modules, null);
    }

    /**
     * @param codeOwners the repository's CODEOWNERS, or null
     * @param teams      team → comma-separated module patterns
     * @param modules    the scanned modules
     * @param history    git history of the scanned checkout, or null: modules nobody names get an inferred owner
     */
    public TeamDirectory(CodeOwners codeOwners, Map<String, String> teams, List<ModuleSource> modules,
                         GitChangeCounts history) {
        this.codeOwners = codeOwners;
        this.history = history;
        teams.forEach((team, patterns) -> {
            List<String> globs = new ArrayList<>();
            for (String pattern : patterns.split(",")) {
                if (!pattern.isBlank()) {
                    globs.add(pattern.trim());
                }
            }
            try {
                mapping.put(team.trim(), new PathGlobs(globs));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("teams: team '" + team + "': " + e.getMessage()
                        .replaceFirst("^excludes: ", ""), e);
            }
        });
        modules.forEach(module -> this.modules.put(module.id(), module));
    }

    /** One owner: its team names and where they came from. */
    public record Owner(List<String> teams, String source) {
        public Owner {
            teams = List.copyOf(teams);
        }
    }

    /** The owners of {@code file} (relative to the repository root) in {@code moduleId}. */
    public Owner ownerOf(String moduleId, String file) {
        if (codeOwners != null) {
            List<String> owners = codeOwners.ownersOf(file);
            if (!owners.isEmpty()) {
                return new Owner(owners, CODEOWNERS);
            }
        }
        ModuleSource module = modules.get(moduleId);
        String artifactId = moduleId.substring(moduleId.indexOf(':') + 1);
        for (Map.Entry<String, PathGlobs> team : mapping.entrySet()) {
            PathGlobs globs = team.getValue();
            if (globs.matches(artifactId) || globs.matches(moduleId)
                    || module != null && !module.path().isEmpty() && globs.matches(module.path())) {
                return new Owner(List.of(team.getKey()), MAPPING);
            }
        }
        if (module != null && module.team() != null) {
            return new Owner(List.of(module.team()), POM);
        }
        if (module != null && history != null) {
            String author = inferred.computeIfAbsent(moduleId, id -> {
                String found = history.mostActiveAuthor(module.path());
                return found == null ? "" : found;
            });
            if (!author.isEmpty()) {
                return new Owner(List.of(author), INFERRED);
            }
        }
        return new Owner(List.of(), NONE);
    }
}
