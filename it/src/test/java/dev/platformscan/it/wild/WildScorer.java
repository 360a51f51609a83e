package dev.platformscan.it.wild;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.it.wild.WildSources.Decl;
import dev.platformscan.it.wild.WildSources.FileModel;
import dev.platformscan.it.wild.WildTruth.ClassPair;
import dev.platformscan.it.wild.WildTruth.MethodPair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the engine's clusters against a pair's truth. A cluster member is mapped to the benchmark's own
 * declaration by its file and first line (a class-like member to a type, a method or constructor member to a
 * callable), so the engine's symbols and parameter spelling do not matter.
 */
final class WildScorer {

    /** A cluster member resolved to a declaration of side A or B. */
    record Resolved(boolean sideA, FileModel file, Decl decl) {
    }

    /** Which clusters and families each declaration is a member of, for one scan of one pair. */
    static final class Memberships {
        final Map<Decl, Set<String>> clusters = new IdentityHashMap<>();
        final Map<Decl, Set<String>> families = new IdentityHashMap<>();
        /** Clusters with members in both modules, each with its resolved members (null where unresolved). */
        final List<Map.Entry<CloneCluster, List<Resolved>>> spanning = new ArrayList<>();
        int unresolved;

        boolean shareCluster(Decl a, Decl b) {
            return intersects(clusters.get(a), clusters.get(b));
        }

        boolean shareFamily(Decl a, Decl b) {
            return intersects(families.get(a), families.get(b));
        }

        boolean isMember(Decl decl) {
            return clusters.containsKey(decl);
        }

