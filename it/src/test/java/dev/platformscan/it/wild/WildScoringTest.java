package dev.platformscan.it.wild;

import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.it.wild.WildScorer.ClassResult;
import dev.platformscan.it.wild.WildScorer.Memberships;
import dev.platformscan.it.wild.WildSources.FileModel;
import dev.platformscan.it.wild.WildTruth.ClassPair;
import dev.platformscan.it.wild.WildTruth.MethodPair;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Path mapping, ground truth and scoring of the wild benchmark on inline sources (no download). */
class WildScoringTest {

    private static final WildPair LANG = WildPair.copy("lang", "lang2", "lang3", "org/apache/commons/lang",
            "org/apache/commons/lang3");

    private static final String BODY = """
                int total = 0;
                for (int i = 0; i < values.length; i++) {
                    if (values[i] > limit) {
                        total += values[i] * 2;
                    } else {
                        total -= values[i];
                    }
                }
                return total;
            """;

    private static String source(String pkg, String extra) {
        return "package " + pkg + ";\n"
                + "public class Sums {\n"
                + "    public static int sum(int[] values, int limit) {\n" + BODY + "    }\n"
                + "    public static int other(java.util.List<String> names, int limit) {\n"
                + "        int[] values = new int[names.size()];\n" + BODY + "    }\n"
                + extra
                + "}\n";
    }

    @Test
    void mapsWholePathSegmentsOnly() {
        assertThat(LANG.mapPath("org/apache/commons/lang/text/StrBuilder.java"))
                .isEqualTo("org/apache/commons/lang3/text/StrBuilder.java");
        assertThat(LANG.mapPath("org/apache/commons/lang3/StringUtils.java")).isNull();
        assertThat(LANG.mapPath("org/apache/commons/langx/A.java")).isNull();
        WildPair same = WildPair.copy("guava", "jre", "android", "com/google/common", "com/google/common");
        assertThat(same.mapPath("com/google/common/base/Joiner.java")).isEqualTo("com/google/common/base/Joiner.java");
        WildPair negative = WildPair.negative("n", "a", "b");
        assertThat(negative.mapPath("x/Y.java")).isEqualTo("x/Y.java");
    }

    @Test
    void erasesParameterTypesToTheSameKeyOnBothSides() {
        assertThat(WildSources.erase("java.util.Map<K, V>[]")).isEqualTo("Map[]");
        assertThat(WildSources.erase("Map.Entry<? super K, V>")).isEqualTo("Entry");
        assertThat(WildSources.erase("@Nullable String")).isEqualTo("String");
        assertThat(WildSources.erase("char...")).isEqualTo("char[]");
    }

    @Test
    void pairsFilesAndSameSignatureMethodsWithTheirSimilarity() {
        FileModel a = WildSources.parse("org/apache/commons/lang/Sums.java", source("org.apache.commons.lang", ""))
                .orElseThrow();
        FileModel b = WildSources.parse("org/apache/commons/lang3/Sums.java",
                source("org.apache.commons.lang3", "    public int added() { return 1; }\n")).orElseThrow();
        WildTruth.Truth truth = WildTruth.of(LANG, Map.of(a.path(), a), Map.of(b.path(), b));

        assertThat(truth.classes()).hasSize(1);
        ClassPair pair = truth.classes().get(0);
        assertThat(pair.typeA().key()).isEqualTo("Sums");
        assertThat(pair.methods()).extracting(m -> m.a().key())
                .containsExactly("Sums#sum(int[], int)", "Sums#other(List, int)");
        assertThat(pair.methods()).allSatisfy(m -> assertThat(m.similarity()).isEqualTo(1.0));
        assertThat(pair.methods()).allMatch(MethodPair::bothUnits);
        assertThat(pair.similarity()).isLessThan(1.0).isGreaterThan(0.9);
        assertThat(WildTruth.bucket(pair.similarity())).isEqualTo("0.9–1");
    }

