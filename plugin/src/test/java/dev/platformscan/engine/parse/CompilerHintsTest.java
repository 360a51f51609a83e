package dev.platformscan.engine.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The directive reaches this JVM (HotSpot: the build runs on one) while the hints are open, and is gone after. */
class CompilerHintsTest {

    @Test
    void theDirectiveKeepsC2OffJavaParserWhileOpenAndIsRemovedAfter() throws Exception {
        assumeThat(java.lang.management.ManagementFactory.getPlatformMBeanServer().isRegistered(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand")))
                .as("a JVM with HotSpot's diagnostic commands").isTrue();
        assertThat(CompilerHints.printed()).doesNotContain("com/github/javaparser/");
        try (CompilerHints hints = CompilerHints.apply()) {
            assertThat(hints.added()).isTrue();
            String printed = CompilerHints.printed();
            assertThat(printed).contains("com/github/javaparser/*.*").contains("dev/platformscan/engine/*.*");
            assertThat(printed.substring(printed.indexOf("com/github/javaparser/"), printed.indexOf("Directive: (default)")))
                    .contains("c2 directives:").contains("Exclude:true");
        }
        assertThat(CompilerHints.printed()).doesNotContain("com/github/javaparser/");
    }

    @Test
    void aDirectiveAddedLaterBySomethingElseIsNotRemoved() throws Exception {
        assumeThat(java.lang.management.ManagementFactory.getPlatformMBeanServer().isRegistered(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand")))
                .as("a JVM with HotSpot's diagnostic commands").isTrue();
        java.nio.file.Path other = java.nio.file.Files.createTempFile("other-directive", ".json");
        java.nio.file.Files.writeString(other, "[{ match: [\"java/util/zip/*.*\"], c2: { Exclude: true } }]");
        var server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        var name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
        try {
            try (CompilerHints hints = CompilerHints.apply()) {
                assertThat(hints.added()).isTrue();
                server.invoke(name, "compilerDirectivesAdd", new Object[] {new String[] {other.toString()}},
                        new String[] {String[].class.getName()});
            }
            assertThat(CompilerHints.printed()).as("the other directive stays").contains("java/util/zip/*.*");
        } finally {
            server.invoke(name, "compilerDirectivesClear", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            java.nio.file.Files.deleteIfExists(other);
        }
    }
}
