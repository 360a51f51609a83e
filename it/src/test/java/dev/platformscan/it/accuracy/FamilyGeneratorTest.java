package dev.platformscan.it.accuracy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyGeneratorTest {

    private static final OriginalMethod JOIN = Snippets.originals("lib", "Many.java", 0, 1).get(0);
    private static final List<String> DONORS = MethodMutator.donorStatements(Snippets.originals("lib", "Many.java", 0, 4), 3);

    @Test
    void aFamilyIsATreeOfValidDistinctCopiesNearTheOriginal() {
        List<FamilyUnit> family = new FamilyGenerator(7, DONORS, 20).family(JOIN);

        assertThat(family).hasSize(21);
        assertThat(family.get(0).kind()).isEqualTo(FamilyUnit.Kind.ORIGINAL);
        assertThat(family.get(0).text()).isEqualTo(JOIN.text());
        Set<String> texts = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Map<FamilyUnit.Kind, Integer> kinds = new HashMap<>();
        boolean copyOfCopy = false;
        for (FamilyUnit unit : family) {
            assertThat(texts.add(unit.text())).as("distinct text of " + unit.id()).isTrue();
            assertThat(unit.group()).isEqualTo(JOIN.id());
            assertThat(JavaSource.parsesAsMember(unit.text())).as(unit.id()).isTrue();
            if (unit.isVariant()) {
                assertThat(seen).as("parent made before " + unit.id()).contains(unit.parent());
                copyOfCopy |= !unit.parent().equals(JOIN.id());
                assertThat(TokenSimilarity.dice(JOIN.codes(), unit.codes()))
                        .isGreaterThanOrEqualTo(FamilyGenerator.MIN_SIMILARITY_TO_ORIGINAL);
                assertThat(unit.codes().length).isGreaterThanOrEqualTo(MethodMutator.MIN_TOKENS);
            }
            seen.add(unit.id());
            kinds.merge(unit.kind(), 1, Integer::sum);
        }
        assertThat(copyOfCopy).as("some variant is a copy of a variant").isTrue();
        assertThat(kinds).containsEntry(FamilyUnit.Kind.T1, FamilyGenerator.T1_VARIANTS)
                .containsEntry(FamilyUnit.Kind.T2, FamilyGenerator.T2_VARIANTS)
                .containsEntry(FamilyUnit.Kind.T3, 20 - FamilyGenerator.T1_VARIANTS - FamilyGenerator.T2_VARIANTS);
    }

    @Test
    void aFamilyIsTheSameForTheSameSeed() {
        List<String> first = new FamilyGenerator(7, DONORS, 12).family(JOIN).stream().map(FamilyUnit::text).toList();
        List<String> second = new FamilyGenerator(7, DONORS, 12).family(JOIN).stream().map(FamilyUnit::text).toList();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void unitsOfAFamilyGoToDifferentModulesAndTheRepositoryVerifies(@TempDir Path root) {
        List<FamilyUnit> family = new FamilyGenerator(7, DONORS, 5).family(JOIN);
        List<FamilyUnit> distractors = Snippets.originals("lib", "Other.java", 1, 7).stream()
                .map(original -> FamilyUnit.of(original, FamilyUnit.Kind.DISTRACTOR)).toList();

        BenchmarkRepository repository = new FamilyRepositoryWriter(3, 8, 1).write(root, List.of(family), distractors);

        assertThat(BenchmarkRepositoryWriter.verify(repository)).isEmpty();
        assertThat(repository.modules()).hasSize(8);
        Map<String, BenchmarkRepository.PlacedMethod> placement = FamilyRepositoryWriter.placement(repository);
        assertThat(placement).hasSize(family.size() + distractors.size());
        assertThat(family.stream().map(unit -> placement.get(unit.id()).module()).distinct()).hasSize(family.size());
        assertThat(repository.methods().stream().map(BenchmarkRepository.PlacedMethod::file).distinct().count())
                .isEqualTo(family.size() + distractors.size()); // one method per class here
    }
}
