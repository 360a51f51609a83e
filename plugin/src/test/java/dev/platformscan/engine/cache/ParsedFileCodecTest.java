package dev.platformscan.engine.cache;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.TestRepository;
import dev.platformscan.engine.Units;
import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.fingerprint.UnitFingerprint;
import dev.platformscan.engine.parse.CodeUnit;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.parse.UnitKind;
import dev.platformscan.engine.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedFileCodecTest {
    private static final SourceFile SOURCE = new SourceFile("g:a", Path.of("/r/a/src/main/java/p/A.java"),
            "a/src/main/java/p/A.java", StandardCharsets.UTF_8, "17", false);

    private static ParsedFile everything() {
        BitSet lines = new BitSet();
        lines.set(1, 40);
        lines.set(70_000);
        String oddText = "lone \uD800 surrogate, nul \u0000, é, € and \uD83D\uDE00";
        List<CodeUnit> units = List.of(
                new CodeUnit(UnitKind.CLASS, "p.A", 1, 40, new UnitFingerprint("\u0001\u0010\u00c8\u01ff", -1L, Long.MIN_VALUE,
                        new int[] {-5, 0, 7}), -1, List.of(new CapabilityMatch("http-client", 3.5, 0.75,
                        List.of("calls: HttpClient.send", "strings: \"" + oddText + "\""))), new int[] {1, 2, 3}),
                new CodeUnit(UnitKind.METHOD, "p.A#f(String, int...)", 3, 20, new UnitFingerprint("", 0, 0, new int[0]),
                        0, List.of(), new int[0]),
                new CodeUnit(UnitKind.CONSTRUCTOR, "p.A#A()", 21, 30, new UnitFingerprint("x".repeat(70_000), 1, 2,
                        new int[] {Integer.MAX_VALUE}), 0, List.of(new CapabilityMatch("c", 0.1 + 0.2, Double.MIN_VALUE,
                        List.of())), new int[] {Integer.MIN_VALUE}),
                new CodeUnit(UnitKind.INTERFACE, "p.Api", 41, 60, new UnitFingerprint("\u0210\u0a0f", 5, 6,
                        new int[0], true, false), -1, List.of(), new int[0]));
        List<Problem> problems = List.of(new Problem(SOURCE.relativePath(), 4, "syntax error: " + oddText),
                new Problem(null, 0, "about no file"), new Problem("other/File.java", 1, "elsewhere"));
        return new ParsedFile(SOURCE, lines, units, false, problems, 3, 1, 2);
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        ParsedFile file = everything();
        ParsedFile decoded = ParsedFileCodec.decode(ParsedFileCodec.encode(file), SOURCE);
        assertThat(decoded).usingRecursiveComparison().isEqualTo(file);
        assertThat(decoded.units().get(0).capabilities().get(0).signals().get(1)).contains("\uD800");
    }

    @Test
    void aRealFileSurvivesTheRoundTripAndTheSourceIsTodays() {
        ParsedFile file = Units.parse(TestRepository.resource("clones/Original.java"), 6, 30);
        assertThat(file.units()).isNotEmpty();
        SourceFile today = new SourceFile("g:b", Path.of("/elsewhere/Original.java"), "Snippet.java",
                StandardCharsets.UTF_8, "17", false);
        ParsedFile decoded = ParsedFileCodec.decode(ParsedFileCodec.encode(file), today);
        assertThat(decoded.source()).isSameAs(today);
        assertThat(decoded).usingRecursiveComparison().ignoringFields("source").isEqualTo(file);
    }

    @Test
    void anyDamagedPayloadIsReportedAsCorruptNotAsAnyOtherFailure() {
        byte[] bytes = ParsedFileCodec.encode(everything());
        for (int length = 0; length < bytes.length; length += 7) {
            byte[] truncated = Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> ParsedFileCodec.decode(truncated, SOURCE)).isInstanceOf(CorruptCacheException.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> ParsedFileCodec.decode(longer, SOURCE)).isInstanceOf(CorruptCacheException.class);
        byte[] hugeCount = bytes.clone();
        hugeCount[13] = 0x7f; // the length of the code-line array
        assertThatThrownBy(() -> ParsedFileCodec.decode(hugeCount, SOURCE)).isInstanceOf(CorruptCacheException.class);
    }
}
