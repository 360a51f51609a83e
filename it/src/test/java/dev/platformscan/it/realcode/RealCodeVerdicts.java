package dev.platformscan.it.realcode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hand verdicts on the clusters of real reactors ({@code it/real-code-verdicts.json}, explained in
 * docs/real-code-verdicts.md) and the scoring of a report.json against them: a report cluster is
 * looked up by its sorted {@code module|symbol} member set; a set nobody judged is "unjudged". The
 * {@code scans} (where a set was reported) and round 2's {@code pairs} (a verdict per representative-member
 * pair) are for people; only the pairs' verdicts and members are checked on reading.
 */
record RealCodeVerdicts(Map<Set<String>, String> verdicts, List<MustFind> mustFind) {

    static final List<String> VERDICTS = List.of("real", "look-alike", "trivial");

    /** A whole-class copy between modules that a scan must report; members are {@code module|class}. */
    record MustFind(String repository, String name, List<String> members) {
    }

    /** One report cluster and its verdict ({@code unjudged} when its member set is unknown). */
    record Judged(String id, double similarity, String unit, int members, String verdict) {
    }

    /** The score of one report. */
    record Score(List<Judged> clusters, Map<String, Integer> counts, List<MustFind> found, List<MustFind> missed) {
    }

    static RealCodeVerdicts read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<Set<String>, String> verdicts = new HashMap<>();
        List<MustFind> mustFind = new ArrayList<>();
        for (JsonNode repository : root.path("repositories")) {
            String name = repository.path("name").asText();
            for (JsonNode cluster : repository.path("clusters")) {
                String verdict = cluster.path("verdict").asText();
                if (!VERDICTS.contains(verdict)) {
                    throw new IOException(file + ": unknown verdict '" + verdict + "' in " + name);
                }
                Set<String> members = strings(cluster.path("members"));
                for (JsonNode pair : cluster.path("pairs")) { // round 2: (representative, member) verdicts, documentation only
                    if (!VERDICTS.contains(pair.path("verdict").asText()) || !members.contains(pair.path("member").asText())) {
                        throw new IOException(file + ": bad pair " + pair + " in " + name);
                    }
                }
                verdicts.put(members, verdict);
            }
            for (JsonNode copy : repository.path("mustFind")) {
                mustFind.add(new MustFind(name, copy.path("name").asText(),
                        List.copyOf(strings(copy.path("members")))));
            }
        }
        return new RealCodeVerdicts(verdicts, mustFind);
    }

    /**
     * Scores a report: every cluster gets its verdict; a must-find copy of the report's reactor (all
     * its modules are in the report) is found when one cluster has a member in each of its classes.
     */
    Score score(JsonNode report) {
        Set<String> modules = new TreeSet<>();
        report.path("modules").forEach(module -> modules.add(module.path("id").asText()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        VERDICTS.forEach(verdict -> counts.put(verdict, 0));
        counts.put("unjudged", 0);
        List<Judged> clusters = new ArrayList<>();
        List<Set<String>> memberSets = new ArrayList<>();
        for (JsonNode cluster : report.path("clusters")) {
            Set<String> members = new TreeSet<>();
            cluster.path("members").forEach(member ->
                    members.add(member.path("module").asText() + "|" + member.path("symbol").asText()));
            memberSets.add(members);
            String verdict = verdicts.getOrDefault(members, "unjudged");
            counts.merge(verdict, 1, Integer::sum);
            clusters.add(new Judged(cluster.path("id").asText(), cluster.path("similarity").asDouble(),
                    cluster.path("unit").asText(), members.size(), verdict));
        }
        List<MustFind> found = new ArrayList<>();
        List<MustFind> missed = new ArrayList<>();
        for (MustFind copy : mustFind) {
            if (!copy.members().stream().allMatch(member -> modules.contains(member.substring(0, member.indexOf('|'))))) {
                continue; // another reactor's copy
            }
            boolean hit = memberSets.stream().anyMatch(members -> copy.members().stream()
                    .allMatch(type -> members.stream().anyMatch(member -> member.equals(type) || member.startsWith(type + "#"))));
            (hit ? found : missed).add(copy);
        }
        return new Score(clusters, counts, found, missed);
    }

    static String render(Score score) {
        StringBuilder out = new StringBuilder();
        out.append("clusters: ").append(score.clusters().size()).append('\n');
        score.counts().forEach((verdict, count) -> out.append("  ").append(verdict).append(": ").append(count).append('\n'));
        for (Judged cluster : score.clusters()) {
            out.append(String.format("  %s %-7s %.3f %2d members  %s%n", cluster.id(), cluster.unit(),
                    cluster.similarity(), cluster.members(), cluster.verdict()));
        }
        out.append("must-find copies: ").append(score.found().size()).append(" found, ")
                .append(score.missed().size()).append(" missed\n");
        score.found().forEach(copy -> out.append("  found:  ").append(copy.name()).append('\n'));
        score.missed().forEach(copy -> out.append("  MISSED: ").append(copy.name()).append('\n'));
        return out.toString();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
