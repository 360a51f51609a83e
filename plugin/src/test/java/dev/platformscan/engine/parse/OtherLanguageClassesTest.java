package dev.platformscan.engine.parse;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.RunSettings;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.cluster.CloneCluster;
import dev.platformscan.engine.cluster.CloneType;
import dev.platformscan.engine.cluster.ClusterMember;
import dev.platformscan.engine.scan.ModuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module whose classes come from another JVM language: simulated with real javac output whose
 * SourceFile attribute is rewritten to a Kotlin file (what kotlinc writes), and no Java source.
 */
class OtherLanguageClassesTest {
    private static final String HASHER = """
            package %s;

            import java.security.MessageDigest;
            import java.security.SecureRandom;
            import java.util.Base64;
            import javax.crypto.SecretKeyFactory;
            import javax.crypto.spec.PBEKeySpec;

            public class %s {
                private final SecureRandom random = new SecureRandom();

                public String hash(String password) throws Exception {
                    byte[] salt = new byte[16];
                    random.nextBytes(salt);
                    byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210000, 256)).getEncoded();
                    return Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(key);
                }

                public boolean verify(String password, String stored) throws Exception {
                    String[] parts = stored.split(":");
                    byte[] salt = Base64.getDecoder().decode(parts[0]);
                    byte[] expected = Base64.getDecoder().decode(parts[1]);
                    byte[] actual = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210000, 256)).getEncoded();
                    return MessageDigest.isEqual(expected, actual);
                }
            }
            """;

    @TempDir
    Path root;

    @Test
    void kotlinLikeClassesGetCapabilitiesAndJoinSameCapabilityClusters() throws Exception {
        Path javaModule = root.resolve("users/src/main/java/com/acme/users");
        Files.createDirectories(javaModule);
        Files.writeString(javaModule.resolve("PasswordHasher.java"), HASHER.formatted("com.acme.users", "PasswordHasher"));

        // the "Kotlin" module: compile, then keep only the classes, marked as compiled from Hashing.kt
        Path scratch = Files.createDirectories(root.resolve("scratch/com/acme/billing"));
        Path javaFile = scratch.resolve("CredentialHashing.java");
        Files.writeString(javaFile, HASHER.formatted("com.acme.billing", "CredentialHashing"));
        Path classes = Files.createDirectories(root.resolve("billing/target/classes"));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-g", "-d", classes.toString(),
                javaFile.toString())).isZero();
        Path classFile = classes.resolve("com/acme/billing/CredentialHashing.class");
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(Files.readAllBytes(classFile)).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visitSource(String source, String debug) {
                super.visitSource("Hashing.kt", debug);
            }
        }, 0);
        Files.write(classFile, writer.toByteArray());
        Path kotlinSource = root.resolve("billing/src/main/kotlin/com/acme/billing/Hashing.kt");
        Files.createDirectories(kotlinSource.getParent());
        Files.writeString(kotlinSource, "package com.acme.billing\n\nclass CredentialHashing { /* ... */ }\n");

        List<ModuleSource> modules = List.of(
                new ModuleSource("com.acme:users", "users", root.resolve("users"), "jar",
                        List.of(root.resolve("users/src/main/java")), List.of(), "UTF-8", "17", null),
                new ModuleSource("com.acme:billing", "billing", root.resolve("billing"), "jar",
                        List.of(root.resolve("billing/src/main/java")), List.of(), "UTF-8", "17", classes));
        ScanResult result = new PlatformScanEngine().scan(ScanRequest.defaults(root, modules)
                .withRun(RunSettings.DEFAULTS.withThreads(1)), ScanListener.SILENT);

        assertThat(result.modules()).filteredOn(m -> m.id().equals("com.acme:billing")).singleElement()
                .satisfies(m -> assertThat(m.capabilities()).containsKey("password-hashing"));
        CloneCluster rewrite = result.clusters().stream().filter(c -> c.cloneType() == CloneType.SEMANTIC)
                .findFirst().orElseThrow(() -> new AssertionError("no semantic cluster: " + result.clusters()));
        assertThat(rewrite.capability().id()).isEqualTo("password-hashing");
        assertThat(rewrite.members()).extracting(ClusterMember::file)
                .contains("billing/src/main/kotlin/com/acme/billing/Hashing.kt");
        assertThat(rewrite.members()).extracting(ClusterMember::module).contains("com.acme:users");
    }
}
