package dev.platformscan.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Issue 8, rule files that are broken, empty, huge, binary or not what they claim: each is one
 * {@link RuleFileException} naming the file (and the line where there is one), never another exception,
 * never a type instantiated from the document, always in bounded time.
 */
class HostileRuleFilesTest {
    /** Counts instantiations: a YAML tag naming this class must never construct it. */
    public static final AtomicInteger TRIPWIRE = new AtomicInteger();

    public static final class Tripwire {
        public Tripwire() {
            TRIPWIRE.incrementAndGet();
        }

        public Tripwire(String ignored) {
            TRIPWIRE.incrementAndGet();
        }
    }

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Loads the file as a user rule file; returns the exception it must raise. */
    private RuleFileException rejected(Path file) {
        long started = System.nanoTime();
        try {
            new RuleLoader().load(getClass().getClassLoader(), List.of(file));
        } catch (RuleFileException e) {
            assertThat(e.file()).isEqualTo(file.toString().replace('\\', '/'));
            assertThat(e.getMessage()).startsWith(e.file());
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms to reject").isLessThan(20_000);
            return e;
        } catch (Exception e) {
            throw new AssertionError("not a RuleFileException for " + file.getFileName() + ": " + e, e);
        }
        throw new AssertionError("accepted " + file.getFileName());
    }

    @Test
    void brokenYamlNamesItsLine() throws Exception {
        RuleFileException e = rejected(write("broken.yaml", "id: x\nname: X\nsignals:\n  - calls: [a, b\n"));
        assertThat(e.line()).isPositive();
        assertThat(e.getMessage()).contains("not valid YAML");
    }

    @Test
    void emptyBlankAndCommentOnlyFilesAreEmpty() throws Exception {
        assertThat(rejected(write("empty.yaml", "")).getMessage()).contains("empty file");
        assertThat(rejected(write("blank.yaml", " \n\n\t\n")).getMessage()).contains("empty file");
        assertThat(rejected(write("comments.yaml", "# nothing here\n# at all\n")).getMessage()).contains("empty file");
        assertThat(rejected(write("nulldoc.yaml", "---\n...\n")).getMessage()).contains("empty file");
    }

    @Test
    void aFileOverOneMegabyteIsNotRead() throws Exception {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: 3 GB that would take minutes to read
        }
        assertThat(rejected(huge).getMessage()).contains("larger than 1 MB");
        StringBuilder text = new StringBuilder("id: x\nname: X\nsignals:\n");
        while (text.length() <= (1 << 20)) {
            text.append("  - calls: Some.method\n");
        }
        assertThat(rejected(write("long.yaml", text.toString())).getMessage()).contains("larger than 1 MB");
    }

    @Test
    void binaryFilesAreNotUtf8TextWithTheLineOfTheFirstBadByte() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(rejected(write("image.yaml", png)).getMessage()).contains("not UTF-8");
        byte[] random = new byte[4096];
        new Random(8).nextBytes(random);
        assertThat(rejected(write("random.yaml", random)).getMessage()).contains("not UTF-8");
        RuleFileException latin1 = rejected(write("latin1.yaml",
                "id: x\nname: Gr\u00fc\u00dfe\nsignals:\n  - calls: a\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin1.line()).isEqualTo(2);
        assertThat(latin1.getMessage()).contains("not UTF-8");
    }

    @Test
    void controlCharactersAndNulBytesInUtf8AreNamedWithTheirLine() throws Exception {
        RuleFileException e = rejected(write("nul.yaml", "id: x\nname: X\u0000\u0007\nsignals:\n  - calls: a\n"));
        assertThat(e.getMessage()).contains("control character U+0000");
        assertThat(e.line()).isEqualTo(2);
        RuleFileException tab = rejected(write("tab.yaml", "id: x\nname: X\nsignals:\n\t- calls: a\n"));
        assertThat(tab.getMessage()).contains("not valid YAML").doesNotContain("\n").doesNotContain("in 'reader'");
        assertThat(tab.line()).isEqualTo(4);
    }

    @Test
    void aJsonArrayOrAPropertiesFileIsNotARule() throws Exception {
        RuleFileException array = rejected(write("array.yaml", "[\"id\", \"name\", \"signals\"]\n"));
        assertThat(array.line()).isEqualTo(1);
        assertThat(array.getMessage()).contains("expected a mapping");
        assertThat(rejected(write("rules.properties.yaml", "id=feature-flags\nname=Feature flags\n")).getMessage())
                .contains("expected a mapping");
        assertThat(rejected(write("script.yaml", "#!/bin/sh\nrm -rf /\n")).getMessage()).contains("expected a mapping");
    }

    @Test
    void javaTypeTagsAreRejectedAndNeverInstantiated() throws Exception {
        String tripwire = "!!" + Tripwire.class.getName();
        List<String> gadgets = List.of(
                tripwire + " []\n",
                "id: " + tripwire + " [x]\nname: X\nsignals:\n  - calls: a\n",
                "id: x\nname: " + tripwire + " X\nsignals:\n  - calls: a\n",
                "!!java.lang.ProcessBuilder [[\"touch\", \"" + dir.resolve("pwned") + "\"]]\n",
                "id: x\nname: X\nsignals:\n  - calls: !!java.lang.ProcessBuilder [[\"touch\", \"" + dir.resolve("pwned")
                        + "\"]]\n",
                "id: x\nname: X\nsignals:\n  - calls: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n");
        for (int i = 0; i < gadgets.size(); i++) {
            RuleFileException e = rejected(write("gadget" + i + ".yaml", gadgets.get(i)));
            assertThat(e.line()).as(gadgets.get(i)).isPositive();
        }
        assertThat(TRIPWIRE).hasValue(0);
        assertThat(dir.resolve("pwned")).doesNotExist();
        RuleFileException named = rejected(write("tagged.yaml", "id: x\nname: " + tripwire + " X\nsignals:\n  - calls: a\n"));
        assertThat(named.getMessage()).contains(":2:").contains("tag");
    }

    @Test
    void aBillionLaughsAliasBombIsRejectedQuickly() throws Exception {
        StringBuilder bomb = new StringBuilder("id: x\nname: X\nlol0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("lol").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        bomb.append("signals:\n  - calls: *a9\n");
        RuleFileException e = rejected(write("bomb.yaml", bomb.toString()));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("anchors and aliases");
    }

    @Test
    void deeplyNestedYamlIsAnErrorNotAStackOverflow() throws Exception {
        String deep = "id: x\nname: X\nsignals:\n  - calls: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertThat(rejected(write("deep.yaml", deep)).line()).isEqualTo(4);
    }

    @Test
    void aByteOrderMarkAndCrLfAreFine() throws Exception {
        Path rule = write("bom.yaml", ("\uFEFFid: bom-rule\r\nname: With a BOM\r\nsignals:\r\n  - calls: a\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThatCode(() -> new RuleLoader().load(getClass().getClassLoader(), List.of(rule))).doesNotThrowAnyException();
    }

    @Test
    void notANumberAndInfiniteWeightsAreRejected() throws Exception {
        assertThat(rejected(write("nan.yaml", "id: x\nname: X\nthreshold: .nan\nsignals:\n  - calls: a\n")).line())
                .isEqualTo(3);
        assertThat(rejected(write("inf.yaml", "id: x\nname: X\nsignals:\n  - calls: a\n    weight: 1e999\n")).line())
                .isEqualTo(5);
    }
}
