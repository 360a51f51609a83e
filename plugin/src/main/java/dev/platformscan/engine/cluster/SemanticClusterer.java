package dev.platformscan.engine.cluster;

import dev.platformscan.engine.Scope;
import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.fingerprint.SortedSets;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.parse.UnitKind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds same-purpose rewrites that token similarity misses ("three teams wrote their own login"):
 * units in different modules with the same capability whose API usage overlaps strongly (Jaccard of
 * their typed calls and used types ≥ {@link #MIN_API_OVERLAP}). A rewrite may join copies already
 * in a T1–T3 cluster (or inside a class that is): such copies count once per clone cluster, and a
 * rewrite cluster needs at least one unit that no clone cluster holds. Candidates come from an inverted index over the API items that
 * are not common within the capability, so the search is not quadratic; clusters are stars around the
 * unit with the most such partners, each member compared with the center.
 */
public final class SemanticClusterer {
    /**
     * On the demo the planted password-hashing rewrite overlaps 0.47 with its PBKDF2 counterpart; at
     * 0.3 the accuracy benchmark's unrelated library methods started to group (1.7% -> 2.3% of
     * originals), at 0.2 the demo got a wrong input-validation cluster. 0.4 keeps both clean.
     */
    static final double MIN_API_OVERLAP = 0.4;
    static final int MIN_API_ITEMS = 4;
    private static final int MAX_ITEM_UNITS = 200;

    private final Scope scope;

    public SemanticClusterer(Scope scope) {
        this.scope = scope;
    }

    public List<CloneCluster> cluster(List<ParsedFile> files, List<IndexedUnit> units, List<CloneCluster> cloneClusters) {
        parameterTypes.clear();
        Map<String, Integer> covered = new HashMap<>();
        for (int c = 0; c < cloneClusters.size(); c++) {
            for (ClusterMember member : cloneClusters.get(c).members()) {
                covered.putIfAbsent(member.module() + "|" + member.symbol(), c);
            }
        }
        int[] cloneClusterOf = new int[units.size()];
        for (IndexedUnit unit : units) {
            cloneClusterOf[unit.id()] = cloneClusterOf(unit, units, covered);
        }
        Map<String, List<IndexedUnit>> byCapability = new TreeMap<>();
        for (IndexedUnit unit : units) {
            if (unit.unit().apiUsage().length < MIN_API_ITEMS || unit.unit().fingerprint().literal()
                    || unit.unit().kind() == UnitKind.INTERFACE || !unit.unit().fingerprint().compared()) {
                // declarations and types without logic: an interface and the classes serving or implementing it
                // share their API by design (a Feign client and its controller, DistributedLock and its Zookeeper
                // implementation), and trivial types hold no logic to rewrite; nor does a unit too small to compare
                continue;
            }
            for (CapabilityMatch match : unit.unit().capabilities()) {
                String kind = unit.unit().kind().isType() ? "class" : "callable";
                byCapability.computeIfAbsent(match.capability() + "/" + kind, k -> new ArrayList<>()).add(unit);
            }
        }
        Map<Integer, Map<Integer, Double>> neighbours = new TreeMap<>();
        for (List<IndexedUnit> bucket : byCapability.values()) {
            link(bucket, neighbours, cloneClusterOf);
        }
        List<CloneCluster> clusters = new ArrayList<>();
        Set<Integer> assigned = new HashSet<>();
        List<Integer> order = new ArrayList<>(neighbours.keySet());
        order.sort(Comparator.comparingInt((Integer u) -> -neighbours.get(u).size()).thenComparingInt(u -> u));
        for (int center : order) {
            if (assigned.contains(center)) {
                continue;
            }
            List<Map.Entry<Integer, Double>> free = new ArrayList<>();
            Set<Integer> usedCloneClusters = new HashSet<>();
            if (cloneClusterOf[center] >= 0) {
                usedCloneClusters.add(cloneClusterOf[center]);
            }
            List<Map.Entry<Integer, Double>> candidates = new ArrayList<>(neighbours.get(center).entrySet());
            candidates.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            for (Map.Entry<Integer, Double> neighbour : candidates) {
                int cloneCluster = cloneClusterOf[neighbour.getKey()];
                if (!assigned.contains(neighbour.getKey()) && (cloneCluster < 0 || usedCloneClusters.add(cloneCluster))) {
                    free.add(neighbour);
                }
            }
            Set<String> modules = new HashSet<>();
            modules.add(units.get(center).module());
            free.forEach(n -> modules.add(units.get(n.getKey()).module()));
            boolean somethingNew = cloneClusterOf[center] < 0 || free.stream().anyMatch(n -> cloneClusterOf[n.getKey()] < 0);
            if (free.isEmpty() || !somethingNew || (scope == Scope.CROSS_MODULE && modules.size() < 2)) {
                continue;
            }
            assigned.add(center);
            free.forEach(n -> assigned.add(n.getKey()));
            clusters.add(toCluster(units.get(center), free, units, files));
        }
        return clusters;
    }

    /** The clone cluster holding the unit or a class around it, or -1. */
    private static int cloneClusterOf(IndexedUnit unit, List<IndexedUnit> units, Map<String, Integer> covered) {
        for (IndexedUnit current = unit; current != null;
             current = current.enclosing() < 0 ? null : units.get(current.enclosing())) {
            Integer cluster = covered.get(current.module() + "|" + current.unit().symbol());
            if (cluster != null) {
                return cluster;
            }
        }
        return -1;
    }

    private void link(List<IndexedUnit> bucket, Map<Integer, Map<Integer, Double>> neighbours,
                             int[] cloneClusterOf) {
        Map<Integer, List<IndexedUnit>> byItem = new HashMap<>();
        for (IndexedUnit unit : bucket) {
            for (int item : unit.unit().apiUsage()) {
                byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(unit);
            }
        }
        Set<Long> seen = new HashSet<>();
        for (List<IndexedUnit> sharing : byItem.values()) {
            if (sharing.size() < 2 || sharing.size() > MAX_ITEM_UNITS) {
                continue;
            }
            for (int i = 0; i < sharing.size(); i++) {
                for (int j = i + 1; j < sharing.size(); j++) {
                    IndexedUnit a = sharing.get(i);
                    IndexedUnit b = sharing.get(j);
                    if (a.module().equals(b.module())
                            || (cloneClusterOf[a.id()] >= 0 && cloneClusterOf[a.id()] == cloneClusterOf[b.id()])) {
                        continue;
                    }
                    long key = ((long) Math.min(a.id(), b.id()) << 32) | Math.max(a.id(), b.id());
                    if (!seen.add(key)) {
                        continue;
                    }
                    double overlap = overlapBeyondSharedSignatureTypes(a, b);
                    if (overlap + 1e-9 >= MIN_API_OVERLAP) {
                        neighbours.computeIfAbsent(a.id(), k -> new TreeMap<>()).merge(b.id(), overlap, Math::max);
                        neighbours.computeIfAbsent(b.id(), k -> new TreeMap<>()).merge(a.id(), overlap, Math::max);
                    }
                }
            }
        }
    }

    /**
     * Jaccard of the two units' API usage without the parameter types both units declare: two implementations of one
     * framework method ({@code beforeQuery(Executor, MappedStatement, Object, RowBounds, ResultHandler, BoundSql)} of
     * two MyBatis interceptors) share those by contract, not by purpose; what they do with them is the evidence.
     * This runs for every pair of units sharing an API item: only pairs with shared parameter types allocate.
     */
    private double overlapBeyondSharedSignatureTypes(IndexedUnit a, IndexedUnit b) {
        int[] sharedTypes = SortedSets.intersection(parameterTypes(a), parameterTypes(b));
        if (sharedTypes.length == 0) {
            return SortedSets.jaccard(a.unit().apiUsage(), b.unit().apiUsage()); // most pairs: nothing to leave out
        }
        return SortedSets.jaccard(without(a.unit().apiUsage(), sharedTypes), without(b.unit().apiUsage(), sharedTypes));
    }

    private static int[] without(int[] usage, int[] left) {
        return java.util.Arrays.stream(usage).filter(item -> java.util.Arrays.binarySearch(left, item) < 0).toArray();
    }

    private int[] parameterTypes(IndexedUnit unit) {
        return parameterTypes.computeIfAbsent(unit.id(), id -> parameterTypeHashes(unit.unit().symbol()));
    }

    /** Sorted distinct parameter type hashes per unit id, parsed once per unit during {@link #cluster}. */
    private final Map<Integer, int[]> parameterTypes = new HashMap<>();

    /** Hashes of the simple names of a method's parameter types, as {@code UnitFeatures#apiUsage} hashes types. */
    private static int[] parameterTypeHashes(String symbol) {
        if (symbol.indexOf('#') < 0) {
            return new int[0];
        }
        return UnitSymbols.parameters(symbol).stream()
                .map(parameter -> parameter.replace("...", "").replace("[]", ""))
                .mapToInt(type -> type.substring(type.lastIndexOf('.') + 1).hashCode())
                .sorted().distinct().toArray();
    }

    private static CloneCluster toCluster(IndexedUnit center, List<Map.Entry<Integer, Double>> others,
                                          List<IndexedUnit> units, List<ParsedFile> files) {
        List<ClusterMember> members = new ArrayList<>();
        members.add(member(center, 1.0));
        List<ClusterMember> rest = new ArrayList<>();
        double lowest = 1.0;
        for (Map.Entry<Integer, Double> other : others) {
            double similarity = Math.round(other.getValue() * 1000) / 1000.0;
            lowest = Math.min(lowest, similarity);
            rest.add(member(units.get(other.getKey()), similarity));
        }
        rest.sort(Comparator.comparing(ClusterMember::file).thenComparingInt(ClusterMember::startLine));
        members.addAll(rest);
        Map<String, BitSet> lines = new HashMap<>();
        List<IndexedUnit> memberUnits = new ArrayList<>();
        memberUnits.add(center);
        others.forEach(other -> memberUnits.add(units.get(other.getKey())));
        for (IndexedUnit unit : memberUnits) {
            lines.computeIfAbsent(unit.file(), k -> new BitSet()).or(ParsedFile.codeLinesBetween(
                    files.get(unit.fileIndex()).codeLines(), unit.unit().startLine(), unit.unit().endLine()));
        }
        String unitKind = center.unit().kind().isType() ? center.unit().kind().id() : UnitKind.METHOD.id();
        List<String> modules = members.stream().map(ClusterMember::module).distinct().sorted().toList();
        return new CloneCluster(CloneClusterer.clusterId("semantic-" + unitKind, members), CloneType.SEMANTIC, lowest,
                unitKind, modules, members, lines.values().stream().mapToInt(BitSet::cardinality).sum(), null);
    }

    private static ClusterMember member(IndexedUnit unit, double similarity) {
        return new ClusterMember(unit.module(), unit.file(), unit.unit().symbol(), unit.unit().startLine(),
                unit.unit().endLine(), unit.unit().tokens(), similarity, unit.unit().capabilities());
    }
}