    @Test
    void scoresClassClustersMethodClustersAndFamilies() {
        FileModel a = WildSources.parse("org/apache/commons/lang/Sums.java", source("org.apache.commons.lang", ""))
                .orElseThrow();
        FileModel b = WildSources.parse("org/apache/commons/lang3/Sums.java", source("org.apache.commons.lang3", ""))
                .orElseThrow();
        ClassPair pair = WildTruth.classPair(a, b);
        Map<String, FileModel> filesA = Map.of(a.path(), a);
        Map<String, FileModel> filesB = Map.of(b.path(), b);

        // one method cluster holding the copies of sum(): half of the method pairs
        CloneCluster sum = cluster("c1", "f1", "method", member(LANG.moduleIdA(), "lang2/" + a.path(), 3),
                member(LANG.moduleIdB(), "lang3/" + b.path(), 3));
        ClassResult half = WildScorer.score(pair, WildScorer.memberships(LANG, List.of(sum), filesA, filesB));
        assertThat(half.asClass()).isFalse();
        assertThat(half.methodPairs()).isEqualTo(2);
        assertThat(half.covered()).isEqualTo(1);
        assertThat(half.score()).isCloseTo(0.5, within(1e-9));

        // other() in a second cluster of the same family: found by family only
        int otherLine = a.callables().get(1).begin();
        CloneCluster other = cluster("c2", "f1", "method", member(LANG.moduleIdA(), "lang2/" + a.path(), otherLine),
                member(LANG.moduleIdB(), "lang2/x.java", 1));
        CloneCluster otherB = cluster("c3", "f1", "method", member(LANG.moduleIdB(), "lang3/" + b.path(), otherLine));
        Memberships family = WildScorer.memberships(LANG, List.of(sum, other, otherB), filesA, filesB);
        ClassResult byFamily = WildScorer.score(pair, family);
        assertThat(byFamily.score()).isCloseTo(0.5, within(1e-9));
        assertThat(byFamily.familyScore()).isCloseTo(1.0, within(1e-9));
        assertThat(family.unresolved).isEqualTo(1);

        // a class cluster covers the class pair and every method inside it
        CloneCluster classes = cluster("c4", "f4", "class", member(LANG.moduleIdA(), "lang2/" + a.path(), 2),
                member(LANG.moduleIdB(), "lang3/" + b.path(), 2));
        Memberships whole = WildScorer.memberships(LANG, List.of(classes), filesA, filesB);
        ClassResult asClass = WildScorer.score(pair, whole);
        assertThat(asClass.asClass()).isTrue();
        assertThat(asClass.covered()).isEqualTo(2);
        assertThat(asClass.score()).isEqualTo(1.0);
        assertThat(WildScorer.holdsCorrespondingPair(LANG, whole.spanning.get(0).getValue())).isTrue();
    }

    @Test
    void aClusterOfUnrelatedMethodsHoldsNoCorrespondingPair() {
        FileModel a = WildSources.parse("org/apache/commons/lang/Sums.java", source("org.apache.commons.lang", ""))
                .orElseThrow();
        FileModel b = WildSources.parse("org/apache/commons/lang3/Sums.java", source("org.apache.commons.lang3", ""))
                .orElseThrow();
        int otherLine = b.callables().get(1).begin();
        CloneCluster crossed = cluster("c1", "c1", "method", member(LANG.moduleIdA(), "lang2/" + a.path(), 3),
                member(LANG.moduleIdB(), "lang3/" + b.path(), otherLine));
        Memberships memberships = WildScorer.memberships(LANG, List.of(crossed), Map.of(a.path(), a),
                Map.of(b.path(), b));
        assertThat(memberships.spanning).hasSize(1);
        assertThat(WildScorer.holdsCorrespondingPair(LANG, memberships.spanning.get(0).getValue())).isFalse();
    }

    private static CloneCluster cluster(String id, String family, String unit, ClusterMember... members) {
        return new CloneCluster(id, CloneType.T3, 0.9, unit, List.of(), List.of(members), 10, null, family, false);
    }

    private static ClusterMember member(String module, String file, int line) {
        return new ClusterMember(module, file, "x", line, line + 5, 60, 1.0, List.of());
    }
}
