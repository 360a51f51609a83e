package dev.platformscan.it.accuracy;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccuracyScorerTest {

    // originals a, b, c in one class; their T1 mutants in two classes
    private static final PlacedMethod A = placed("a", null, "originals", "O.java", 3, 12);
    private static final PlacedMethod B = placed("b", null, "originals", "O.java", 14, 22);
    private static final PlacedMethod C = placed("c", null, "originals", "O.java", 24, 40);
    private static final PlacedMethod A1 = placed("a", EditClass.T1, "copies-t1", "M1.java", 3, 12);
    private static final PlacedMethod B1 = placed("b", EditClass.T1, "copies-t1", "M1.java", 14, 23);
    private static final PlacedMethod C1 = placed("c", EditClass.T1, "copies-t1", "M2.java", 3, 20);
    private static final PlacedMethod A2 = placed("a", EditClass.T2, "copies-t2", "N.java", 3, 12);

    private final AccuracyScorer scorer = new AccuracyScorer(
            new BenchmarkRepository(Path.of("/repo"), List.of(), List.of(A, B, C, A1, B1, C1, A2)));

    @Test
    void aPairIsFoundWhenOneClusterHoldsBoth() {
        AccuracyScorer.Score score = scorer.score(List.of(cluster(member(A), member(A1), member(A2))));

        assertThat(score.recall().get(EditClass.T1)).isEqualTo(new AccuracyScorer.Recall(1, 3));
        assertThat(score.recall().get(EditClass.T2)).isEqualTo(new AccuracyScorer.Recall(1, 1));
        assertThat(score.missed()).containsExactlyInAnyOrder(B1, C1);
        assertThat(score.falsePairs()).isZero();
        assertThat(score.allPairs()).isEqualTo(3);
        assertThat(score.falselyGroupedRatio()).isZero();
    }

    @Test
    void aMutantAloneInAClusterIsNotFound() {
        AccuracyScorer.Score score = scorer.score(List.of(cluster(member(A1), member(A2))));

        assertThat(score.recall().get(EditClass.T1).found()).isZero();
        assertThat(score.falsePairs()).isZero();
    }

    @Test
    void classMembersStandForEveryMethodTheyEnclose() {
        ClusterMember originalsClass = new ClusterMember("bench:originals", "O.java", "bench.O", 1, 41, 500, 1.0, List.of());
        ClusterMember mutantClass = new ClusterMember("bench:copies-t1", "M1.java", "bench.M1", 1, 24, 300, 0.8, List.of());

        AccuracyScorer.Score score = scorer.score(List.of(cluster(originalsClass, mutantClass)));

        assertThat(score.recall().get(EditClass.T1).found()).isEqualTo(2); // a and b; c's copy is in M2
        // the class cluster also groups a, b and c with each other
        assertThat(score.falsePairs()).isEqualTo(3);
        assertThat(score.directFalsePairs()).isEqualTo(3);
        assertThat(score.falselyGrouped()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(score.falseGroups()).hasSize(1);
    }

    @Test
    void differentOriginalsGroupedThroughTheirMutantsAreFalsePairs() {
        AccuracyScorer.Score score = scorer.score(List.of(cluster(member(A), member(A1)), cluster(member(B1), member(C))));

        assertThat(score.falsePairs()).isEqualTo(1);
        assertThat(score.directFalsePairs()).isZero(); // b only through its mutant
        assertThat(score.falsePairRatio()).isEqualTo(1.0 / 3);
        assertThat(score.falselyGrouped()).containsExactlyInAnyOrder("b", "c");
        assertThat(score.falselyGroupedRatio()).isEqualTo(2.0 / 3);
        assertThat(score.recall().get(EditClass.T1).found()).isEqualTo(1);
    }

    @Test
    void membersOutsideWrittenMethodsAreCounted() {
        ClusterMember stray = new ClusterMember("bench:originals", "O.java", "bench.O#x()", 50, 60, 80, 0.9, List.of());
        assertThat(scorer.score(List.of(cluster(member(A), stray))).unmatchedMembers()).isEqualTo(1);
    }

    private static PlacedMethod placed(String origin, EditClass editClass, String module, String file, int start, int end) {
        return new PlacedMethod(origin, editClass, "bench:" + module, file, "bench." + file.replace(".java", ""),
                "m" + origin, start, end);
    }

    private static ClusterMember member(PlacedMethod method) {
        return new ClusterMember(method.module(), method.file(), method.type() + "#" + method.name() + "()",
                method.startLine(), method.endLine(), 80, 0.9, List.of());
    }

    private static CloneCluster cluster(ClusterMember... members) {
        List<String> modules = java.util.Arrays.stream(members).map(ClusterMember::module).distinct().sorted().toList();
        return new CloneCluster("id", CloneType.T3, 0.9, "method", modules, List.of(members), 10, null);
    }
}