        private static boolean intersects(Set<String> a, Set<String> b) {
            if (a == null || b == null) {
                return false;
            }
            for (String id : a) {
                if (b.contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What the engine reported of one class pair.
     *
     * @param asClass       the two primary types are members of one cluster
     * @param asFamily      ... of clusters of one family
     * @param methodPairs   same-signature method pairs that are both engine units with similarity ≥ 0.7
     * @param covered       of those, pairs sharing a cluster (or whose enclosing types share one)
     * @param coveredFamily ... sharing a family
     * @param touched       some declaration of either file is a member of a cluster spanning both modules
     */
    record ClassResult(ClassPair pair, boolean asClass, boolean asFamily, int methodPairs, int covered,
                       int coveredFamily, boolean touched) {

        /** 1 for a class cluster; else the share of the method pairs found (0 without any). */
        double score() {
            return asClass ? 1.0 : methodPairs == 0 ? 0.0 : (double) covered / methodPairs;
        }

        /**
         * Neither file has the engine's minimum of tokens in members that are not boilerplate (interfaces, annotations,
         * constant holders, DTOs, pure delegations): the engine leaves such classes out on purpose.
         */
        boolean withoutLogic() {
            return !asClass && logicTokens(pair.a()) < dev.platformscan.engine.parse.ParseSettings.DEFAULT_MIN_TOKENS
                    && logicTokens(pair.b()) < dev.platformscan.engine.parse.ParseSettings.DEFAULT_MIN_TOKENS;
        }

        double familyScore() {
            return asFamily ? 1.0 : methodPairs == 0 ? 0.0 : (double) coveredFamily / methodPairs;
        }
    }

    static final double METHOD_COPY = 0.7;

    /** Tokens of a file's methods and constructors that have a body and are not boilerplate by the engine's rule. */
    static int logicTokens(FileModel file) {
        int tokens = 0;
        for (Decl callable : file.callables()) {
            if (callable.noise() == null && callable.kind() == WildSources.DeclKind.CONSTRUCTOR
                    || callable.noise() == null && callable.hasBody()) {
                tokens += callable.codes().length;
            }
        }
        return tokens;
    }

    private WildScorer() {
    }

    static Memberships memberships(WildPair pair, List<CloneCluster> clusters, Map<String, FileModel> a,
                                   Map<String, FileModel> b) {
        Memberships memberships = new Memberships();
        for (CloneCluster cluster : clusters) {
            boolean typeUnit = !cluster.unit().equals("method") && !cluster.unit().equals("constructor");
            List<Resolved> resolved = new ArrayList<>();
            boolean inA = false;
            boolean inB = false;
            for (ClusterMember member : cluster.members()) {
                Resolved r = resolve(pair, member, typeUnit, a, b);
                resolved.add(r);
                inA |= member.module().equals(pair.moduleIdA());
                inB |= member.module().equals(pair.moduleIdB());
                if (r == null) {
                    memberships.unresolved++;
                    continue;
                }
                memberships.clusters.computeIfAbsent(r.decl(), d -> new HashSet<>()).add(cluster.id());
                memberships.families.computeIfAbsent(r.decl(), d -> new HashSet<>()).add(cluster.family());
            }
            if (inA && inB) {
                memberships.spanning.add(Map.entry(cluster, resolved));
            }
        }
        return memberships;
    }

    static Resolved resolve(WildPair pair, ClusterMember member, boolean typeUnit, Map<String, FileModel> a,
                            Map<String, FileModel> b) {
        boolean sideA = member.module().equals(pair.moduleIdA());
        String module = sideA ? pair.moduleA() : pair.moduleB();
        if (!sideA && !member.module().equals(pair.moduleIdB())) {
            return null;
        }
        String path = member.file().startsWith(module + "/") ? member.file().substring(module.length() + 1)
                : member.file();
        FileModel file = (sideA ? a : b).get(path);
        if (file == null) {
            return null;
        }
        Decl best = null;
        for (Decl decl : typeUnit ? file.types() : file.callables()) {
            if (decl.begin() == member.startLine()) {
                return new Resolved(sideA, file, decl);
            }
            if (decl.begin() <= member.startLine() && member.startLine() <= decl.end()
                    && (best == null || decl.lines() < best.lines())) {
                best = decl;
            }
        }
        return best == null ? null : new Resolved(sideA, file, best);
    }

    static ClassResult score(ClassPair pair, Memberships memberships) {
        boolean asClass = pair.typeA() != null && memberships.shareCluster(pair.typeA(), pair.typeB());
        boolean asFamily = pair.typeA() != null && memberships.shareFamily(pair.typeA(), pair.typeB());
        int methodPairs = 0;
        int covered = 0;
        int coveredFamily = 0;
        for (MethodPair method : pair.methods()) {
            if (!method.bothUnits() || method.similarity() < METHOD_COPY) {
                continue;
            }
            methodPairs++;
            covered += covered(pair, method, memberships, false) ? 1 : 0;
            coveredFamily += covered(pair, method, memberships, true) ? 1 : 0;
        }
        boolean touched = false;
        for (Decl decl : pair.a().types()) {
            touched |= memberships.isMember(decl);
        }
        for (Decl decl : pair.a().callables()) {
            touched |= memberships.isMember(decl);
        }
        for (Decl decl : pair.b().types()) {
            touched |= memberships.isMember(decl);
        }
        for (Decl decl : pair.b().callables()) {
            touched |= memberships.isMember(decl);
        }
        return new ClassResult(pair, asClass, asFamily, methodPairs, covered, coveredFamily, touched);
    }

    /** The two methods share a cluster (family), or types enclosing them with the same chain do. */
    static boolean covered(ClassPair pair, MethodPair method, Memberships memberships, boolean family) {
        if (family ? memberships.shareFamily(method.a(), method.b()) : memberships.shareCluster(method.a(), method.b())) {
            return true;
        }
        String owner = method.a().owner();
        for (Decl[] types : pair.typePairs()) {
            String chain = types[0].key();
            if ((owner.equals(chain) || owner.startsWith(chain + "."))
                    && (family ? memberships.shareFamily(types[0], types[1])
                    : memberships.shareCluster(types[0], types[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a spanning cluster holds at least one corresponding pair: an A member and a B member with the
     * same key in mapped files, or an A member inside a type whose B counterpart holds the B member.
     */
    static boolean holdsCorrespondingPair(WildPair pair, List<Resolved> members) {
        for (Resolved x : members) {
            if (x == null || !x.sideA()) {
                continue;
            }
            String mapped = pair.mapPath(x.file().path());
            for (Resolved y : members) {
                if (y != null && !y.sideA() && y.file().path().equals(mapped)
                        && (x.decl().key().equals(y.decl().key())
                        || x.decl().key().startsWith(y.decl().key() + "#")
                        || y.decl().key().startsWith(x.decl().key() + "#")
                        || x.decl().key().startsWith(y.decl().key() + ".")
                        || y.decl().key().startsWith(x.decl().key() + "."))) {
                    return true;
                }
            }
        }
        return false;
    }
}
