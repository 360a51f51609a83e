package dev.platformscan.engine.cluster;

import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.Scope;
import dev.platformscan.engine.fingerprint.MinHashSketcher;
import dev.platformscan.engine.parse.CodeUnit;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.parse.UnitKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Cluster stage: from fingerprinted units to clusters of near-duplicates.
 * <ol>
 * <li>units with identical normalized tokens form exact groups (Type-1/Type-2 copies);</li>
 * <li>the {@link CandidateIndex} proposes pairs of groups, the {@link SimilarityVerifier} keeps those
 *     at or above the threshold (in parallel, results in a fixed order);</li>
 * <li>a class whose members are mostly verified copies of another class's members becomes a class
 *     pair too, even when the classes differ as a whole sequence (members reordered);</li>
 * <li>star clustering: groups with the widest reach become representatives (centers), each other
 *     group joins the adjacent center it is most similar to; every member is verified against its
 *     representative, so unrelated code is never chained together through intermediates;</li>
 * <li>a method cluster does not repeat a class cluster: members whose classes are copies of each
 *     other in one class cluster count once.</li>
 * </ol>
 * The result depends only on the input, never on thread timing.
 */
public final class CloneClusterer {
    /** Units longer than this are not compared as whole sequences (class units still match by members). */
    static final int MAX_VERIFIED_TOKENS = 12_000;
    /** Members of an exact group beyond this are not expanded for class-member matching. */
    private static final int MAX_EXPANDED_GROUP = 64;

    private final double minSimilarity;
    private final Scope scope;
    private final ClusterSettings settings;
    private final ExecutorService executor;
    private final int parallelism;
    private final ScanListener listener;
    /** Calibrated per scan in {@link #cluster}. */
    private RequiredSimilarity required;
    private PairEvidence evidence;
    /** Per candidate pair: similar enough, but one template's instances for different entities ({@link TemplateSlot}). */
    private boolean[] templateInstances;
    /** Per candidate pair marked in {@link #templateInstances}: its similarity. */
    private double[] templateSimilarities;
    private List<CloneCluster> templates = List.of();

    public CloneClusterer(ClusterSettings settings, ExecutorService executor, int parallelism, ScanListener listener) {
        this.minSimilarity = settings.minSimilarity();
        this.scope = settings.scope();
        this.settings = settings;
        this.executor = executor;
        this.parallelism = Math.max(1, parallelism);
        this.listener = listener;
    }

    /** Every unit of the scan with its global id, in file order. */
    public static List<IndexedUnit> index(List<ParsedFile> files) {
        List<IndexedUnit> units = new ArrayList<>();
        IdentifierWords words = new IdentifierWords(files);
        for (int f = 0; f < files.size(); f++) {
            ParsedFile file = files.get(f);
            int base = units.size();
            List<CodeUnit> fileUnits = file.units();
            for (int u = 0; u < fileUnits.size(); u++) {
                CodeUnit unit = fileUnits.get(u);
                int enclosing = unit.enclosingUnit() < 0 ? -1 : base + unit.enclosingUnit();
                units.add(new IndexedUnit(base + u, f, file.source().moduleId(), file.source().relativePath(),
                        unit, enclosing, words));
            }
        }
        return units;
    }

    public List<CloneCluster> cluster(List<ParsedFile> files, List<IndexedUnit> units) throws InterruptedException {
        List<UnitGroup> groups = calibratedGroups(units);
        int[] groupOfUnit = new int[units.size()];
        java.util.Arrays.fill(groupOfUnit, -1); // units not compared are in no group
        for (UnitGroup group : groups) {
            for (IndexedUnit unit : group.units()) {
                groupOfUnit[unit.id()] = group.index();
            }
        }
        long started = System.nanoTime();
        CandidateIndex.Sketches sketches = CandidateIndex.sketches(groups, MinHashSketcher.standard(), executor,
                parallelism);
        listener.detail(String.format(java.util.Locale.ROOT, "Grams in more than %d units: %d, of them %d frequent only "
                + "as copies of one code (CopiedGrams)", sketches.idiomUnits(), sketches.copied().frequent(),
                sketches.copied().size()));
        required = required.withIdioms(groups, sketches::idiomsOnly, minSimilarity, settings.chanceMatchRate(), scope,
                executor);
        required.description().forEach(line -> listener.detail("Chance similarity, " + line));
        evidence = new PairEvidence(required, units, sketches);
        long[] candidates = CandidateIndex.candidates(groups, sketches, minSimilarity, executor, parallelism);
        long indexed = System.nanoTime();
        listener.info(String.format(java.util.Locale.ROOT, "%d distinct units, %d candidate pairs (%.1f s)",
                groups.size(), candidates.length, (indexed - started) / 1e9));
        templateInstances = new boolean[candidates.length];
        templateSimilarities = new double[candidates.length];
        double[] similarities = verifyCrossModuleFirst(groups, candidates);
        hubsOfTemplateInstancesAreInstances(groups, candidates, similarities);
        dropSlotsOfTemplateClasses(units, groups, groupOfUnit, candidates, similarities);
        long verifiedCount = java.util.Arrays.stream(similarities).filter(s -> s >= 0).count();
        listener.info(String.format(java.util.Locale.ROOT, "%d candidate pairs verified as copies (%.1f s)",
                verifiedCount, (System.nanoTime() - indexed) / 1e9));

        List<Map<Integer, Double>> neighbours = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            neighbours.add(new HashMap<>());
        }
        for (int i = 0; i < candidates.length; i++) {
            if (similarities[i] >= 0) {
                link(neighbours, (int) (candidates[i] >>> 32), (int) candidates[i], similarities[i]);
            }
        }
        addClassPairsFromMembers(units, groups, groupOfUnit, neighbours);

