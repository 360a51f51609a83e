package dev.platformscan.engine.score;

import dev.platformscan.engine.adopt.Adoption;
import dev.platformscan.engine.classify.ClusterCapability;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleCatalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The score stage: gathers clusters into opportunities (one per capability; duplicated code no rule
 * labels is one opportunity per cluster), scores reach, impact, confidence and effort, picks the
 * pioneer copy and ranks them. Formulas are in docs/opportunities.md; every score carries its
 * explanation. Deterministic: everything is ordered by score, then id.
 */
public final class OpportunityRanker {
    private final ScoringSettings settings;
    private final RuleCatalog rules;
    /** Per capability id, its shared component's adoption, when the reactor has one. */
    private final Map<String, Adoption> adoption = new java.util.HashMap<>();
    private final CopyFacts facts;

    /**
     * @param settings weights and sources of ownership and history
     * @param rules    the catalog the clusters were labelled with (for names and suggested components)
     * @param facts    what the copies' modules and files show (ownership, changes, tests, dependencies)
     * @param adoption the capabilities that already have a shared component (docs/adoption.md)
     */
    public OpportunityRanker(ScoringSettings settings, RuleCatalog rules, CopyFacts facts, List<Adoption> adoption) {
        this.settings = settings;
        this.rules = rules;
        this.facts = facts;
        adoption.forEach(entry -> this.adoption.put(entry.capability(), entry));
    }


