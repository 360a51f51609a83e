package dev.platformscan.it.accuracy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusSamplerTest {

    @Test
    void onlyRealLogicIsSampled() {
        List<OriginalMethod> methods = CorpusSampler.eligibleMethods("lib", "sample/Mixed.java", Snippets.MIXED_FILE);
        // getter, equals, a 2-line method and a method holding an anonymous class are left out
        assertThat(methods).extracting(OriginalMethod::name).containsExactly("join");
        OriginalMethod join = methods.get(0);
        assertThat(join.id()).startsWith("lib:sample/Mixed.java#join@");
        assertThat(join.text()).isEqualTo(Snippets.JOIN);
        assertThat(join.tokens()).isEqualTo(NormalizedTokens.ofMethod(Snippets.JOIN));
    }

    @Test
    void nearDuplicatesOfTakenOriginalsAreDropped(@TempDir Path sources) throws IOException {
        write(sources.resolve("a/p/First.java"), "package p;\nclass First {\n" + Texts.indent(Snippets.JOIN, "    ") + "\n}\n");
        // the same method with renamed identifiers: a copy, not an unrelated original
        write(sources.resolve("b/p/Second.java"), "package p;\nclass Second {\n"
                + Texts.indent(Snippets.JOIN.replace("buf", "builder").replace("array", "items"), "    ") + "\n"
                + Texts.indent(Snippets.COPY, "    ") + "\n}\n");
        CorpusSampler sampler = new CorpusSampler(1);

        List<OriginalMethod> sampled = sampler.sample(sources, 10);

        assertThat(sampled).extracting(OriginalMethod::name).containsExactlyInAnyOrder("join", "copyLarge");
        assertThat(sampler.statistics().rejectedAsSimilar()).isEqualTo(1);
        assertThat(sampler.statistics().filesParsed()).isEqualTo(2);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
