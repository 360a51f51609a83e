package dev.platformscan.it.accuracy;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FamilyScorerTest {

    private static final String ORIGINAL = Snippets.JOIN;
    /** Layout and a comment only. */
    private static final String T1 = Snippets.JOIN.replace("        return buf.toString();", "        // done\n        return buf.toString();")
            .replace("if (array == null) {", "if (array == null)  {");
    /** Renamed locals and a changed literal: the same normalized tokens. */
    private static final String T2 = Snippets.JOIN.replace("buf", "out").replace("noOfItems", "count").replace("16", "32");
    /** A statement deleted. */
    private static final String T3 = Snippets.JOIN.replace("""
                    if (i > startIndex) {
                        buf.append(separator);
                    }
            """, "");

    private static final FamilyUnit A = FamilyUnit.of("a", "a", FamilyUnit.Kind.ORIGINAL, null, ORIGINAL);
    private static final FamilyUnit A1 = FamilyUnit.of("a~v1", "a", FamilyUnit.Kind.T1, "a", T1);
    private static final FamilyUnit A2 = FamilyUnit.of("a~v2", "a", FamilyUnit.Kind.T2, "a", T2);
    private static final FamilyUnit A3 = FamilyUnit.of("a~v3", "a", FamilyUnit.Kind.T3, "a~v2", T3);
    private static final FamilyUnit D = FamilyUnit.of("d", "d", FamilyUnit.Kind.DISTRACTOR, null, Snippets.COPY);

    private static final Map<String, PlacedMethod> PLACEMENT = placement(
            placed(A, "m00", "F0.java", 3, 22), placed(D, "m00", "F0.java", 24, 38),
            placed(A1, "m01", "F1.java", 3, 23), placed(A2, "m02", "F2.java", 3, 22), placed(A3, "m03", "F3.java", 3, 19));

    private final FamilyScorer scorer = new FamilyScorer(List.of(A, A1, A2, A3, D), PLACEMENT);

    @Test
    void pairsAreBucketedByHowTheirUnitsDiffer() {
        assertThat(FamilyBucket.of(A.codeTokens(), A.codes(), A1.codeTokens(), A1.codes())).isEqualTo(FamilyBucket.T1);
        assertThat(FamilyBucket.of(A.codeTokens(), A.codes(), A2.codeTokens(), A2.codes())).isEqualTo(FamilyBucket.T2);
        assertThat(FamilyBucket.of(A.codeTokens(), A.codes(), A3.codeTokens(), A3.codes())).isEqualTo(FamilyBucket.T3_HIGH);
        assertThat(FamilyBucket.ofSimilarity(0.70)).isEqualTo(FamilyBucket.T3_HIGH);
        assertThat(FamilyBucket.ofSimilarity(0.6999)).isEqualTo(FamilyBucket.T3_MID);
        assertThat(FamilyBucket.ofSimilarity(0.50)).isEqualTo(FamilyBucket.T3_MID);
        assertThat(FamilyBucket.ofSimilarity(0.4999)).isEqualTo(FamilyBucket.LOW);
    }

    @Test
    void onlyPairsWithinAFamilyAreScored() {
        // 4 units of family a: 6 pairs; the distractor is a group of its own
        assertThat(scorer.pairs()).hasSize(6);
        assertThat(scorer.groupCount()).isEqualTo(2);
        Map<FamilyBucket, Long> counts = scorer.pairCounts();
        assertThat(counts.get(FamilyBucket.T1)).isEqualTo(1); // a, a~v1
        assertThat(counts.get(FamilyBucket.T2)).isEqualTo(2); // a~v2 with a and a~v1
        assertThat(counts.get(FamilyBucket.T3_HIGH)).isEqualTo(3); // a~v3 with each
        FamilyScorer.Pair t3 = scorer.pairs().stream().filter(p -> p.b() == 3 && p.a() == 0).findFirst().orElseThrow();
        assertThat(t3.similarity()).isCloseTo(TokenSimilarity.dice(A.codes(), A3.codes()), within(1e-12)).isLessThan(1.0);
    }

    @Test
    void familiesLinkPairsThatNoClusterHolds() {
        FamilyScorer.Score score = scorer.score(List.of(
                cluster("c1", "f", member(A), member(A1)), cluster("c2", "f", member(A2), member(A3))));

        // cluster level: only (a, a~v1) [T1] and (a~v2, a~v3) [T3] are in one cluster
        assertThat(score.cluster().recall().get(FamilyBucket.T1)).isEqualTo(new FamilyScorer.Recall(1, 1));
        assertThat(score.cluster().recall().get(FamilyBucket.T2)).isEqualTo(new FamilyScorer.Recall(0, 2));
        assertThat(score.cluster().recall().get(FamilyBucket.T3_HIGH)).isEqualTo(new FamilyScorer.Recall(1, 3));
        // family level: the two clusters are one family, so every pair is found
        for (FamilyBucket bucket : List.of(FamilyBucket.T1, FamilyBucket.T2, FamilyBucket.T3_HIGH)) {
            FamilyScorer.Recall recall = score.family().recall().get(bucket);
            assertThat(recall.found()).as(bucket.label()).isEqualTo(recall.total());
        }
        assertThat(score.family().recall().get(FamilyBucket.T3_MID).ratio()).isNaN();
        assertThat(score.clusters()).isEqualTo(2);
        assertThat(score.families()).isEqualTo(1);
        assertThat(score.cluster().unrelatedPairs()).isZero();
        assertThat(score.family().unrelatedPairs()).isZero();
        assertThat(score.unmatchedMembers()).isZero();
    }

    @Test
    void clustersOfDifferentFamiliesDoNotLink() {
        FamilyScorer.Score score = scorer.score(List.of(
                cluster("c1", "c1", member(A), member(A1)), cluster("c2", "c2", member(A2), member(A3))));

        assertThat(score.family().recall()).isEqualTo(score.cluster().recall());
        assertThat(score.families()).isEqualTo(2);
    }

    @Test
    void unrelatedUnitsHeldTogetherAreCountedPerPairAndPerGroup() {
        FamilyScorer.Score score = scorer.score(List.of(
                cluster("c1", "f", member(A), member(A1)), cluster("c2", "f", member(A3), member(D))));

        // cluster level: (a~v3, d) only
        assertThat(score.cluster().unrelatedPairs()).isEqualTo(1);
        // 10 pairs of units, 6 within family a: 4 unrelated pairs
        assertThat(score.cluster().allUnrelatedPairs()).isEqualTo(4);
        assertThat(score.cluster().groupPairs()).isEqualTo(1);
        assertThat(score.cluster().allGroupPairs()).isEqualTo(1);
        assertThat(score.cluster().falselyGrouped()).containsExactly("a", "d");
        // family level: d is held with a, a~v1 and a~v3
        assertThat(score.family().unrelatedPairs()).isEqualTo(3);
        assertThat(score.family().unrelatedPairRatio()).isEqualTo(0.75);
        assertThat(score.family().falselyGroupedRatio()).isEqualTo(1.0);
    }

    @Test
    void classMembersStandForEveryMethodTheyEncloseAndStrayMembersAreCounted() {
        ClusterMember wholeFile = new ClusterMember("bench:m00", "F0.java", "bench.F0", 1, 40, 300, 1.0, List.of());
        ClusterMember stray = new ClusterMember("bench:m09", "F9.java", "bench.F9#x()", 3, 10, 60, 0.8, List.of());

        FamilyScorer.Score score = scorer.score(List.of(cluster("c1", "c1", wholeFile, member(A1), stray)));

        assertThat(score.cluster().recall().get(FamilyBucket.T1).found()).isEqualTo(1);
        assertThat(score.cluster().unrelatedPairs()).isEqualTo(2); // d with a and with a~v1
        assertThat(score.unmatchedMembers()).isEqualTo(1);
    }

    private static PlacedMethod placed(FamilyUnit unit, String module, String file, int start, int end) {
        return new PlacedMethod(unit.id(), null, "bench:" + module, file, "bench." + file.replace(".java", ""),
                unit.name(), start, end);
    }

    private static Map<String, PlacedMethod> placement(PlacedMethod... methods) {
        Map<String, PlacedMethod> byId = new LinkedHashMap<>();
        Arrays.stream(methods).forEach(method -> byId.put(method.originId(), method));
        return byId;
    }

    private static ClusterMember member(FamilyUnit unit) {
        PlacedMethod method = PLACEMENT.get(unit.id());
        return new ClusterMember(method.module(), method.file(), method.type() + "#" + method.name() + "()",
                method.startLine(), method.endLine(), 80, 0.9, List.of());
    }

    private static CloneCluster cluster(String id, String family, ClusterMember... members) {
        List<String> modules = Arrays.stream(members).map(ClusterMember::module).distinct().sorted().toList();
        return new CloneCluster(id, CloneType.T3, 0.9, "method", modules, List.of(members), 10, null, family);
    }
}
