package dev.platformscan.engine;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Every hostile case of issue 8 laid out in one repository next to the planted pair (see
 * docs/hostile-input.md for the table): odd syntax and language levels, encodings and line ends, a
 * 20 MB file, deep nesting, odd modules, class files that ASM cannot read, unreadable files, symbolic
 * links, a file that vanishes, a FIFO, odd file names, tiny files. Built at test time.
 */
public final class HostileCorpus {
    /** Size of the generated huge source file. */
    public static final int HUGE_BYTES = 20 << 20;
    /** Nesting depth of the deep files. */
    public static final int DEPTH = 5_000;
    /** Class-file major version no ASM release knows (Java 55). */
    public static final int FUTURE_CLASS_VERSION = 99;

    /** Copies of the planted method in hostile modules (each must join the planted cluster). */
    public static final List<String> PLANTED_COPIES = List.of(
            "com.example.misdeclared.OrderClient#getWithRetries(String, int)",
            "com.example.newer.OrderClient#getWithRetries(String, int)",
            "com.example.garbage.OrderClient#getWithRetries(String, int)",
            "com.example.linked.OrderClient#getWithRetries(String, int)",
            "com.example.odd.OrderClient#getWithRetries(String, int)");

    public final HostileRepository repository;
    /** Whether this process can read a file with mode 000 (true as root): decides what the test expects. */
    public final boolean readsLockedFiles;
    /** Whether mkfifo could create the FIFO case. */
    public final boolean fifoCreated;

    public final HostileRepository.Module syntax;
    public final HostileRepository.Module java21;
    public final HostileRepository.Module java8;
    public final HostileRepository.Module modular8;
    public final HostileRepository.Module modular21;
    public final List<HostileRepository.Module> europeanCopies = new ArrayList<>();
    public final HostileRepository.Module utf16Undeclared;
    public final List<HostileRepository.Module> japaneseCopies = new ArrayList<>();
    public final HostileRepository.Module misdeclared;
    public final HostileRepository.Module huge;
    public final HostileRepository.Module deep;
    public final HostileRepository.Module empty;
    public final HostileRepository.Module noSources;
    public final HostileRepository.Module aggregator;
    public final HostileRepository.Module resourcesOnly;
    public final HostileRepository.Module kotlinOnly;
    public final HostileRepository.Module kotlinNewer;
    public final HostileRepository.Module newerClasses;
    public final HostileRepository.Module garbageClasses;
    public final HostileRepository.Module unreadable;
    public final HostileRepository.Module linkedRoot;
    public final HostileRepository.Module loops;
    public final HostileRepository.Module vanishing;
    public final HostileRepository.Module fifo;
    public final HostileRepository.Module oddNames;
    public final HostileRepository.Module tiny;

    /** The odd file names (under the odd-names module's source root). */
    public static final String ODD_NAME = "com/example/odd/Order Client #1 %20 [é].java";
    public static final String EVIL_NAME = "com/example/odd/Evil\u001b[2J\rName\u202e.java";

