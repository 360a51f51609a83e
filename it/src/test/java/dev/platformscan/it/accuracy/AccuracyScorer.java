package dev.platformscan.it.accuracy;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores the clusters of one scan against what the benchmark wrote. A cluster member stands for
 * every written method whose lines it overlaps: exactly one for a method member, all methods of the
 * class for a class member. A cluster "touches" the originals those methods are or were made from.
 *
 * <ul>
 *   <li>An (original, mutant) pair is found when one cluster stands for both.</li>
 *   <li>Two different originals are falsely grouped when one cluster touches both (directly or
 *       through their mutants); an original is falsely grouped when it is in any such pair.</li>
 * </ul>
 */
final class AccuracyScorer {

    /** Found and total pairs of one edit class. */
    record Recall(int found, int total) {
        double ratio() {
            return total == 0 ? Double.NaN : (double) found / total;
        }
    }

    /** A cluster that touches more than one original. */
    record FalseGroup(CloneCluster cluster, Set<String> origins) {
    }

    /**
     * The score of one scan.
     *
     * @param recall               per edit class
     * @param missed               (origin id, edit class) pairs not found
     * @param falsePairs           distinct pairs of different originals sharing a cluster
     * @param directFalsePairs     of which the two originals themselves are members of the cluster
     * @param allPairs             pairs of different originals there are
     * @param falselyGrouped       originals in at least one false pair
     * @param originals            originals written
     * @param falseGroups          clusters touching more than one original
     * @param unmatchedMembers     members that overlap no written method (should be 0)
     */
    record Score(Map<EditClass, Recall> recall, List<PlacedMethod> missed, long falsePairs, long directFalsePairs,
                 long allPairs,
                 Set<String> falselyGrouped, int originals, List<FalseGroup> falseGroups, int unmatchedMembers) {

        double falsePairRatio() {
            return allPairs == 0 ? 0 : (double) falsePairs / allPairs;
        }

        double falselyGroupedRatio() {
            return originals == 0 ? 0 : (double) falselyGrouped.size() / originals;
        }
    }

    private final BenchmarkRepository repository;
    private final Map<String, List<PlacedMethod>> byFile = new HashMap<>();

    AccuracyScorer(BenchmarkRepository repository) {
        this.repository = repository;
        for (PlacedMethod method : repository.methods()) {
            byFile.computeIfAbsent(method.file(), file -> new ArrayList<>()).add(method);
        }
        byFile.values().forEach(list -> list.sort(Comparator.comparingInt(PlacedMethod::startLine)));
    }

    /** The written methods a member stands for (those whose lines it overlaps). */
    List<PlacedMethod> coveredBy(ClusterMember member) {
        List<PlacedMethod> covered = new ArrayList<>();
        for (PlacedMethod method : byFile.getOrDefault(member.file(), List.of())) {
            if (method.startLine() <= member.endLine() && method.endLine() >= member.startLine()) {
                covered.add(method);
            }
        }
        return covered;
    }

    /**
     * One pseudo-cluster per family (the members of all its clusters): what the report shows together. Scoring
     * these counts a pair as found when its two methods are in one family.
     */
    static List<CloneCluster> families(List<CloneCluster> clusters) {
        Map<String, List<CloneCluster>> byFamily = new java.util.LinkedHashMap<>();
        for (CloneCluster cluster : clusters) {
            byFamily.computeIfAbsent(cluster.family(), k -> new ArrayList<>()).add(cluster);
        }
        List<CloneCluster> families = new ArrayList<>();
        for (List<CloneCluster> family : byFamily.values()) {
            CloneCluster first = family.get(0);
            if (family.size() == 1) {
                families.add(first);
                continue;
            }
            List<ClusterMember> members = new ArrayList<>();
            Set<String> modules = new TreeSet<>();
            for (CloneCluster cluster : family) {
                members.addAll(cluster.members());
                modules.addAll(cluster.modules());
            }
            families.add(new CloneCluster(first.family(), first.cloneType(), first.similarity(), first.unit(),
                    List.copyOf(modules), members, first.duplicatedLines(), first.capability()));
        }
        return families;
    }

    Score score(List<CloneCluster> clusters) {
        Set<String> found = new HashSet<>();
        Set<String> falsePairs = new HashSet<>();
        Set<String> directFalsePairs = new HashSet<>();
        Set<String> falselyGrouped = new TreeSet<>();
        List<FalseGroup> falseGroups = new ArrayList<>();
        int unmatched = 0;
        for (CloneCluster cluster : clusters) {
            Set<PlacedMethod> covered = new LinkedHashSet<>();
            for (ClusterMember member : cluster.members()) {
                List<PlacedMethod> methods = coveredBy(member);
                if (methods.isEmpty()) {
                    unmatched++;
                }
                covered.addAll(methods);
            }
            Set<String> originalsPresent = new HashSet<>();
            Set<String> origins = new TreeSet<>();
            for (PlacedMethod method : covered) {
                origins.add(method.originId());
                if (method.isOriginal()) {
                    originalsPresent.add(method.originId());
                }
            }
            for (PlacedMethod method : covered) {
                if (!method.isOriginal() && originalsPresent.contains(method.originId())) {
                    found.add(key(method));
                }
            }
            if (origins.size() > 1) {
                falseGroups.add(new FalseGroup(cluster, origins));
                falselyGrouped.addAll(origins);
                List<String> list = new ArrayList<>(origins);
                for (int i = 0; i < list.size(); i++) {
                    for (int j = i + 1; j < list.size(); j++) {
                        String pair = list.get(i) + "\u0000" + list.get(j);
                        falsePairs.add(pair);
                        if (originalsPresent.contains(list.get(i)) && originalsPresent.contains(list.get(j))) {
                            directFalsePairs.add(pair);
                        }
                    }
                }
            }
        }
        Map<EditClass, int[]> counts = new EnumMap<>(EditClass.class);
        List<PlacedMethod> missed = new ArrayList<>();
        int originals = 0;
        for (PlacedMethod method : repository.methods()) {
            if (method.isOriginal()) {
                originals++;
                continue;
            }
            int[] count = counts.computeIfAbsent(method.editClass(), c -> new int[2]);
            count[1]++;
            if (found.contains(key(method))) {
                count[0]++;
            } else {
                missed.add(method);
            }
        }
        Map<EditClass, Recall> recall = new EnumMap<>(EditClass.class);
        for (EditClass editClass : EditClass.values()) {
            int[] count = counts.getOrDefault(editClass, new int[2]);
            recall.put(editClass, new Recall(count[0], count[1]));
        }
        long allPairs = (long) originals * (originals - 1) / 2;
        return new Score(recall, missed, falsePairs.size(), directFalsePairs.size(), allPairs, falselyGrouped,
                originals, falseGroups,
                unmatched);
    }

    private static String key(PlacedMethod mutant) {
        return mutant.originId() + "\u0000" + mutant.editClass();
    }
}
