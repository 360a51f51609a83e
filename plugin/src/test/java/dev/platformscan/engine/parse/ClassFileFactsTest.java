package dev.platformscan.engine.parse;

import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.classify.CapabilityMatcher;
import dev.platformscan.engine.scan.SourceFile;
import dev.platformscan.rules.RuleCatalog;
import dev.platformscan.rules.RuleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bytecode compiled here by the JDK's compiler gives exact call owners that the source alone cannot. */
class ClassFileFactsTest {
    private static final String SOURCE = """
            package demo;

            public class Digests {
                public byte[] sha256(byte[] input) throws Exception {
                    var algorithm = Algorithms.sha256();
                    var copy = algorithm;
                    return copy.digest(input);
                }
            }

            class Algorithms {
                static java.security.MessageDigest sha256() throws Exception {
                    return java.security.MessageDigest.getInstance("SHA-256");
                }
            }
            """;

    @TempDir
    Path dir;

    private Path compile() throws Exception {
        Path source = dir.resolve("src/demo/Digests.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "-d", classes.toString(),
                source.toString());
        assertThat(status).isZero();
        return classes;
    }

    private List<String> capabilities(Path classes) throws Exception {
        RuleCatalog catalog = new RuleCatalog(List.of(new RuleLoader().parse(new StringReader("""
                id: digesting
                name: Digesting
                threshold: 2
                signals:
                  - calls: MessageDigest.digest
                    weight: 2
                """), "digesting.yaml")));
        ParsedFile file = new JavaSourceParser(1, 1, new CapabilityMatcher(catalog)).parse(new SourceFile("g:a",
                dir.resolve("src/demo/Digests.java"), "src/demo/Digests.java", StandardCharsets.UTF_8, "17", false, classes));
        return file.units().stream().filter(u -> u.symbol().equals("demo.Digests#sha256(byte[])")).findFirst()
                .orElseThrow().capabilities().stream().map(CapabilityMatch::capability).toList();
    }

    @Test
    void compiledClassesResolveCallsThatSourceCannot() throws Exception {
        Path classes = compile();
        assertThat(capabilities(dir.resolve("no-classes"))).isEmpty();   // 'var' hides the receiver's type
        assertThat(capabilities(classes)).containsExactly("digesting");
    }

    /** The one warning per module comes from {@link OtherLanguageClasses} (see HostileInputTest). */
    @Test
    void aClassFileNewerThanAsmReadsLeavesTheUnitToItsSourceWithoutAWarningPerFile() throws Exception {
        Path classes = compile();
        Path classFile = classes.resolve("demo/Digests.class");
        byte[] bytes = Files.readAllBytes(classFile);
        bytes[6] = 0;
        bytes[7] = (byte) 120; // class-file version 120: Java 76
        Files.write(classFile, bytes);
        ParsedFile file = new JavaSourceParser(1, 1).parse(new SourceFile("g:a", dir.resolve("src/demo/Digests.java"),
                "src/demo/Digests.java", StandardCharsets.UTF_8, "17", false, classes));
        assertThat(file.problems()).isEmpty();
        assertThat(new OtherLanguageClasses(new CapabilityMatcher(RuleCatalog.empty()))
                .read(new dev.platformscan.engine.scan.ModuleSource("g:a", "", dir, "jar", List.of(dir.resolve("src")),
                        List.of(), "UTF-8", "17", classes), dir).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("classes");
                    assertThat(problem.message()).contains("version 120").contains("Java 76").contains("sources only");
                });
        assertThat(file.units()).extracting(CodeUnit::symbol).contains("demo.Digests#sha256(byte[])");
    }
}
