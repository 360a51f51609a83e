package dev.platformscan.engine.parse;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimizing compiler (C2) off JavaParser's and the engine's code while a scan runs, through
 * a compiler directive added and removed at run time (the JVM's DiagnosticCommand MBean, like
 * {@code jcmd Compiler.directives_add}). A scan is a short burst through thousands of methods; C2 spent
 * 28.9 s of compile time in a 26 s cold scan of the 1.2M-line benchmark corpus, on 2 cores competing with
 * the scan itself. C1 compiles them cheaply and the code is fast enough for a burst: the same scan with C1
 * only took 15.2 s, and with this directive over the parse stage 16.6 s against 24.5 s. Over the whole scan
 * (session 4: clustering, rewrites and scoring too) a warm scan's engine time went from 3.6-4.6 s to
 * 2.8-3.1 s and a cold one's from 7.3-7.8 s to 5.8-7.4 s. The directive matches only JavaParser's and the
 * engine's methods ({@value #MATCH}) and is removed when the scan ends, so the build's other code (and the
 * JDK's) is compiled as before. On a JVM without the MBean (not HotSpot, or management disabled) nothing
 * happens. {@code platform.compilerHints=false} leaves the JIT alone.
 */
public final class CompilerHints implements AutoCloseable {
    /** The methods the directive covers: JavaParser, the engine's parse code, and nothing of the build's. */
    static final String MATCH = "com/github/javaparser/*.*\", \"dev/platformscan/engine/*.*";
    private static final String DIRECTIVE = "[{ match: [\"" + MATCH + "\"], c2: { Exclude: true } }]";
    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

    private final boolean added;

    private CompilerHints(boolean added) {
        this.added = added;
    }

    /** Adds the directive; what comes back removes it on {@link #close()}. */
    public static CompilerHints apply() {
        Path file = null;
        try {
            file = Files.createTempFile("platform-scan-compiler-directive", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object answer = invoke("compilerDirectivesAdd", file.toString());
            return new CompilerHints(answer != null && answer.toString().contains("1 compiler directives added"));
        } catch (Exception | LinkageError e) {
            return new CompilerHints(false);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    public boolean added() {
        return added;
    }

    /**
     * Removes the directive; {@code compilerDirectivesRemove} pops the newest one, so only when that is
     * ours (something else in the build may have added one since).
     */
    @Override
    public void close() {
        if (added) {
            try {
                if (ourDirectiveIsNewest(printed())) {
                    invoke("compilerDirectivesRemove");
                }
            } catch (Exception | LinkageError e) {
                // the directive stays: it only keeps C2 off JavaParser's and the engine's methods
            }
        }
    }

    /** Whether the first directive {@code compilerDirectivesPrint} lists (the newest) matches our methods. */
    static boolean ourDirectiveIsNewest(String printed) {
        int first = printed.indexOf("matching:");
        if (first < 0) {
            return false;
        }
        int end = printed.indexOf('\n', first);
        String matching = printed.substring(first, end < 0 ? printed.length() : end);
        return matching.contains("com/github/javaparser/*.*") && matching.contains("dev/platformscan/engine/*.*");
    }

    /** The JVM's current compiler directives as {@code jcmd Compiler.directives_print} shows them. */
    static String printed() throws Exception {
        return String.valueOf(invoke("compilerDirectivesPrint"));
    }

    private static Object invoke(String operation, String... arguments) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.invoke(new ObjectName(DIAGNOSTIC_COMMAND), operation, new Object[] {arguments},
                new String[] {String[].class.getName()});
    }
}