    public HostileCorpus(Path root) throws Exception {
        repository = new HostileRepository(root);
        HostileRepository r = repository;
        String greeter = HostileRepository.fixture("hostile/Greeter.java");
        String aisatsu = HostileRepository.fixture("hostile/Aisatsu.java");

        syntax = r.module("syntax").java("com/example/broken/SyntaxError.java",
                HostileRepository.fixture("hostile/SyntaxError.java"));

        String modern = HostileRepository.fixture("hostile/Java21Features.java");
        java21 = r.module("levels/java21").level("21").java("com/example/modern/Java21Features.java", modern);
        java8 = r.module("levels/java8").level("1.8").java("com/example/modern/Java21Features.java", modern);
        String task = "package com.example.modular;\n\npublic class Task implements Runnable {\n"
                + "    public void run() {\n    }\n}\n";
        modular8 = r.module("levels/modular8").level("1.8")
                .java("module-info.java", HostileRepository.fixture("hostile/module-info.java"))
                .java("com/example/modular/package-info.java", HostileRepository.fixture("hostile/package-info.java"))
                .java("com/example/modular/Task.java", task);
        modular21 = r.module("levels/modular21").level("21")
                .java("module-info.java", HostileRepository.fixture("hostile/module-info.java"))
                .java("com/example/modular/package-info.java", HostileRepository.fixture("hostile/package-info.java"))
                .java("com/example/modular/Task.java", task);

        // one class in every encoding and line-end style: all copies must be one T1 cluster
        String greeterFile = "com/example/greeting/Greeter.java";
        europeanCopies.add(r.module("enc/utf8").file(greeterFile, encode(greeter, StandardCharsets.UTF_8)));
        europeanCopies.add(r.module("enc/latin1").encoding("ISO-8859-1")
                .file(greeterFile, encode(greeter.replace("\n", "\r\n"), StandardCharsets.ISO_8859_1)));
        europeanCopies.add(r.module("enc/cp1252").encoding("windows-1252")
                .file(greeterFile, encode(greeter.replace("    ", "\t")
                        .replace("/** Grüße", "/** \u201cGrüße\u201d \u20ac"), Charset.forName("windows-1252"))));
        europeanCopies.add(r.module("enc/utf8-bom").file(greeterFile,
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, encode(greeter, StandardCharsets.UTF_8))));
        europeanCopies.add(r.module("enc/utf16").encoding("UTF-16")
                .file(greeterFile, encode(greeter, StandardCharsets.UTF_16)));
        europeanCopies.add(r.module("enc/cr").file(greeterFile, encode(greeter.replace("\n", "\r"), StandardCharsets.UTF_8)));
        utf16Undeclared = r.module("enc/utf16le-undeclared").file(greeterFile,
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, encode(greeter, StandardCharsets.UTF_16LE)));
        europeanCopies.add(utf16Undeclared);

        String aisatsuFile = "com/example/aisatsu/Aisatsu.java";
        japaneseCopies.add(r.module("enc/sjis").encoding("Shift_JIS").file(aisatsuFile, encode(aisatsu, Charset.forName("Shift_JIS"))));
        japaneseCopies.add(r.module("enc/utf8-ja").file(aisatsuFile, encode(aisatsu, StandardCharsets.UTF_8)));

        // declared UTF-8, written in Latin-1: non-ASCII identifiers (cannot parse) and a comment (can)
        misdeclared = r.module("enc/misdeclared")
                .file(greeterFile, encode(greeter, StandardCharsets.ISO_8859_1))
                .file("com/example/misdeclared/OrderClient.java", encode(plantedCopy("misdeclared")
                        .replace("public class OrderClient {", "// Grüße aus Köln\npublic class OrderClient {"),
                        StandardCharsets.ISO_8859_1));

        huge = r.module("huge").file("com/example/huge/Tables.java", hugeSource());

        deep = r.module("deep")
                .java("com/example/deep/Parens.java", "package com.example.deep;\n\nclass Parens {\n    int f(int a) {\n"
                        + "        return " + "(".repeat(DEPTH) + "a" + ")".repeat(DEPTH) + ";\n    }\n}\n")
                .java("com/example/deep/Blocks.java", "package com.example.deep;\n\nclass Blocks {\n    void f() {\n"
                        + "{".repeat(DEPTH) + "}".repeat(DEPTH) + "\n    }\n}\n")
                .java("com/example/deep/Chain.java", "package com.example.deep;\n\nclass Chain {\n    int f(int a) {\n"
                        + "        int b = a;\n        b++;\n        b++;\n        b++;\n        b++;\n"
                        + "        return a" + " + a".repeat(DEPTH) + ";\n    }\n}\n");

        empty = r.module("odd-modules/empty");
        Files.createDirectories(empty.sourceRoot());
        noSources = r.module("odd-modules/no-sources");
        aggregator = r.module("odd-modules/aggregator").packaging("pom");
        resourcesOnly = r.module("odd-modules/resources-only");
        Files.createDirectories(resourcesOnly.base().resolve("src/main/resources"));
        Files.writeString(resourcesOnly.base().resolve("src/main/resources/app.properties"), "greeting=hello\n");

        kotlinOnly = r.module("odd-modules/kotlin-only").withClasses();
        kotlinClasses(kotlinOnly, root.resolve("scratch/kotlin-only"), 0);
        kotlinNewer = r.module("odd-modules/kotlin-newer").withClasses();
        kotlinClasses(kotlinNewer, root.resolve("scratch/kotlin-newer"), FUTURE_CLASS_VERSION);

        newerClasses = r.module("classes/newer").withClasses()
                .java("com/example/newer/OrderClient.java", plantedCopy("newer"))
                .java("com/example/newer/Helper.java", "package com.example.newer;\n\nclass Helper {\n"
                        + "    static int twice(int x) {\n        return 2 * x;\n    }\n}\n");
        compile(newerClasses);
        for (Path classFile : classFiles(newerClasses.classes())) {
            byte[] bytes = Files.readAllBytes(classFile);
            bytes[6] = 0;
            bytes[7] = (byte) FUTURE_CLASS_VERSION;
            Files.write(classFile, bytes);
        }

        garbageClasses = r.module("classes/garbage").withClasses()
                .java("com/example/garbage/OrderClient.java", plantedCopy("garbage"));
        compile(garbageClasses);
        Path compiled = garbageClasses.classes().resolve("com/example/garbage/OrderClient.class");
        byte[] whole = Files.readAllBytes(compiled);
        Files.write(compiled, Arrays.copyOf(whole, whole.length / 3));          // truncated, read for the source
        byte[] junk = new byte[512];
        new Random(8).nextBytes(junk);
        Files.write(garbageClasses.classes().resolve("com/example/garbage/Junk.class"), junk);
        Files.write(garbageClasses.classes().resolve("com/example/garbage/Empty.class"), new byte[0]);

        unreadable = r.module("fs/unreadable")
                .java("com/example/locked/Locked.java", "package com.example.locked;\n\nclass Locked {\n}\n")
                .java("com/example/locked/sealed/Hidden.java", "package com.example.locked.sealed;\n\nclass Hidden {\n}\n");
        Path locked = unreadable.sourceRoot().resolve("com/example/locked/Locked.java");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(unreadable.sourceRoot().resolve("com/example/locked/sealed"),
                PosixFilePermissions.fromString("---------"));
        readsLockedFiles = canRead(locked);

        // a source root that is a symbolic link (to a directory outside the module)
        linkedRoot = r.module("fs/linked-root");
        Path target = root.resolve("fs/linked-target/java");
        Files.createDirectories(target.resolve("com/example/linked"));
        Files.writeString(target.resolve("com/example/linked/OrderClient.java"), plantedCopy("linked"));
        Files.createDirectories(linkedRoot.sourceRoot().getParent());
        Files.createSymbolicLink(linkedRoot.sourceRoot(), linkedRoot.sourceRoot().getParent().relativize(target));

        loops = r.module("fs/loops").java("com/example/loops/Real.java",
                "package com.example.loops;\n\nclass Real {\n}\n");
        Path loopDir = loops.sourceRoot().resolve("com/example/loops");
        Files.createSymbolicLink(loopDir.resolve("again"), Path.of(".."));
        Files.createSymbolicLink(loopDir.resolve("self"), Path.of("self"));
        Files.createSymbolicLink(loopDir.resolve("Dangling.java"), Path.of("Missing.java"));
        Files.createSymbolicLink(loopDir.resolve("Alias.java"), Path.of("Real.java"));

        vanishing = r.module("fs/vanishing");
        prepareRun();

        fifo = r.module("fs/fifo").java("com/example/fifo/Plain.java", "package com.example.fifo;\n\nclass Plain {\n}\n");
        fifoCreated = mkfifo(fifo.sourceRoot().resolve("com/example/fifo/Pipe.java"));

        oddNames = r.module("fs/odd-names")
                .java(ODD_NAME, plantedCopy("odd"))
                .java(EVIL_NAME, "package com.example.odd;\n\nclass Evil {\n    void f( {\n}\n");

        tiny = r.module("tiny")
                .file("com/example/tiny/Empty.java", new byte[0])
                .file("com/example/tiny/BomOnly.java", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                .java("com/example/tiny/Blank.java", " \n\t\n\r\n")
                .java("com/example/tiny/CtrlZ.java", "package com.example.tiny;\n\nclass CtrlZ {\n}\n\u001a");
    }

    /** Puts back what a run removes (the vanishing file); call before every scan. */
    public void prepareRun() throws IOException {
        vanishing.java("com/example/vanishing/Gone.java", "package com.example.vanishing;\n\nclass Gone {\n}\n");
    }

    /** A listener that deletes the vanishing file between listing and reading, then forwards. */
    public ScanListener deletingListener(ScanListener delegate) {
        return new ScanListener() {
            @Override
            public void info(String message) {
                if (message.startsWith("Reading ")) {
                    try {
                        Files.deleteIfExists(vanishing.sourceRoot().resolve("com/example/vanishing/Gone.java"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                delegate.info(message);
            }

            @Override
            public void problem(Problem problem) {
                delegate.problem(problem);
            }
        };
    }

    public ScanResult scan(int threads, ScanListener listener) throws Exception {
        prepareRun();
        return repository.scan(threads, deletingListener(listener));
    }

    static String plantedCopy(String packageName) {
        return HostileRepository.fixture("clones/Original.java")
                .replace("package com.example.orders;", "package com.example." + packageName + ";");
    }

    static byte[] encode(String text, Charset charset) {
        byte[] bytes = text.getBytes(charset);
        if (!new String(bytes, charset).equals(text)) {
            throw new IllegalStateException(charset + " cannot hold the fixture");
        }
        return bytes;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A generated-looking but header-less 20 MB class of many small methods. */
    static byte[] hugeSource() {
        StringBuilder text = new StringBuilder(HUGE_BYTES + 4096).append("package com.example.huge;\n\npublic class Tables {\n");
        for (int i = 0; text.length() < HUGE_BYTES; i++) {
            text.append("    public static int lookup").append(i).append("(int key) {\n        switch (key) {\n")
                    .append("            case 0: return ").append(i).append(";\n            case 1: return ")
                    .append(i * 31).append(";\n            default: return key * ").append(i).append(";\n        }\n    }\n");
        }
        return text.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean canRead(Path file) {
        try {
            Files.readAllBytes(file);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean mkfifo(Path file) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.exists(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Compiles the module's sources into its classes directory with the running JDK. */
    static void compile(HostileRepository.Module module) throws IOException {
        List<String> args = new ArrayList<>(List.of("-g", "-d", module.classes().toString()));
        try (var walk = Files.walk(module.sourceRoot())) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        Files.createDirectories(module.classes());
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("cannot compile " + module.sourceRoot());
        }
    }

    static List<Path> classFiles(Path directory) throws IOException {
        try (var walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    /** Classes "compiled from Kotlin": javac output whose SourceFile says Hashing.kt; optionally a newer version. */
    private static void kotlinClasses(HostileRepository.Module module, Path scratch, int patchVersion) throws IOException {
        Path source = scratch.resolve("com/example/kt/CredentialHashing.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.example.kt;

                import java.security.MessageDigest;
                import java.util.Base64;

                public class CredentialHashing {
                    public String hash(String password, String salt) throws Exception {
                        MessageDigest digest = MessageDigest.getInstance("SHA-256");
                        digest.update(salt.getBytes("UTF-8"));
                        byte[] first = digest.digest(password.getBytes("UTF-8"));
                        for (int round = 0; round < 1000; round++) {
                            digest.reset();
                            first = digest.digest(first);
                        }
                        return Base64.getEncoder().encodeToString(first) + ":" + salt.length();
                    }
                }
                """);
        Files.createDirectories(module.classes());
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "-d", module.classes().toString(),
                source.toString()) != 0) {
            throw new IllegalStateException("cannot compile " + source);
        }
        for (Path classFile : classFiles(module.classes())) {
            ClassWriter writer = new ClassWriter(0);
            new ClassReader(Files.readAllBytes(classFile)).accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visitSource(String file, String debug) {
                    super.visitSource("Hashing.kt", debug);
                }
            }, 0);
            byte[] bytes = writer.toByteArray();
            if (patchVersion > 0) {
                bytes[6] = 0;
                bytes[7] = (byte) patchVersion;
            }
            Files.write(classFile, bytes);
        }
        Path kotlin = module.base().resolve("src/main/kotlin/com/example/kt/Hashing.kt");
        Files.createDirectories(kotlin.getParent());
        Files.writeString(kotlin, "package com.example.kt\n\nclass CredentialHashing { /* ... */ }\n");
    }
}