    /** Opportunities, best first, with ranks; those only same-purpose rewrites back come last. */
    public List<Opportunity> rank(List<CloneCluster> clusters) {
        Map<String, List<CloneCluster>> groups = new TreeMap<>();
        for (CloneCluster cluster : clusters) {
            // an unlabelled family is one opportunity: its clusters are versions of one piece of code
            String id = cluster.capability() != null ? "capability:" + cluster.capability().id()
                    : cluster.family().equals(cluster.id()) ? "cluster:" + cluster.id() : "family:" + cluster.family();
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(cluster);
        }
        List<Opportunity> scored = new ArrayList<>();
        java.util.Set<String> rewritesOnly = new java.util.HashSet<>();
        groups.forEach((id, group) -> {
            scored.add(score(id, group));
            if (group.stream().allMatch(CloneCluster::isRewrite)) {
                rewritesOnly.add(id);
            }
        });
        // opportunities that only same-purpose rewrites back come after every one a copy backs, whatever their score:
        // they are folded below the ranked list in every report
        scored.sort(Comparator.comparing((Opportunity o) -> rewritesOnly.contains(o.id()))
                .thenComparing(Comparator.comparingDouble(Opportunity::score).reversed())
                .thenComparing(o -> -o.reach().score()).thenComparing(Opportunity::id));
        List<Opportunity> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Opportunity o = scored.get(i);
            ranked.add(new Opportunity(o.id(), i + 1, o.capabilityId(), o.capabilityName(), o.title(), o.score(),
                    o.reach(), o.impact(), o.confidence(), o.effort(), o.clusters(), o.copies(), o.pioneer(),
                    o.component()));
        }
        return ranked;
    }

    private Opportunity score(String id, List<CloneCluster> group) {
        group.sort(Comparator.comparingInt(CloneCluster::duplicatedLines).reversed().thenComparing(CloneCluster::id));
        ClusterCapability capability = group.get(0).capability();
        List<Opportunity.Copy> copies = copies(group);
        Opportunity.Reach reach = reach(copies);
        Opportunity.Impact impact = impact(group, copies);
        Opportunity.Confidence confidence = confidence(group, capability);
        Adoption existing = capability == null ? null : adoption.get(capability.id());
        Opportunity.Effort effort = effort(group, copies, existing);
        double score = Math.pow(reach.score(), settings.reachWeight()) * Math.pow(impact.score(), settings.impactWeight())
                * Math.pow(confidence.score(), settings.confidenceWeight())
                / Math.pow(effort.score(), settings.effortWeight());
        Pioneer pioneer = Pioneer.choose(copies);
        String name = capability != null ? capability.name() : UnlabelledTitle.of(group);
        int rewrites = (int) group.stream().filter(CloneCluster::isRewrite).count();
        int clusters = group.size() - rewrites;
        String title = name + (capability != null ? " in " + UnlabelledTitle.copies(group) : "") + ": "
                + copies.size() + " modules, "
                + (reach.teams().isEmpty() ? "" : reach.teams().size() + (reach.teams().size() == 1 ? " team, " : " teams, "))
                + (clusters == 0 ? "" : clusters + (clusters == 1 ? " cluster, " : " clusters, "))
                + (rewrites == 0 ? "" : rewrites + (rewrites == 1 ? " rewrite, " : " rewrites, "))
                + impact.duplicatedLines() + " duplicated lines";
        return new Opportunity(id, 0, capability == null ? null : capability.id(), capability == null ? null : name,
                title, round(score, 1), reach, impact, confidence, effort,
                group.stream().map(CloneCluster::id).toList(), copies, pioneer.toRecord(),
                component(capability, copies, pioneer));
    }

    /** Per module, the members of the gathered clusters there, and what they show. */
    private List<Opportunity.Copy> copies(List<CloneCluster> group) {
        Map<String, List<Opportunity.CopyMember>> byModule = new TreeMap<>();
        for (CloneCluster cluster : group) {
            for (ClusterMember member : cluster.members()) {
                byModule.computeIfAbsent(member.module(), k -> new ArrayList<>()).add(new Opportunity.CopyMember(
                        cluster.id(), member.file(), member.symbol(), member.startLine(), member.endLine()));
            }
        }
        List<Opportunity.Copy> copies = new ArrayList<>();
        byModule.forEach((module, members) -> {
            members.sort(Comparator.comparing(Opportunity.CopyMember::file).thenComparingInt(Opportunity.CopyMember::startLine)
                    .thenComparing(Opportunity.CopyMember::symbol));
            Map<String, BitSet> lines = new TreeMap<>();
            Set<String> dependencies = new TreeSet<>();
            Set<String> types = new TreeSet<>();
            Set<String> teams = new TreeSet<>();
            for (Opportunity.CopyMember member : members) {
                lines.computeIfAbsent(member.file(), k -> new BitSet())
                        .or(facts.codeLines(member.file(), member.startLine(), member.endLine()));
                dependencies.addAll(facts.moduleSpecificTypes(module, member.file(), member.startLine(), member.endLine()));
                types.addAll(CopyFacts.typeNames(member.symbol()));
                teams.addAll(facts.owner(module, member.file()).teams());
            }
            copies.add(new Opportunity.Copy(module, teams.isEmpty() ? null : String.join(", ", teams),
                    lines.values().stream().mapToInt(BitSet::cardinality).sum(), members,
                    facts.testsNaming(module, types), List.copyOf(dependencies)));
        });
        return copies;
    }

    private Opportunity.Reach reach(List<Opportunity.Copy> copies) {
        Set<String> teams = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        int withoutTeam = 0;
        for (Opportunity.Copy copy : copies) {
            TeamDirectory.Owner owner = null;
            for (Opportunity.CopyMember member : copy.members()) {
                TeamDirectory.Owner candidate = facts.owner(copy.module(), member.file());
                if (!candidate.teams().isEmpty()) {
                    owner = candidate;
                    teams.addAll(candidate.teams());
                    sources.add(candidate.source());
                }
            }
            if (owner == null) {
                withoutTeam++;
            }
        }
        List<String> modules = copies.stream().map(Opportunity.Copy::module).toList();
        String source = sources.isEmpty() ? TeamDirectory.NONE : String.join(", ", sources);
        double score = teams.size() + withoutTeam;
        String explanation = teams.isEmpty()
                ? modules.size() + " modules carry a copy; no owning teams are known (add a CODEOWNERS file, "
                        + "platform.teams or a platform.team POM property), so each module counts as one owner"
                : teams.size() + (teams.size() == 1 ? " team owns" : " teams own") + " the copies (from " + source + ")"
                        + (withoutTeam == 0 ? "" : "; " + withoutTeam + " module(s) without a known team count as one owner each")
                        + ": reach " + format(score);
        return new Opportunity.Reach(modules, List.copyOf(teams), source, score, explanation);
    }

    private Opportunity.Impact impact(List<CloneCluster> group, List<Opportunity.Copy> copies) {
        int duplicated = copies.stream().mapToInt(Opportunity.Copy::lines).sum();
        int largest = copies.stream().mapToInt(Opportunity.Copy::lines).max().orElse(0);
        int redundant = duplicated - largest;
        Set<String> units = new TreeSet<>();
        Set<String> files = new TreeSet<>();
        group.forEach(c -> c.members().forEach(m -> {
            units.add(m.module() + "|" + m.symbol());
            files.add(m.file());
        }));
        int changes = -1;
        double factor = 1;
        if (facts.hasHistory()) {
            changes = files.stream().mapToInt(facts::recentCommits).sum();
            int repeated = changes * (copies.size() - 1);
            factor = 1 + Math.min(2, repeated / 20.0);
        }
        double score = round(redundant * factor, 1);
        String explanation = redundant + " redundant lines (" + duplicated + " duplicated lines in " + copies.size()
                + " copies, minus the largest copy, " + largest + " lines, that would remain)";
        if (changes >= 0) {
            explanation += " × " + format(factor) + " for change: " + changes + (changes == 1 ? " commit" : " commits")
                    + " touched the copies' files in the " + settings.changeMonths()
                    + " months before the scanned commit, and each change is paid in " + (copies.size() - 1)
                    + " more copies (factor 1 + changes × extra copies ÷ 20, at most 3)";
        } else {
            explanation += "; no git history, so change frequency is not counted";
        }
        return new Opportunity.Impact(duplicated, redundant, copies.size(), units.size(), changes, score, explanation);
    }

    private static Opportunity.Confidence confidence(List<CloneCluster> group, ClusterCapability capability) {
        double weight = 0;
        double similarity = 0;
        double labelled = 0;
        for (CloneCluster cluster : group) {
            double w = Math.max(1, cluster.duplicatedLines());
            weight += w;
            similarity += w * certainty(cluster);
            labelled += w * (cluster.capability() == null ? 0.5 : cluster.capability().confidence());
        }
        similarity = round(similarity / weight, 2);
        double label = round(labelled / weight, 2);
        double score = round(similarity * (0.75 + 0.25 * label), 2);
        String explanation = "copies are " + format(similarity) + " similar (identical = 1, renamed = 0.95, edited = "
                + "token similarity, same-purpose rewrites = half their API overlap; weighted by lines) × (0.75 + 0.25 × "
                + (capability == null ? "0.5, as no capability rule labels the code" : format(label)
                + " confidence that they implement " + capability.name()) + ") = " + format(score);
        return new Opportunity.Confidence(similarity, label, score, explanation);
    }

    /** How certain a cluster's copies are the same code, 0..1. */
    private static double certainty(CloneCluster cluster) {
        return switch (cluster.cloneType()) {
            case T1 -> 1.0;
            case T2 -> 0.95;
            case T3 -> cluster.similarity();
            case SEMANTIC -> 0.5 * cluster.similarity();
            case TEMPLATE -> 0.5 * cluster.similarity(); // not ranked today: template instances are no copies
        };
    }

    /**
     * How hard unifying the copies would be: how far they drifted apart and how much of their own modules they use;
     * halved (at least 1) when the reactor already has the capability's shared component, as the copies then only
     * move onto it.
     */
    private Opportunity.Effort effort(List<CloneCluster> group, List<Opportunity.Copy> copies, Adoption existing) {
        double weight = 0;
        double drift = 0;
        for (CloneCluster cluster : group) {
            double w = Math.max(1, cluster.duplicatedLines());
            weight += w;
            drift += w * (1 - certainty(cluster));
        }
        drift = round(drift / weight, 2);
        double dependencies = round(copies.stream().mapToInt(c -> c.moduleSpecificDependencies().size()).average()
                .orElse(0), 2);
        double toBuild = Math.min(10, 1 + 4 * drift + 0.5 * dependencies);
        double score = round(existing == null ? toBuild : Math.max(1, toBuild / 2), 2);
        String explanation = "1 + 4 × " + format(drift) + " drift (how far the copies have grown apart) + 0.5 × "
                + format(dependencies) + " types of their own module each copy uses on average (to be moved or "
                + "abstracted)" + (existing == null ? "" : " = " + format(round(toBuild, 2)) + ", halved because "
                + existing.components().stream().map(c -> artifactId(c.module())).collect(java.util.stream.Collectors.joining(", "))
                + " already offers " + existing.capabilityName() + ": the copies only move onto it")
                + " = " + format(score) + " (1 = trivial, 10 = hardest)";
        return new Opportunity.Effort(drift, dependencies, score, explanation);
    }

    private static String artifactId(String moduleId) {
        return moduleId.substring(moduleId.indexOf(':') + 1);
    }

    private Opportunity.SuggestedComponent component(ClusterCapability capability, List<Opportunity.Copy> copies,
                                                     Pioneer pioneer) {
        Adoption existing = capability == null ? null : adoption.get(capability.id());
        if (existing != null) {
            Adoption.Component first = existing.components().get(0);
            String type = first.mainType() != null ? first.mainType() : CopyFacts.commonTypeName(copies, pioneer.copy());
            return new Opportunity.SuggestedComponent(artifactId(first.module()), type, List.of(),
                    existing.components().stream().map(Adoption.Component::module).toList());
        }
        CapabilityRule rule = capability == null ? null : rules.find(capability.id()).orElse(null);
        String module = rule != null && rule.componentModule() != null ? rule.componentModule()
                : "platform-" + (capability != null ? capability.id() : "shared");
        String type = rule != null && rule.componentType() != null ? rule.componentType()
                : CopyFacts.commonTypeName(copies, pioneer.copy());
        Map<String, Integer> operations = new TreeMap<>();
        for (Opportunity.Copy copy : copies) {
            copy.members().stream().map(m -> CopyFacts.methodName(m.symbol())).filter(n -> n != null).distinct()
                    .forEach(n -> operations.merge(n, 1, Integer::sum));
        }
        List<String> shared = operations.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).toList();
        if (shared.isEmpty()) {
            shared = facts.publicMethods(pioneer.copy());
        }
        return new Opportunity.SuggestedComponent(module, type, shared.stream().limit(8).toList());
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String format(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceFirst("\\.?0+$", "");
    }

    /** The pioneer choice over a group's copies. */
    record Pioneer(Opportunity.Copy copy, Opportunity.CopyMember member, String reason) {

        static Pioneer choose(List<Opportunity.Copy> copies) {
            int maxLines = copies.stream().mapToInt(Opportunity.Copy::lines).max().orElse(1);
            int maxDependencies = copies.stream().mapToInt(c -> c.moduleSpecificDependencies().size()).max().orElse(0);
            Opportunity.Copy best = null;
            double bestScore = -1;
            for (Opportunity.Copy copy : copies) {
                double score = 0.5 * copy.lines() / Math.max(1, maxLines) + (copy.tested().isEmpty() ? 0 : 0.3)
                        + 0.2 * (maxDependencies == 0 ? 1 : 1 - (double) copy.moduleSpecificDependencies().size() / maxDependencies);
                if (score > bestScore + 1e-9) {
                    best = copy;
                    bestScore = score;
                }
            }
            Opportunity.CopyMember member = best.members().stream()
                    .max(Comparator.comparingInt((Opportunity.CopyMember m) -> m.endLine() - m.startLine())
                            .thenComparing(m -> m.symbol().indexOf('#') < 0 ? 1 : 0)
                            .thenComparing(Opportunity.CopyMember::symbol, Comparator.reverseOrder()))
                    .orElseThrow();
            return new Pioneer(best, member, reason(best, copies, maxLines));
        }

        private static String reason(Opportunity.Copy best, List<Opportunity.Copy> copies, int maxLines) {
            List<String> parts = new ArrayList<>();
            parts.add(best.lines() == maxLines ? "the most complete copy (" + best.lines() + " lines)"
                    : best.lines() + " lines (the largest copy has " + maxLines + ")");
            long testedCopies = copies.stream().filter(c -> !c.tested().isEmpty()).count();
            parts.add(best.tested().isEmpty() ? "no tests name it" + (testedCopies == 0 ? " (nor any other copy)" : "")
                    : "tested by " + String.join(", ", best.tested().stream().map(CopyFacts::fileName).toList())
                    + (testedCopies == 1 ? " (the only tested copy)" : ""));
            int fewest = copies.stream().mapToInt(c -> c.moduleSpecificDependencies().size()).min().orElse(0);
            int own = best.moduleSpecificDependencies().size();
            parts.add(own == 0 ? "uses no types of its own module"
                    : "uses " + own + " type" + (own == 1 ? "" : "s") + " of its own module ("
                    + String.join(", ", best.moduleSpecificDependencies().stream().map(CopyFacts::simpleName).toList())
                    + ")" + (own == fewest ? ", the fewest" : ""));
            return String.join("; ", parts);
        }

        Opportunity.Pioneer toRecord() {
            return new Opportunity.Pioneer(copy.module(), member.file(), member.symbol(), reason);
        }
    }
}
