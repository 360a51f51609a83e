package dev.platformscan.it.performance;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the benchmark reads from the tools' output, on samples of that output. */
class HarnessParsingTest {

    @TempDir
    Path directory;

    @Test
    void scanLogGivesTheTimeSplit() {
        ScanLog log = ScanLog.parse(List.of(
                "[INFO] Reading 21500 Java files in 36 modules (2 threads)",
                "[INFO] Parsed 21500/21500 files (100%)",
                "[INFO] Parsed 21512 files into 180233 units in 71.3 s",
                "[INFO] 150002 distinct units, 612345 candidate pairs (3.2 s)",
                "[INFO] 20456 candidate pairs verified as copies (4.5 s)",
                "[INFO] Found 1234 clusters of near-duplicate code spanning two or more modules: 1 duplicated lines",
                "[INFO] Scan took 80.1 s"));

        assertThat(log.files()).isEqualTo(21512);
        assertThat(log.units()).isEqualTo(180233);
        assertThat(log.parseSeconds()).isEqualTo(71.3);
        assertThat(log.distinctUnits()).isEqualTo(150002);
        assertThat(log.candidatePairs()).isEqualTo(612345);
        assertThat(log.candidateSeconds()).isEqualTo(3.2);
        assertThat(log.verifiedPairs()).isEqualTo(20456);
        assertThat(log.verifySeconds()).isEqualTo(4.5);
        assertThat(log.clusters()).isEqualTo(1234);
        assertThat(log.scanSeconds()).isEqualTo(80.1);
        assertThat(log.afterParseSeconds()).isCloseTo(8.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void scanLogWithoutTheLinesLeavesGaps() {
        ScanLog log = ScanLog.parse(List.of("[ERROR] something else"));

        assertThat(log.scanSeconds()).isNaN();
        assertThat(log.files()).isEqualTo(-1);
    }

    @Test
    void gcLogGivesPeakAndLiveHeap() {
        GcLog.Heap heap = GcLog.parse(List.of(
                "[0.010s][info][gc] Using G1",
                "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms",
                "[5.000s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 900M->410M(1024M) 30.1ms",
                "[6.000s][info][gc] GC(2) Pause Remark 1G->600M(1G) 3.0ms",
                "[7.000s][info][gc] GC(3) Pause Full (System.gc()) 512000K->20000K(1048576K) 50.0ms"));

        assertThat(heap.pauses()).isEqualTo(4);
        assertThat(heap.peakUsedMb()).isEqualTo(1024);
        assertThat(heap.peakLiveMb()).isEqualTo(600);
        assertThat(heap.maxCommittedMb()).isEqualTo(1024);
        assertThat(GcLog.parse(List.of("[0.010s][info][gc] Using G1")).known()).isFalse();
    }

    @Test
    void cpdOutputCountsDuplicationsAndExtraCopies() throws IOException {
        Path xml = Files.writeString(directory.resolve("cpd.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <pmd-cpd xmlns="https://pmd-code.org/schema/cpd-report" pmdVersion="7.16.0" timestamp="x" version="1.0.0">
                   <file path="/c/a/A.java" totalNumberOfTokens="500"/>
                   <file path="/c/b/B.java" totalNumberOfTokens="400"/>
                   <duplication lines="30" tokens="120">
                      <file column="1" endcolumn="2" endline="40" line="11" path="/c/a/A.java"/>
                      <file column="1" endcolumn="2" endline="40" line="11" path="/c/b/B.java"/>
                      <file column="1" endcolumn="2" endline="40" line="11" path="/c/d/D.java"/>
                      <codefragment><![CDATA[ int x; ]]></codefragment>
                   </duplication>
                   <duplication lines="10" tokens="100">
                      <file column="1" endcolumn="2" endline="20" line="11" path="/c/a/A.java"/>
                      <file column="1" endcolumn="2" endline="20" line="11" path="/c/b/B.java"/>
                      <codefragment><![CDATA[ int y; ]]></codefragment>
                   </duplication>
                   <error filename="/c/e/E.java" msg="Lexical error"/>
                </pmd-cpd>
                """);

        CpdOutput output = CpdOutput.read(xml);

        assertThat(output.duplications()).isEqualTo(2);
        assertThat(output.duplicatedLines()).isEqualTo(30 * 2 + 10);
        assertThat(output.errors()).isEqualTo(1);
        assertThat(CpdOutput.read(directory.resolve("missing.xml"))).isEqualTo(CpdOutput.NONE);
    }

    @Test
    void gnuTimeGivesRssAndCpuTime() throws IOException {
        Path ok = Files.writeString(directory.resolve("ok.rss"), "123456 40.50 1.25\n");
        Path failed = Files.writeString(directory.resolve("failed.rss"),
                "Command exited with non-zero status 1\n2048 0.50 0.10\n");

        assertThat(ProcessMeter.readGnuTime(ok)).containsExactly(123456, 41.75);
        assertThat(ProcessMeter.readGnuTime(failed)[0]).isEqualTo(2048);
        assertThat(ProcessMeter.readGnuTime(directory.resolve("missing.rss"))[0]).isEqualTo(-1);
    }

    @Test
    void theChangedFileStillParsesWithOneMoreMethod() {
        String original = """
                package p;

                public class Sample {
                    int size() {
                        return 1;
                    }
                }
                """;

        CompilationUnit changed = StaticJavaParser.parse(PerformanceBenchmark.withAppendedMethod(original));

        assertThat(changed.getClassByName("Sample").orElseThrow().getMethodsByName("platformScanBenchmarkEdit")).hasSize(1);
        assertThat(changed.getClassByName("Sample").orElseThrow().getMethods()).hasSize(2);
    }
}
