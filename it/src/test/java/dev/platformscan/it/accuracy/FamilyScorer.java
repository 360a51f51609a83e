package dev.platformscan.it.accuracy;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Scores one scan against the families the benchmark wrote, per pair of units. A cluster member stands
 * for every written method whose lines it overlaps (as in {@link AccuracyScorer}).
 *
 * <ul>
 *   <li>Every pair of units of one family (original and variants) gets a {@link FamilyBucket}. It is found
 *       at <em>cluster level</em> when one cluster holds both, at <em>family level</em> when a cluster
 *       holding one and a cluster holding the other have the same {@link CloneCluster#family()}.</li>
 *   <li>Unrelated: pairs of units of different groups (families and distractors) that one cluster (or one
 *       family) holds; pairs of groups so joined; groups in at least one such pair.</li>
 * </ul>
 */
final class FamilyScorer {

    /** Found and total pairs of one bucket. */
    record Recall(long found, long total) {
        double ratio() {
            return total == 0 ? Double.NaN : (double) found / total;
        }
    }

    /** A pair of units of one family: indices into the scorer's units, bucket and benchmark similarity. */
    record Pair(int a, int b, FamilyBucket bucket, double similarity) {
    }

    /**
     * The figures of one level (clusters or families).
     *
     * @param recall               per bucket
     * @param unrelatedPairs       pairs of units of different groups held together
     * @param allUnrelatedPairs    pairs of units of different groups there are
     * @param groupPairs           pairs of different groups joined (through any of their units)
     * @param allGroupPairs        pairs of groups there are
     * @param falselyGrouped       groups in at least one joined pair
     * @param groups               groups written (families and distractors)
     */
    record Level(Map<FamilyBucket, Recall> recall, long unrelatedPairs, long allUnrelatedPairs, long groupPairs,
                 long allGroupPairs, Set<String> falselyGrouped, int groups) {

        double unrelatedPairRatio() {
            return allUnrelatedPairs == 0 ? 0 : (double) unrelatedPairs / allUnrelatedPairs;
        }

        double groupPairRatio() {
            return allGroupPairs == 0 ? 0 : (double) groupPairs / allGroupPairs;
        }

        double falselyGroupedRatio() {
            return groups == 0 ? 0 : (double) falselyGrouped.size() / groups;
        }
    }

    /**
     * The score of one scan.
     *
     * @param cluster          pairs held by one cluster
     * @param family           pairs held by one family
     * @param clusters         clusters in the scan
     * @param families         distinct family ids in the scan
     * @param unmatchedMembers members that overlap no written method (should be 0)
     */
    record Score(Level cluster, Level family, int clusters, int families, int unmatchedMembers) {
    }

    private record Span(int start, int end, int unit) {
    }

    private final List<FamilyUnit> units;
    private final int[] groupOf;
    private final List<String> groups = new ArrayList<>();
    private final int[] groupSizes;
    private final Map<String, List<Span>> byFile = new HashMap<>();
    private final List<Pair> pairs;

    /**
     * @param units     every unit written
     * @param placement where each unit went, by unit id
     */
    FamilyScorer(List<FamilyUnit> units, Map<String, PlacedMethod> placement) {
        this.units = List.copyOf(units);
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        groupOf = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            FamilyUnit unit = units.get(u);
            groupOf[u] = groupIndex.computeIfAbsent(unit.group(), g -> groupIndex.size());
            PlacedMethod placed = placement.get(unit.id());
            if (placed == null) {
                throw new IllegalArgumentException("unit not written: " + unit.id());
            }
            byFile.computeIfAbsent(placed.file(), f -> new ArrayList<>())
                    .add(new Span(placed.startLine(), placed.endLine(), u));
        }
        groups.addAll(groupIndex.keySet());
        groupSizes = new int[groups.size()];
        for (int group : groupOf) {
            groupSizes[group]++;
        }
        byFile.values().forEach(list -> list.sort(Comparator.comparingInt(Span::start)));
        pairs = familyPairs(this.units, groupOf);
    }

    /** Every pair of units of one group of more than one unit, with its bucket (computed in parallel). */
    static List<Pair> familyPairs(List<FamilyUnit> units, int[] groupOf) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int u = 0; u < units.size(); u++) {
            members.computeIfAbsent(groupOf[u], g -> new ArrayList<>()).add(u);
        }
        List<int[]> indexPairs = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    indexPairs.add(new int[] {group.get(i), group.get(j)});
                }
            }
        }
        return IntStream.range(0, indexPairs.size()).parallel().mapToObj(p -> {
            FamilyUnit a = units.get(indexPairs.get(p)[0]);
            FamilyUnit b = units.get(indexPairs.get(p)[1]);
            double similarity = TokenSimilarity.dice(a.codes(), b.codes());
            FamilyBucket bucket = FamilyBucket.of(a.codeTokens(), a.codes(), b.codeTokens(), b.codes());
            return new Pair(indexPairs.get(p)[0], indexPairs.get(p)[1], bucket, similarity);
        }).toList();
    }

    List<Pair> pairs() {
        return pairs;
    }

    List<FamilyUnit> units() {
        return units;
    }

    int groupCount() {
        return groups.size();
    }

    /** Pairs per bucket. */
    Map<FamilyBucket, Long> pairCounts() {
        Map<FamilyBucket, Long> counts = new EnumMap<>(FamilyBucket.class);
        for (FamilyBucket bucket : FamilyBucket.values()) {
            counts.put(bucket, 0L);
        }
        pairs.forEach(pair -> counts.merge(pair.bucket(), 1L, Long::sum));
        return counts;
    }

    /** The written units a member stands for (those whose lines it overlaps). */
    List<Integer> coveredBy(ClusterMember member) {
        List<Integer> covered = new ArrayList<>();
        for (Span span : byFile.getOrDefault(member.file(), List.of())) {
            if (span.start() <= member.endLine() && span.end() >= member.startLine()) {
                covered.add(span.unit());
            }
        }
        return covered;
    }

    Score score(List<CloneCluster> clusters) {
        int unmatched = 0;
        List<Set<Integer>> clusterUnits = new ArrayList<>();
        Map<String, Set<Integer>> familyUnits = new LinkedHashMap<>();
        for (CloneCluster cluster : clusters) {
            Set<Integer> covered = new TreeSet<>();
            for (ClusterMember member : cluster.members()) {
                List<Integer> methods = coveredBy(member);
                if (methods.isEmpty()) {
                    unmatched++;
                }
                covered.addAll(methods);
            }
            clusterUnits.add(covered);
            familyUnits.computeIfAbsent(cluster.family(), f -> new TreeSet<>()).addAll(covered);
        }
        return new Score(level(clusterUnits), level(new ArrayList<>(familyUnits.values())), clusters.size(),
                familyUnits.size(), unmatched);
    }

    /** The figures when each set of units is held together. */
    private Level level(List<Set<Integer>> together) {
        List<List<Integer>> membership = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            membership.add(new ArrayList<>(1));
        }
        Set<Long> unrelated = new HashSet<>();
        Set<Long> groupPairs = new HashSet<>();
        Set<String> falselyGrouped = new TreeSet<>();
        long n = units.size();
        for (int s = 0; s < together.size(); s++) {
            List<Integer> members = new ArrayList<>(together.get(s));
            for (int member : members) {
                membership.get(member).add(s);
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    int a = members.get(i);
                    int b = members.get(j);
                    if (groupOf[a] != groupOf[b]) {
                        unrelated.add(Math.min(a, b) * n + Math.max(a, b));
                        int ga = Math.min(groupOf[a], groupOf[b]);
                        int gb = Math.max(groupOf[a], groupOf[b]);
                        groupPairs.add((long) ga * groups.size() + gb);
                        falselyGrouped.add(groups.get(ga));
                        falselyGrouped.add(groups.get(gb));
                    }
                }
            }
        }
        long[][] counts = new long[FamilyBucket.values().length][2];
        for (Pair pair : pairs) {
            long[] count = counts[pair.bucket().ordinal()];
            count[1]++;
            if (shareAny(membership.get(pair.a()), membership.get(pair.b()))) {
                count[0]++;
            }
        }
        Map<FamilyBucket, Recall> recall = new EnumMap<>(FamilyBucket.class);
        for (FamilyBucket bucket : FamilyBucket.values()) {
            recall.put(bucket, new Recall(counts[bucket.ordinal()][0], counts[bucket.ordinal()][1]));
        }
        long allUnrelated = n * (n - 1) / 2;
        for (int size : groupSizes) {
            allUnrelated -= (long) size * (size - 1) / 2;
        }
        long g = groups.size();
        return new Level(recall, unrelated.size(), allUnrelated, groupPairs.size(), g * (g - 1) / 2, falselyGrouped,
                groups.size());
    }

    private static boolean shareAny(List<Integer> a, List<Integer> b) {
        for (int x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
