package dev.platformscan.it.labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The labelled classes of {@code it/benchmark-labels.json}: reading, checking, and the split into a
 * tuning set and a held-out set.
 *
 * <p>The split is made by a fixed rule, not by hand: within each group of classes with the same main
 * capability ("none" for negatives), the classes are ordered by a hash of their name and every third
 * one (positions 3, 6, 9, ...) is held out. Rules may be tuned on what the tuning set shows; the held-out
 * set is only reported in aggregate.
 */
final class LabelSet {

    private final List<LabelledClass> classes;

    private LabelSet(List<LabelledClass> classes) {
        this.classes = List.copyOf(classes);
    }

    List<LabelledClass> classes() {
        return classes;
    }

    List<LabelledClass> tuning() {
        return classes.stream().filter(c -> !c.heldOut()).toList();
    }

    List<LabelledClass> heldOut() {
        return classes.stream().filter(LabelledClass::heldOut).toList();
    }

    /** Reads the file; the entries keep the file's order. */
    static LabelSet read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<LabelledClass> unsplit = new ArrayList<>();
        for (JsonNode entry : root.path("classes")) {
            List<String> expected = new ArrayList<>();
            JsonNode node = entry.path("expected");
            if (node.isArray()) {
                node.forEach(id -> expected.add(id.asText()));
            } else {
                expected.add(node.asText());
            }
            if (expected.size() == 1 && LabelledClass.NONE.equals(expected.get(0))) {
                expected.clear();
            }
            unsplit.add(new LabelledClass(entry.path("artifact").asText(), entry.path("path").asText(),
                    entry.path("class").asText(), expected, entry.path("why").asText(), false));
        }
        return new LabelSet(split(unsplit));
    }

    /** Marks every third class of each main-capability group (in hash order) as held out. */
    static List<LabelledClass> split(List<LabelledClass> classes) {
        Map<String, List<LabelledClass>> groups = new TreeMap<>();
        for (LabelledClass labelled : classes) {
            groups.computeIfAbsent(labelled.primary(), k -> new ArrayList<>()).add(labelled);
        }
        Set<String> heldOut = new HashSet<>();
        for (List<LabelledClass> group : groups.values()) {
            List<LabelledClass> ordered = new ArrayList<>(group);
            ordered.sort(Comparator.comparingLong((LabelledClass c) -> fnv(c.className()))
                    .thenComparing(LabelledClass::className));
            for (int i = 2; i < ordered.size(); i += 3) {
                heldOut.add(ordered.get(i).className());
            }
        }
        return classes.stream().map(c -> new LabelledClass(c.artifact(), c.path(), c.className(), c.expected(),
                c.why(), heldOut.contains(c.className()))).toList();
    }

    /**
     * What is wrong with the labels (empty when nothing): unknown capability ids, "none" mixed with ids,
     * a path that does not match the class name, duplicates, missing fields.
     */
    List<String> problems(Set<String> knownCapabilities) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LabelledClass labelled : classes) {
            String name = labelled.className();
            if (!seen.add(name)) {
                problems.add(name + ": listed twice");
            }
            if (labelled.artifact().split(":").length != 3) {
                problems.add(name + ": artifact must be group:artifact:version, was '" + labelled.artifact() + "'");
            }
            if (!labelled.path().equals(name.replace('.', '/') + ".java")) {
                problems.add(name + ": path '" + labelled.path() + "' does not hold that top-level class");
            }
            if (labelled.why().isBlank()) {
                problems.add(name + ": no 'why'");
            }
            for (String id : labelled.expected()) {
                if (LabelledClass.NONE.equals(id)) {
                    problems.add(name + ": 'none' cannot be combined with capabilities");
                } else if (!knownCapabilities.contains(id)) {
                    problems.add(name + ": unknown capability '" + id + "'");
                }
            }
            if (new HashSet<>(labelled.expected()).size() != labelled.expected().size()) {
                problems.add(name + ": a capability is listed twice");
            }
        }
        return problems;
    }

    /** Main capability → classes, in the catalog's order given, then "none". */
    Map<String, List<LabelledClass>> byPrimary(List<String> capabilityOrder, List<LabelledClass> among) {
        Map<String, List<LabelledClass>> groups = new LinkedHashMap<>();
        capabilityOrder.forEach(id -> groups.put(id, new ArrayList<>()));
        groups.put(LabelledClass.NONE, new ArrayList<>());
        among.forEach(c -> groups.computeIfAbsent(c.primary(), k -> new ArrayList<>()).add(c));
        return groups;
    }

    /** 64-bit FNV-1a of a name: a stable order that nobody chose. */
    static long fnv(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
