package dev.platformscan.it.performance;

import dev.platformscan.it.performance.CorpusReactor.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusReactorTest {

    @TempDir
    Path root;

    @Test
    void everyUnpackedArtifactBecomesAJarModuleOfTheRootPom() throws IOException {
        write("camel-kafka/src/main/java/org/apache/camel/kafka/A.java", "class A {\n}\n");
        write("camel-kafka/src/main/java/org/apache/camel/kafka/B.java", "class B {\n  int x;\n}");
        write("camel-jms/src/main/java/org/apache/camel/jms/C.java", "class C {}\n");
        write("markers/ignored.txt", "not a module\n");
        Files.createDirectories(root.resolve("empty/src/main/java"));

        CorpusReactor reactor = CorpusReactor.write(root);

        assertThat(reactor.modules()).extracting(Module::name).containsExactly("camel-jms", "camel-kafka");
        assertThat(reactor.modules()).extracting(Module::files).containsExactly(1, 2);
        assertThat(reactor.modules()).extracting(Module::lines).containsExactly(1L, 5L);
        assertThat(CorpusReactor.lines(reactor.modules())).isEqualTo(6);
        String rootPom = Files.readString(root.resolve("pom.xml"));
        assertThat(rootPom).contains("<packaging>pom</packaging>", "<module>camel-jms</module>",
                "<module>camel-kafka</module>", "<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>")
                .doesNotContain("<module>empty</module>", "<module>markers</module>");
        assertThat(Files.readString(root.resolve("camel-kafka/pom.xml")))
                .contains("<artifactId>camel-kafka</artifactId>", "<packaging>jar</packaging>", "<artifactId>corpus</artifactId>")
                .doesNotContain("<dependencies>");
        assertThat(root.resolve(".mvn")).isDirectory();
    }

    @Test
    void aggregatorListsTheSubset() throws IOException {
        write("a/src/main/java/A.java", "class A {}\n");
        write("b/src/main/java/B.java", "class B {}\n");
        CorpusReactor reactor = CorpusReactor.write(root);

        Path pom = reactor.writeAggregator("pom-scale-1of2.xml", List.of(reactor.modules().get(1)));

        assertThat(Files.readString(pom)).contains("<artifactId>corpus-pom-scale-1of2</artifactId>", "<module>b</module>")
                .doesNotContain("<module>a</module>");
    }

    @Test
    void bucketsAreNestedShareOfTheLines() {
        List<Module> modules = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            modules.add(new Module("m" + i, Path.of("m" + i), 1, 1_000 + 137L * i));
        }
        List<List<Module>> buckets = CorpusReactor.balance(modules, 8);

        long total = CorpusReactor.lines(modules);
        assertThat(buckets).hasSize(8);
        assertThat(buckets.stream().mapToInt(List::size).sum()).isEqualTo(64);
        for (List<Module> bucket : buckets) {
            assertThat((double) CorpusReactor.lines(bucket) / total).isBetween(0.12, 0.13);
        }
        List<Module> quarter = CorpusReactor.firstBuckets(buckets, 2);
        assertThat(quarter).containsAll(buckets.get(0)).containsAll(buckets.get(1));
        assertThat(quarter).isSortedAccordingTo(java.util.Comparator.comparing(Module::name));
        assertThat(CorpusReactor.balance(modules, 8)).isEqualTo(buckets);
    }

    @Test
    void lastLineWithoutLineEndCounts() throws IOException {
        assertThat(CorpusReactor.physicalLines(write("x/A.java", "a\nb"))).isEqualTo(2);
        assertThat(CorpusReactor.physicalLines(write("x/B.java", "a\nb\n"))).isEqualTo(2);
        assertThat(CorpusReactor.physicalLines(write("x/C.java", ""))).isZero();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
