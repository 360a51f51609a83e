package dev.platformscan.it.accuracy;

import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkRepositoryWriterTest {

    @Test
    void writesOneModulePerEditClassWithShuffledClasses(@TempDir Path root) {
        List<OriginalMethod> originals = new ArrayList<>();
        for (int file = 0; file < 10; file++) {
            originals.addAll(Snippets.originals("lib", "p/File" + file + ".java", 2 * file, 2));
        }
        Map<EditClass, List<Mutant>> mutants = new EnumMap<>(EditClass.class);
        for (EditClass editClass : EditClass.values()) {
            List<Mutant> list = new ArrayList<>();
            originals.forEach(original -> list.add(new Mutant(original, editClass, original.name(), original.text(),
                    EditCounts.NONE, 1.0)));
            mutants.put(editClass, list);
        }

        // classes of 5: 4 original classes, 4 classes per edit class
        BenchmarkRepository repository = new BenchmarkRepositoryWriter(3, 5).write(root, originals, mutants);

        assertThat(originals).hasSize(20);
        assertThat(repository.modules()).extracting(BenchmarkRepository.Module::path)
                .containsExactly("originals", "copies-t1", "copies-t2", "copies-t3-high", "copies-t3-mid");
        assertThat(repository.methods()).hasSize(20 * 5);
        assertThat(BenchmarkRepositoryWriter.verify(repository)).isEmpty();
        assertThat(root.resolve("pom.xml")).exists();
        assertThat(root.resolve("copies-t1/pom.xml")).exists();

        Map<String, OriginalMethod> byId = new HashMap<>();
        originals.forEach(original -> byId.put(original.id(), original));
        Map<String, List<PlacedMethod>> classes = repository.methods().stream()
                .collect(Collectors.groupingBy(PlacedMethod::type));
        Map<String, String> originalClassOf = new HashMap<>();
        repository.methods().stream().filter(PlacedMethod::isOriginal)
                .forEach(method -> originalClassOf.put(method.originId(), method.type()));
        for (List<PlacedMethod> members : classes.values()) {
            assertThat(members).hasSize(5);
            Set<String> signatures = new HashSet<>();
            members.forEach(member -> assertThat(signatures.add(member.name())).isTrue());
            if (members.get(0).isOriginal()) {
                // originals of one class come from different source files
                assertThat(members.stream().map(m -> byId.get(m.originId()).sourceFile()).distinct().count())
                        .isEqualTo(members.size());
            } else {
                // no mutant class mirrors an original class
                Map<String, Long> perOriginalClass = members.stream()
                        .collect(Collectors.groupingBy(m -> originalClassOf.get(m.originId()), Collectors.counting()));
                // no mutant class mirrors an original class: with 4 original classes and 5 mutants per
                // class, at most 2 come from one original class
                assertThat(perOriginalClass.values()).allMatch(count -> count <= 2);
            }
        }
    }

    @Test
    void methodsWithTheSameSignatureGoToDifferentClasses(@TempDir Path root) throws Exception {
        List<OriginalMethod> originals = new ArrayList<>();
        for (int file = 0; file < 3; file++) {
            originals.addAll(Snippets.originals("lib", "p/Same" + file + ".java", 0, 1)); // join0 three times
        }
        BenchmarkRepository repository = new BenchmarkRepositoryWriter(1).write(root, originals, Map.of());

        assertThat(repository.methods()).extracting(PlacedMethod::type).doesNotHaveDuplicates();
        assertThat(BenchmarkRepositoryWriter.verify(repository)).isEmpty();
        assertThat(Files.readString(root.resolve(repository.methods().get(0).file()))).contains("import java.util.*;");
    }
}