        List<CloneCluster> clusters = new ArrayList<>();
        Map<CloneCluster, CloneFamilies.Membership> memberships = new java.util.IdentityHashMap<>();
        Map<Integer, Integer> classClusterOfUnit = new HashMap<>();
        List<List<IndexedUnit>> classClusters = new ArrayList<>();
        Set<Integer> clusteredGroups = new HashSet<>();
        for (StarCluster star : starClusters(groups, neighbours, true)) {
            List<IndexedUnit> members = collapseCopiesOfCopiedClasses(star, units, classClusterOfUnit, true);
            if (members != null) {
                members.forEach(member -> clusteredGroups.add(groupOfUnit[member.id()]));
                int clusterNumber = classClusters.size();
                classClusters.add(members);
                for (IndexedUnit member : members) {
                    classClusterOfUnit.put(member.id(), clusterNumber);
                }
                CloneCluster cluster = toCluster(star, members, files);
                clusters.add(cluster);
                memberships.put(cluster, star.membership());
            }
        }
        for (StarCluster star : starClusters(groups, neighbours, false)) {
            List<IndexedUnit> members = collapseCopiesOfCopiedClasses(star, units, classClusterOfUnit, false);
            if (members != null) {
                members.forEach(member -> clusteredGroups.add(groupOfUnit[member.id()]));
                CloneCluster cluster = toCluster(star, members, files);
                clusters.add(cluster);
                memberships.put(cluster, star.membership());
            }
        }
        // a unit with a copy is reported as a copy: template entries list the units that are instances only
        templates = templateClusters(units, groups, groupOfUnit, candidates, files, clusteredGroups);
        clusters.sort(Comparator.comparingInt((CloneCluster c) -> -c.modules().size())
                .thenComparingInt(c -> -c.duplicatedLines())
                .thenComparing(CloneCluster::id));
        List<CloneFamilies.Membership> ordered = new ArrayList<>();
        for (CloneCluster cluster : clusters) {
            ordered.add(memberships.get(cluster));
        }
        long familiesStarted = System.nanoTime();
        List<CloneCluster> withFamilies = CloneFamilies.assign(clusters, ordered, groups, neighbours, required);
        listener.info(String.format(java.util.Locale.ROOT, "%d clusters in %d families (%.1f s)", clusters.size(),
                withFamilies.stream().map(CloneCluster::family).distinct().count(),
                (System.nanoTime() - familiesStarted) / 1e9));
        return withFamilies;
    }

    /**
     * Exact groups, with the similarity each size of pair must reach calibrated on them ({@link RequiredSimilarity});
     * where the calibrated bar is above 1.0 (identical normalized tokens are common by chance among units of that
     * size), such units are grouped by identical token text instead.
     */
    private List<UnitGroup> calibratedGroups(List<IndexedUnit> units) throws InterruptedException {
        long started = System.nanoTime();
        List<UnitGroup> groups = exactGroups(units, null);
        required = RequiredSimilarity.calibrate(groups, minSimilarity, settings.chanceMatchRate(), scope, executor);
        listener.info(String.format(java.util.Locale.ROOT, "Chance similarity calibrated per size and role (%.1f s; "
                + "each bar is logged at debug level)", (System.nanoTime() - started) / 1e9));
        return required.anyIdenticalOnly() ? exactGroups(units, required) : groups;
    }

    static List<UnitGroup> exactGroups(List<IndexedUnit> units, RequiredSimilarity identicalOnly) {
        Map<String, List<IndexedUnit>> byKey = new LinkedHashMap<>();
        for (IndexedUnit unit : units) {
            if (unit.unit().tokens() == 0 || !unit.unit().fingerprint().compared()) {
                continue; // compiled from another language (no tokens), or its code outside annotations is too small
            }
            boolean type = unit.unit().kind().isType();
            boolean textOnly = identicalOnly != null
                    && identicalOnly.onlyIdentical(RequiredSimilarity.Kind.of(unit.unit()), unit.unit().tokens());
            String key = (type ? "C" : "M") + (textOnly ? "T" + unit.unit().fingerprint().exactHash()
                    : String.valueOf(unit.unit().fingerprint().normalizedHash())) + ":" + unit.unit().tokens();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
        }
        List<UnitGroup> groups = new ArrayList<>(byKey.size());
        for (List<IndexedUnit> members : withoutTemplateInstances(byKey.values(), PairEvidence.methodsOfClass(units))) {
            boolean searchable = members.get(0).unit().tokens() <= MAX_VERIFIED_TOKENS;
            groups.add(new UnitGroup(groups.size(), List.copyOf(members), searchable));
        }
        return groups;
    }

    /**
     * Splits identical-code groups whose methods fill one template slot for different entities ({@link TemplateSlot}):
     * each signature of such a slot gets its own group, so the pair check decides about them like about any other
     * pair (and turns them down); the rest of the group stays together.
     */
    private static List<List<IndexedUnit>> withoutTemplateInstances(java.util.Collection<List<IndexedUnit>> groups,
                                                                   Map<Integer, List<CodeUnit>> methodsOfClass) {
        List<List<IndexedUnit>> result = new ArrayList<>(groups.size());
        for (List<IndexedUnit> members : groups) {
            if (members.size() < 2) {
                result.add(members);
            } else if (members.get(0).unit().kind().isType()) {
                result.addAll(classesApartWhenInstances(members, methodsOfClass));
            } else {
                for (List<IndexedUnit> sameSignature : methodsBySignatureWhenInstances(members)) {
                    result.addAll(methodsByEntityWhenSubstituted(sameSignature));
                }
            }
        }
        return result;
    }

    /** Identical classes stay one group unless two of them are one template's instances: then each is its own. */
    private static List<List<IndexedUnit>> classesApartWhenInstances(List<IndexedUnit> members,
                                                                     Map<Integer, List<CodeUnit>> methodsOfClass) {
        int compared = Math.min(members.size(), MAX_EXPANDED_GROUP);
        for (int i = 0; i < compared; i++) {
            for (int j = i + 1; j < compared; j++) {
                if (TemplateSlot.entitiesSubstituted(members.get(i), members.get(j))
                        || TemplateSlot.classesAreInstances(members.get(i), members.get(j), methodsOfClass)) {
                    return members.stream().map(List::of).toList();
                }
            }
        }
        return List.of(members);
    }

    /**
     * Identical methods that name different entities of their classes ({@link TemplateSlot#entitiesSubstituted}) get a
     * group per entity named, so the pair check decides about them; those naming none stay together.
     */
    private static java.util.Collection<List<IndexedUnit>> methodsByEntityWhenSubstituted(List<IndexedUnit> members) {
        if (members.size() < 2) {
            return List.of(members);
        }
        Map<String, List<IndexedUnit>> byEntity = new LinkedHashMap<>();
        for (IndexedUnit unit : members) {
            List<String> named = TemplateSlot.entitiesNamed(unit);
            byEntity.computeIfAbsent(String.join(" ", named), k -> new ArrayList<>()).add(unit);
        }
        long entities = byEntity.keySet().stream().filter(key -> !key.isEmpty()).count();
        return entities < 2 ? List.of(members) : byEntity.values();
    }

    /** Methods of one slot with different signatures get a group per signature; the rest stay together. */
    private static java.util.Collection<List<IndexedUnit>> methodsBySignatureWhenInstances(List<IndexedUnit> members) {
        Map<String, java.util.Set<String>> signaturesOfSlot = new HashMap<>();
        for (IndexedUnit unit : members) {
            String symbol = unit.unit().symbol();
            signaturesOfSlot.computeIfAbsent(TemplateSlot.slot(symbol), k -> new java.util.HashSet<>())
                    .add(UnitSymbols.signature(symbol));
        }
        Map<String, List<IndexedUnit>> split = new LinkedHashMap<>();
        for (IndexedUnit unit : members) {
            String symbol = unit.unit().symbol();
            boolean instance = signaturesOfSlot.get(TemplateSlot.slot(symbol)).size() > 1;
            split.computeIfAbsent(instance ? UnitSymbols.signature(symbol) : "", k -> new ArrayList<>())
                    .add(unit);
        }
        return split.values();
    }

    /**
     * A unit whose copies are, most of them, one template's instances for different entities is one more instance, not
     * their original: a copy keeps the names its copies share, so copies of one unit are no instances of each other.
     * litemall's one-endpoint list controllers of the address, collect, issue and four more entities are instances of
     * each other (21 pairs), but each verified as a copy of the log controller's, because every controller's
     * {@code LogFactory.getLog} names "log", the log controller's entity word: star clustering made the log controller
     * the center of a 7-member look-alike cluster. It takes at least {@value #MIN_INSTANCE_PAIRS_OF_A_HUB} instance
     * pairs among the unit's copies, and more than copy pairs: three filters of lilishop share an identical method
     * though one pair of them reads as instances (their classes are named for the buyer, store and manager). A copy
     * named as the hub stays a copy of it. Decided on the pairs as verified, in one
     * pass: the same whatever the thread count.
     */
    private void hubsOfTemplateInstancesAreInstances(List<UnitGroup> groups, long[] candidates, double[] similarities) {
        Map<Integer, Set<Integer>> instancesOf = new HashMap<>();
        Map<Integer, Set<Integer>> copiesOf = new HashMap<>();
        for (int i = 0; i < candidates.length; i++) {
            int a = (int) (candidates[i] >>> 32);
            int b = (int) candidates[i];
            if (templateInstances[i]) {
                instancesOf.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                instancesOf.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            } else if (similarities[i] >= 0) {
                copiesOf.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                copiesOf.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        }
        if (instancesOf.isEmpty()) {
            return;
        }
        Set<Long> hubPairs = new HashSet<>();
        for (Map.Entry<Integer, Set<Integer>> entry : copiesOf.entrySet()) {
            Set<Integer> partners = entry.getValue();
            // pairs among the partners, each counted once (from its lower end); instances first: most units have none
            int instancePairs = pairsAmong(partners, instancesOf, Integer.MAX_VALUE);
            if (instancePairs >= MIN_INSTANCE_PAIRS_OF_A_HUB && pairsAmong(partners, copiesOf, instancePairs) < instancePairs) {
                IndexedUnit hub = groups.get(entry.getKey()).representative();
                for (int partner : partners) {
                    // a copy named as the hub (or but for their modules' words) was copied from it: it stays a copy
                    if (!TemplateSlot.namedAlikeButForModules(hub, groups.get(partner).representative())) {
                        hubPairs.add(pairKey(entry.getKey(), partner));
                    }
                }
            }
        }
        for (int i = 0; i < candidates.length; i++) {
            if (similarities[i] >= 0 && hubPairs.contains(pairKey((int) (candidates[i] >>> 32), (int) candidates[i]))) {
                templateSimilarities[i] = similarities[i];
                similarities[i] = -1;
                templateInstances[i] = true;
            }
        }
    }

    /** How many pairs of the units are linked in {@code links}, counting up to {@code enough}. */
    private static int pairsAmong(Set<Integer> units, Map<Integer, Set<Integer>> links, int enough) {
        int pairs = 0;
        for (int unit : units) {
            for (int other : links.getOrDefault(unit, Set.of())) {
                if (other > unit && units.contains(other) && ++pairs >= enough) {
                    return pairs;
                }
            }
        }
        return pairs;
    }

    /** Instance pairs among a unit's copies that make it one more instance ({@link #hubsOfTemplateInstancesAreInstances}). */
    static final int MIN_INSTANCE_PAIRS_OF_A_HUB = 3;

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /**
     * Two classes that would be copies but are one template's instances for different entities make their methods
     * that template's slots too, though a method need not name its entity ({@code RedissonDistributedLock#unlock} and
     * {@code ZookeeperDistributedLock#unlock}: the same code over {@code RLock} and {@code InterProcessMutex}): verified
     * method pairs inside such a class pair are dropped.
     */
    private void dropSlotsOfTemplateClasses(List<IndexedUnit> units, List<UnitGroup> groups, int[] groupOfUnit,
                                            long[] candidates, double[] similarities) {
        Set<Long> templateClasses = new HashSet<>();
        for (int i = 0; i < candidates.length; i++) {
            int a = (int) (candidates[i] >>> 32);
            int b = (int) candidates[i];
            if (templateInstances[i] && groups.get(a).isClass() && groups.get(b).isClass()) {
                templateClasses.add(pairKey(a, b));
            }
        }
        if (templateClasses.isEmpty()) {
            return;
        }
        for (int i = 0; i < candidates.length; i++) {
            if (similarities[i] < 0) {
                continue;
            }
            IndexedUnit a = groups.get((int) (candidates[i] >>> 32)).representative();
            IndexedUnit b = groups.get((int) candidates[i]).representative();
            if (a.unit().kind().isType() || a.enclosing() < 0 || b.enclosing() < 0) {
                continue;
            }
            int classA = groupOfUnit[units.get(a.enclosing()).id()];
            int classB = groupOfUnit[units.get(b.enclosing()).id()];
            if (classA >= 0 && classB >= 0 && templateClasses.contains(pairKey(classA, classB))) {
                templateSimilarities[i] = similarities[i];
                similarities[i] = -1;
                templateInstances[i] = true;
            }
        }
    }

    /**
     * The template instances the last {@link #cluster} call found: groups that pairs of one template for different
     * entities link (classes, and methods whose classes are not such a pair themselves), one cluster per connected
     * set that spans modules as the scope asks; each member's similarity is that of its closest instance.
     */
    public List<CloneCluster> templates() {
        return templates;
    }

    private List<CloneCluster> templateClusters(List<IndexedUnit> units, List<UnitGroup> groups, int[] groupOfUnit,
                                                long[] candidates, List<ParsedFile> files, Set<Integer> clustered) {
        int[] parent = new int[groups.size()];
        for (int g = 0; g < parent.length; g++) {
            parent[g] = g;
        }
        Map<Integer, Double> closest = new HashMap<>();
        Map<Integer, Integer> links = new HashMap<>();
        Set<Long> classPairs = new HashSet<>();
        for (int i = 0; i < candidates.length; i++) {
            int a = (int) (candidates[i] >>> 32);
            int b = (int) candidates[i];
            if (templateInstances[i] && groups.get(a).isClass()) {
                classPairs.add(pairKey(a, b));
            }
        }
        for (int i = 0; i < candidates.length; i++) {
            if (!templateInstances[i]) {
                continue;
            }
            int a = (int) (candidates[i] >>> 32);
            int b = (int) candidates[i];
            if (clustered.contains(a) || clustered.contains(b)) {
                continue;
            }
            IndexedUnit ra = groups.get(a).representative();
            IndexedUnit rb = groups.get(b).representative();
            if (!ra.unit().kind().isType() && ra.enclosing() >= 0 && rb.enclosing() >= 0) {
                int classA = groupOfUnit[ra.enclosing()];
                int classB = groupOfUnit[rb.enclosing()];
                if (classA >= 0 && classB >= 0 && classPairs.contains(pairKey(classA, classB))) {
                    continue; // the classes stand for their methods
                }
            }
            parent[CloneFamilies.find(parent, a)] = CloneFamilies.find(parent, b);
            closest.merge(a, templateSimilarities[i], Math::max);
            closest.merge(b, templateSimilarities[i], Math::max);
            links.merge(a, 1, Integer::sum);
            links.merge(b, 1, Integer::sum);
        }
        Map<Integer, List<UnitGroup>> components = new java.util.TreeMap<>();
        for (int g : new TreeSet<>(closest.keySet())) {
            components.computeIfAbsent(CloneFamilies.find(parent, g), k -> new ArrayList<>()).add(groups.get(g));
        }
        List<CloneCluster> result = new ArrayList<>();
        for (List<UnitGroup> component : components.values()) {
            UnitGroup center = component.get(0);
            for (UnitGroup group : component) {
                if (links.get(group.index()) > links.get(center.index())) {
                    center = group;
                }
            }
            List<UnitGroup> others = new ArrayList<>();
            List<Double> similarities = new ArrayList<>();
            List<IndexedUnit> members = new ArrayList<>(center.units());
            for (UnitGroup group : component) {
                if (group != center) {
                    others.add(group);
                    similarities.add(closest.get(group.index()));
                    members.addAll(group.units());
                }
            }
            if (scope == Scope.CROSS_MODULE && members.stream().map(IndexedUnit::module).distinct().count() < 2) {
                continue;
            }
            CloneCluster cluster = toCluster(new StarCluster(center, others, similarities), members, files);
            String id = clusterId("template-" + cluster.unit(), cluster.members());
            result.add(new CloneCluster(id, CloneType.TEMPLATE, cluster.similarity(), cluster.unit(), cluster.modules(),
                    cluster.members(), cluster.duplicatedLines(), null, id, cluster.literal()));
        }
        result.sort(Comparator.comparingInt((CloneCluster c) -> -c.members().size()).thenComparing(CloneCluster::id));
        return result;
    }

    /**
     * In cross-module scope, a pair of copies inside one module only matters when one of them also has a
     * copy in another module (it then joins that cluster). So cross-module pairs are verified first, then
     * only the same-module pairs that touch a unit with a verified cross-module copy. On 4.2k real files
     * this skipped 60% of the verification work.
     */
    private double[] verifyCrossModuleFirst(List<UnitGroup> groups, long[] candidates) throws InterruptedException {
        double[] similarities = new double[candidates.length];
        java.util.Arrays.fill(similarities, -1);
        if (scope != Scope.CROSS_MODULE) {
            verify(groups, candidates, i -> true, similarities);
            return similarities;
        }
        String[] moduleOf = new String[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            moduleOf[g] = groups.get(g).singleModule();
        }
        java.util.function.IntPredicate sameModule = i -> {
            String a = moduleOf[(int) (candidates[i] >>> 32)];
            return a != null && a.equals(moduleOf[(int) candidates[i]]);
        };
        verify(groups, candidates, i -> !sameModule.test(i), similarities);
        boolean[] hasCrossModuleCopy = new boolean[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            hasCrossModuleCopy[g] = moduleOf[g] == null;
        }
        for (int i = 0; i < candidates.length; i++) {
            if (similarities[i] >= 0) {
                hasCrossModuleCopy[(int) (candidates[i] >>> 32)] = true;
                hasCrossModuleCopy[(int) candidates[i]] = true;
            }
        }
        verify(groups, candidates, i -> sameModule.test(i) && (hasCrossModuleCopy[(int) (candidates[i] >>> 32)]
                || hasCrossModuleCopy[(int) candidates[i]]), similarities);
        return similarities;
    }

    private void verify(List<UnitGroup> groups, long[] candidates, java.util.function.IntPredicate wanted,
                        double[] similarities) throws InterruptedException {
        int chunks = Math.min(candidates.length, parallelism * 8);
        if (chunks == 0) {
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) candidates.length * c / chunks);
            int to = (int) ((long) candidates.length * (c + 1) / chunks);
            futures.add(executor.submit(() -> {
                SimilarityVerifier verifier = new SimilarityVerifier(minSimilarity);
                for (int i = from; i < to; i++) {
                    if (!wanted.test(i)) {
                        continue;
                    }
                    UnitGroup a = groups.get((int) (candidates[i] >>> 32));
                    UnitGroup b = groups.get((int) candidates[i]);
                    if (!PairEvidence.vocabularyAllows(a, b)) {
                        continue;
                    }
                    double similarity = verifier.similarity(a.representative().unit().fingerprint().normalizedTokens(),
                            b.representative().unit().fingerprint().normalizedTokens(), evidence.sizeBar(a, b) - 1e-9);
                    if (similarity < 0 || !evidence.reachesBar(a, b, similarity)) {
                        continue;
                    }
                    if (evidence.templateInstances(a.representative(), b.representative())) {
                        templateInstances[i] = true;
                        templateSimilarities[i] = similarity;
                    } else if (evidence.keepsNames(a, b)) {
                        similarities[i] = similarity;
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("similarity verification failed", e.getCause());
            }
        }
    }

    private static void link(List<Map<Integer, Double>> neighbours, int a, int b, double similarity) {
        neighbours.get(a).merge(b, similarity, Math::max);
        neighbours.get(b).merge(a, similarity, Math::max);
    }

    /**
     * Class A and class B are copies when the tokens of their members that have a verified copy in the
     * other class, weighted by that copy's similarity, cover enough of both classes.
     */
    private void addClassPairsFromMembers(List<IndexedUnit> units, List<UnitGroup> groups, int[] groupOfUnit,
                                          List<Map<Integer, Double>> neighbours) {
        Map<Long, Map<Integer, Double>> bestMatchPerMember = new HashMap<>();
        for (UnitGroup group : groups) {
            if (group.isClass()) {
                continue;
            }
            List<IndexedUnit> own = expanded(group);
            addMemberMatches(units, own, own, 1.0, bestMatchPerMember);
            for (Map.Entry<Integer, Double> neighbour : neighbours.get(group.index()).entrySet()) {
                if (neighbour.getKey() > group.index()) {
                    addMemberMatches(units, own, expanded(groups.get(neighbour.getKey())), neighbour.getValue(),
                            bestMatchPerMember);
                }
            }
        }
        List<Long> classPairs = new ArrayList<>(bestMatchPerMember.keySet());
        classPairs.sort(null);
        for (long pair : classPairs) {
            IndexedUnit a = units.get((int) (pair >>> 32));
            IndexedUnit b = units.get((int) pair);
            double matched = 0;
            for (Map.Entry<Integer, Double> member : bestMatchPerMember.get(pair).entrySet()) {
                matched += units.get(member.getKey()).unit().tokens() * member.getValue();
            }
            double similarity = matched / (a.unit().tokens() + b.unit().tokens());
            if (similarity + 1e-9 >= required.forPair(RequiredSimilarity.Kind.TYPES, a.unit(), b.unit())) {
                int groupA = groupOfUnit[a.id()];
                int groupB = groupOfUnit[b.id()];
                if (groupA >= 0 && groupB >= 0 && groupA != groupB) {
                    link(neighbours, groupA, groupB, Math.min(similarity, 1.0));
                }
            }
        }
    }

    private static List<IndexedUnit> expanded(UnitGroup group) {
        List<IndexedUnit> members = group.units();
        return members.size() > MAX_EXPANDED_GROUP ? members.subList(0, MAX_EXPANDED_GROUP) : members;
    }

    /**
     * Credits a verified member pair to its enclosing classes, and to their enclosing classes level by level as long
     * as both sides have one: a class whose code sits mostly in nested types (guava's {@code Lists}, {@code Sets})
     * is a copy when those nested types' members are.
     */
    private static void addMemberMatches(List<IndexedUnit> units, List<IndexedUnit> left, List<IndexedUnit> right,
                                         double similarity, Map<Long, Map<Integer, Double>> bestMatchPerMember) {
        for (IndexedUnit a : left) {
            for (IndexedUnit b : right) {
                if (a.id() == b.id()) {
                    continue;
                }
                int enclosingA = a.enclosing();
                int enclosingB = b.enclosing();
                while (enclosingA >= 0 && enclosingB >= 0 && enclosingA != enclosingB) {
                    long pair = enclosingA < enclosingB
                            ? ((long) enclosingA << 32) | enclosingB
                            : ((long) enclosingB << 32) | enclosingA;
                    Map<Integer, Double> best = bestMatchPerMember.computeIfAbsent(pair, k -> new HashMap<>());
                    best.merge(a.id(), similarity, Math::max);
                    best.merge(b.id(), similarity, Math::max);
                    enclosingA = units.get(enclosingA).enclosing();
                    enclosingB = units.get(enclosingB).enclosing();
                }
            }
        }
    }

    /** A representative group and the neighbour groups that joined it, with their similarity. */
    private record StarCluster(UnitGroup center, List<UnitGroup> others, List<Double> similarities) {
        CloneFamilies.Membership membership() {
            int[] groups = new int[others.size() + 1];
            groups[0] = center.index();
            for (int i = 0; i < others.size(); i++) {
                groups[i + 1] = others.get(i).index();
            }
            return new CloneFamilies.Membership(center.index(), groups);
        }
    }

    private List<StarCluster> starClusters(List<UnitGroup> groups, List<Map<Integer, Double>> neighbours,
                                           boolean classes) {
        List<UnitGroup> order = new ArrayList<>();
        Map<Integer, Integer> reach = new HashMap<>();
        for (UnitGroup group : groups) {
            if (group.isClass() != classes || (group.units().size() < 2 && neighbours.get(group.index()).isEmpty())) {
                continue;
            }
            Set<String> modules = new HashSet<>();
            int size = group.units().size();
            group.units().forEach(u -> modules.add(u.module()));
            for (int other : neighbours.get(group.index()).keySet()) {
                groups.get(other).units().forEach(u -> modules.add(u.module()));
                size += groups.get(other).units().size();
            }
            reach.put(group.index(), modules.size() * 1_000_000 + Math.min(size, 999_999));
            order.add(group);
        }
        order.sort(Comparator.comparingInt((UnitGroup g) -> -reach.get(g.index()))
                .thenComparingInt(g -> -g.representative().unit().tokens())
                .thenComparingInt(UnitGroup::index));
        // 1. centers: widest reach first; a center covers its neighbours, covered groups are not centers
        boolean[] covered = new boolean[groups.size()];
        boolean[] isCenter = new boolean[groups.size()];
        List<UnitGroup> centers = new ArrayList<>();
        for (UnitGroup candidate : order) {
            if (covered[candidate.index()]) {
                continue;
            }
            Set<String> modules = new HashSet<>();
            candidate.units().forEach(u -> modules.add(u.module()));
            int unitCount = candidate.units().size();
            for (int other : neighbours.get(candidate.index()).keySet()) {
                if (!isCenter[other]) {
                    groups.get(other).units().forEach(u -> modules.add(u.module()));
                    unitCount += groups.get(other).units().size();
                }
            }
            if (scope == Scope.CROSS_MODULE ? modules.size() >= 2 : unitCount >= 2) {
                isCenter[candidate.index()] = true;
                covered[candidate.index()] = true;
                neighbours.get(candidate.index()).keySet().forEach(other -> covered[other] = true);
                centers.add(candidate);
            }
        }
        // 2. every other group joins the adjacent center it is most similar to (not merely the first one)
        Map<Integer, Integer> rankOfCenter = new HashMap<>();
        for (int i = 0; i < centers.size(); i++) {
            rankOfCenter.put(centers.get(i).index(), i);
        }
        Map<Integer, List<Integer>> membersOfCenter = new HashMap<>();
        for (UnitGroup group : groups) {
            if (isCenter[group.index()] || group.isClass() != classes) {
                continue;
            }
            int best = -1;
            double bestSimilarity = -1;
            for (Map.Entry<Integer, Double> neighbour : neighbours.get(group.index()).entrySet()) {
                Integer rank = rankOfCenter.get(neighbour.getKey());
                if (rank == null) {
                    continue;
                }
                double similarity = neighbour.getValue();
                if (similarity > bestSimilarity || (similarity == bestSimilarity && rank < rankOfCenter.get(best))) {
                    best = neighbour.getKey();
                    bestSimilarity = similarity;
                }
            }
            if (best >= 0) {
                membersOfCenter.computeIfAbsent(best, k -> new ArrayList<>()).add(group.index());
            }
        }
        List<StarCluster> stars = new ArrayList<>();
        for (UnitGroup center : centers) {
            List<Integer> members = membersOfCenter.getOrDefault(center.index(), List.of());
            List<UnitGroup> others = new ArrayList<>();
            List<Double> similarities = new ArrayList<>();
            Set<String> modules = new HashSet<>();
            center.units().forEach(u -> modules.add(u.module()));
            List<Integer> sorted = new ArrayList<>(members);
            sorted.sort(Comparator.comparingDouble((Integer g) -> -neighbours.get(center.index()).get(g))
                    .thenComparingInt(g -> g));
            for (int member : sorted) {
                others.add(groups.get(member));
                similarities.add(neighbours.get(center.index()).get(member));
                groups.get(member).units().forEach(u -> modules.add(u.module()));
            }
            int unitCount = center.units().size() + others.stream().mapToInt(g -> g.units().size()).sum();
            if (scope == Scope.CROSS_MODULE ? modules.size() >= 2 : unitCount >= 2) {
                stars.add(new StarCluster(center, others, similarities));
            }
        }
        return stars;
    }

    /**
     * Members in cluster order (the representative, always kept, first), where copies that sit inside classes already reported together in one
     * class cluster count once, unless a repeated one is all that takes the cluster across modules; null when what is
     * left is no longer a cluster for the scope.
     */
    private List<IndexedUnit> collapseCopiesOfCopiedClasses(StarCluster star, List<IndexedUnit> units,
                                                            Map<Integer, Integer> classClusterOfUnit,
                                                            boolean classes) {
        List<IndexedUnit> ordered = new ArrayList<>(star.center().units());
        for (UnitGroup other : star.others()) {
            ordered.addAll(other.units());
        }
        List<IndexedUnit> kept = new ArrayList<>();
        Set<Integer> usedClassClusters = new HashSet<>();
        for (IndexedUnit unit : ordered) {
            Set<Integer> tags = new TreeSet<>();
            for (int ancestor = unit.enclosing(); ancestor >= 0; ancestor = units.get(ancestor).enclosing()) {
                Integer clusterNumber = classClusterOfUnit.get(ancestor);
                if (clusterNumber != null) {
                    tags.add(clusterNumber);
                }
            }
            boolean repeats = false;
            for (int tag : tags) {
                if (usedClassClusters.contains(tag)) {
                    repeats = true;
                    break;
                }
            }
            if (!repeats) {
                usedClassClusters.addAll(tags);
                kept.add(unit);
            }
        }
        if (scope == Scope.CROSS_MODULE && kept.size() >= 2
                && kept.stream().map(IndexedUnit::module).distinct().count() < 2) {
            // the copies left sit in one module, but a copy inside a reported class cluster is in another: it is kept
            // too (lamp-cloud's clear(): copied into the operation-log controller next to the login-log controller,
            // whose copy in the system module is one class cluster with it)
            String module = kept.get(0).module();
            for (IndexedUnit unit : ordered) {
                if (!unit.module().equals(module)) {
                    kept.add(unit);
                    break;
                }
            }
        }
        long modules = kept.stream().map(IndexedUnit::module).distinct().count();
        boolean wanted = scope == Scope.CROSS_MODULE ? modules >= 2 : kept.size() >= 2;
        return wanted ? kept : null;
    }

    private static CloneCluster toCluster(StarCluster star, List<IndexedUnit> members, List<ParsedFile> files) {
        IndexedUnit representative = star.center().representative();
        Map<Integer, Double> similarityOfGroupMember = new HashMap<>();
        for (IndexedUnit unit : star.center().units()) {
            similarityOfGroupMember.put(unit.id(), 1.0);
        }
        for (int i = 0; i < star.others().size(); i++) {
            for (IndexedUnit unit : star.others().get(i).units()) {
                similarityOfGroupMember.put(unit.id(), star.similarities().get(i));
            }
        }
        List<IndexedUnit> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((IndexedUnit u) -> u.id() != representative.id())
                .thenComparing(IndexedUnit::file).thenComparingInt(u -> u.unit().startLine())
                .thenComparingInt(IndexedUnit::id));
        boolean allExact = true;
        boolean allNormalized = true;
        double lowest = 1.0;
        List<ClusterMember> clusterMembers = new ArrayList<>();
        Map<Integer, BitSet> linesPerFile = new HashMap<>();
        for (IndexedUnit unit : sorted) {
            CodeUnit code = unit.unit();
            double similarity = round(similarityOfGroupMember.getOrDefault(unit.id(), 1.0));
            lowest = Math.min(lowest, similarity);
            allExact &= code.fingerprint().exactHash() == representative.unit().fingerprint().exactHash();
            allNormalized &= code.fingerprint().normalizedHash() == representative.unit().fingerprint().normalizedHash();
            clusterMembers.add(new ClusterMember(unit.module(), unit.file(), code.symbol(), code.startLine(),
                    code.endLine(), code.tokens(), similarity, code.capabilities()));
            BitSet lines = linesPerFile.computeIfAbsent(unit.fileIndex(), k -> new BitSet());
            lines.or(ParsedFile.codeLinesBetween(files.get(unit.fileIndex()).codeLines(), code.startLine(), code.endLine()));
        }
        int duplicatedLines = linesPerFile.values().stream().mapToInt(BitSet::cardinality).sum();
        CloneType type = allExact ? CloneType.T1 : allNormalized ? CloneType.T2 : CloneType.T3;
        List<String> modules = clusterMembers.stream().map(ClusterMember::module).distinct().sorted().toList();
        String unitKind = representative.unit().kind().isType() ? representative.unit().kind().id()
                : sorted.stream().allMatch(u -> u.unit().kind() == UnitKind.CONSTRUCTOR)
                ? UnitKind.CONSTRUCTOR.id() : UnitKind.METHOD.id();
        return new CloneCluster(clusterId(unitKind, clusterMembers), type, lowest, unitKind, modules, clusterMembers,
                duplicatedLines, null, null, representative.unit().fingerprint().literal());
    }

    /** The code lines of [start, end] of a file, at their own positions. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Stable across line shifts and file moves: derived from the members' modules and symbols only. */
    static String clusterId(String unitKind, List<ClusterMember> members) {
        List<String> keys = new ArrayList<>();
        for (ClusterMember member : members) {
            keys.add(member.module() + "|" + member.symbol());
        }
        keys.sort(null);
        return shortId('C', digest -> {
            digest.update(unitKind.getBytes(StandardCharsets.UTF_8));
            for (String key : keys) {
                digest.update((byte) 0);
                digest.update(key.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** {@code prefix} + the first 12 hex digits of the SHA-256 of what {@code content} feeds the digest. */
    static String shortId(char prefix, java.util.function.Consumer<MessageDigest> content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            content.accept(digest);
            StringBuilder id = new StringBuilder().append(prefix);
            byte[] hash = digest.digest();
            for (int i = 0; i < 6; i++) {
                id.append(String.format("%02x", hash[i]));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
