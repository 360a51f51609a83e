package dev.platformscan.engine.score;

import java.util.List;

/**
 * A platform opportunity: the clusters that implement one capability across modules, scored so a
 * platform product manager can rank them (formulas in docs/opportunities.md).
 *
 * @param id          stable across scans: "capability:&lt;rule id&gt;", or, for duplicated code no rule labels,
 *                    "family:&lt;family id&gt;" for a family of several clusters and "cluster:&lt;cluster id&gt;" for a
 *                    cluster that is its own family
 * @param rank        1 for the highest score
 * @param capabilityId   rule id, or null when no rule labels the code
 * @param capabilityName rule name, or null
 * @param title       one line: "Tokens and JWT: 3 modules, 2 teams, 2 clusters, 410 duplicated lines" (rewrites counted
 *                    apart: "1 cluster, 1 rewrite")
 * @param score       overall ranking score (reach × impact × confidence ÷ effort, with configurable weights)
 * @param reach       who carries a copy
 * @param impact      how much is maintained more than once
 * @param confidence  how sure the copies are the same thing
 * @param effort      what unifying them would take
 * @param clusters    ids of the clusters gathered, largest first
 * @param copies      per module, its copy of the capability (the members of the gathered clusters there)
 * @param pioneer     the copy to start the shared component from
 * @param component   suggested name and shape of the shared component
 */
public record Opportunity(String id, int rank, String capabilityId, String capabilityName, String title,
                          double score, Reach reach, Impact impact, Confidence confidence, Effort effort,
                          List<String> clusters, List<Copy> copies, Pioneer pioneer, SuggestedComponent component) {

    public Opportunity {
        clusters = List.copyOf(clusters);
        copies = List.copyOf(copies);
    }

    /**
     * @param modules     modules with a copy, sorted
     * @param teams       owning teams of those copies, sorted (empty when no ownership is known)
     * @param teamSource  where teams come from: "CODEOWNERS", "platform.teams", "pom" or "none"
     * @param score       teams when known, else modules
     * @param explanation how the score was computed, in words
     */
    public record Reach(List<String> modules, List<String> teams, String teamSource, double score,
                        String explanation) {
        public Reach {
            modules = List.copyOf(modules);
            teams = List.copyOf(teams);
        }
    }

    /**
     * @param duplicatedLines code lines in all copies
     * @param redundantLines  lines that would go away with one shared copy (all but the largest copy)
     * @param copies          modules with a copy
     * @param units           distinct code units (classes, methods, constructors) in the copies
     * @param recentChanges   commits touching the copies' files in the change window, or -1 without git history
     * @param score           redundantLines × change factor
     * @param explanation     how the score was computed, in words
     */
    public record Impact(int duplicatedLines, int redundantLines, int copies, int units, int recentChanges,
                         double score, String explanation) {
    }

    /**
     * @param similarity  line-weighted token similarity of the clusters (semantic rewrites count at half)
     * @param capability  capability confidence of the label (0.5 when no rule labels the code)
     * @param score       similarity × capability, 0..1
     * @param explanation how the score was computed, in words
     */
    public record Confidence(double similarity, double capability, double score, String explanation) {
    }

    /**
     * @param drift                      1 - lowest similarity between copies (0 = identical)
     * @param moduleSpecificDependencies mean number of the module's own types each copy uses
     * @param score                      1 (trivial) upwards
     * @param explanation                how the score was computed, in words
     */
    public record Effort(double drift, double moduleSpecificDependencies, double score, String explanation) {
    }

    /**
     * One module's copy.
     *
     * @param module  module id
     * @param team    owning team, or null
     * @param lines   code lines of its members
     * @param members the module's members of the gathered clusters: symbol, file and lines
     * @param tested  test sources of the module that name the copy's classes
     * @param moduleSpecificDependencies the module's own types the copy uses, sorted
     */
    public record Copy(String module, String team, int lines, List<CopyMember> members, List<String> tested,
                       List<String> moduleSpecificDependencies) {
        public Copy {
            members = List.copyOf(members);
            tested = List.copyOf(tested);
            moduleSpecificDependencies = List.copyOf(moduleSpecificDependencies);
        }
    }

    /** A member of a gathered cluster, as it sits in its module. */
    public record CopyMember(String clusterId, String file, String symbol, int startLine, int endLine) {
    }

    /**
     * @param module  module of the chosen copy
     * @param file    file of its largest member
     * @param symbol  symbol of its largest member
     * @param reason  why this copy, in words ("most complete: 212 lines; tested by LoginServiceTest; ...")
     */
    public record Pioneer(String module, String file, String symbol, String reason) {
    }

    /**
     * @param module     suggested shared module ("platform-auth"), or the existing one's artifactId
     * @param type       suggested main type ("TokenService"), or the existing one's
     * @param operations what it would offer: the operations the copies share, sorted
     * @param existing   ids of the modules that already are the capability's shared component in the reactor
     *                   (docs/adoption.md), empty when none is: the copies are then to move onto it, not into a new one
     */
    public record SuggestedComponent(String module, String type, List<String> operations, List<String> existing) {
        public SuggestedComponent {
            operations = List.copyOf(operations);
            existing = existing == null ? List.of() : List.copyOf(existing);
        }

        /** A component to build. */
        public SuggestedComponent(String module, String type, List<String> operations) {
            this(module, type, operations, List.of());
        }

        /** True when the reactor already has this capability's shared component. */
        public boolean exists() {
            return !existing.isEmpty();
        }

        /** "platform-auth: TokenService". */
        public String label() {
            return module + ": " + type;
        }
    }
}
