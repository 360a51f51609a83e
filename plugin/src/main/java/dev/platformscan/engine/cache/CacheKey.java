package dev.platformscan.engine.cache;

import com.github.javaparser.JavaParser;
import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ToolVersion;
import dev.platformscan.engine.parse.ParseSettings;
import dev.platformscan.rules.CapabilityRule;
import dev.platformscan.rules.RuleCatalog;
import dev.platformscan.rules.Signal;
import org.objectweb.asm.ClassReader;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The key of the whole cache: everything besides a file's own bytes that changes what parsing a file
 * gives. The tool version; the build of the code that parses (the jars or class directories of the
 * engine, the rules model, JavaParser and ASM, by path, size and time: a rebuilt SNAPSHOT keeps its
 * version but not its jar) and the Java runtime (charset decoders, regular expressions); the cache
 * format; the unit thresholds and the noise filters switched off; and the content of every capability rule
 * (ids, thresholds, every signal's kind, values, patterns and weight). A cache with another key is not used.
 *
 * <p>Not in it: what only selects files ({@code includeTests}, excludes: each file's entry says whether it
 * came from a test root) and what only later stages use (similarity, scope, scoring).
 */
public final class CacheKey {
    private static final List<Class<?>> PARSING_CODE = List.of(PlatformScanEngine.class, RuleCatalog.class,
            JavaParser.class, ClassReader.class);

    private CacheKey() {
    }

    public static String of(ScanRequest request) {
        MessageDigest digest = ContentHash.newDigest();
        Fields fields = new Fields(digest);
        fields.add("format " + CacheFile.FORMAT_VERSION);
        fields.add("java " + Runtime.version());
        for (Class<?> type : PARSING_CODE) {
            fields.add(codeIdentity(type));
        }
        ParseSettings parsing = request.parsing();
        fields.add("minLines " + parsing.minLines());
        fields.add("minTokens " + parsing.minTokens());
        fields.add("includeBoilerplate " + parsing.includeBoilerplate());
        fields.add("keptNoise " + parsing.keptNoise().stream().map(Enum::name).sorted().toList());
        fields.add("fullParse " + parsing.fullParse());
        addRules(fields, request.rules());
        return "platform-scan " + ToolVersion.get() + " " + HexFormat.of().formatHex(digest.digest());
    }

    private static void addRules(Fields fields, RuleCatalog catalog) {
        fields.add("rules " + catalog.rules().size());
        for (CapabilityRule rule : catalog.rules()) {
            fields.add(rule.id());
            fields.add(rule.name());
            fields.add(rule.description());
            fields.add(Double.toString(rule.threshold()));
            fields.add(rule.componentModule());
            fields.add(rule.componentType());
            fields.add("signals " + rule.signals().size());
            for (Signal signal : rule.signals()) {
                fields.add(signal.kind().id());
                fields.add(Double.toString(signal.weight()));
                fields.add("values " + signal.values().size());
                signal.values().forEach(fields::add);
                fields.add("patterns " + signal.patterns().size());
                for (Pattern pattern : signal.patterns()) {
                    fields.add(pattern.pattern());
                    fields.add(Integer.toString(pattern.flags()));
                }
            }
        }
    }

    /** Where the class was loaded from, and the size and time of that jar (or of every file in that directory). */
    static String codeIdentity(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return type.getName() + " from the platform";
        }
        StringBuilder identity = new StringBuilder(source.getLocation().toString());
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        identity.append('\n').append(location.relativize(file)).append(' ').append(stamp(file));
                    }
                }
            } else {
                identity.append(' ').append(stamp(location));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // a build that cannot be told apart from the next one must not reuse anything: a key never seen again
            identity.append(" unknown build ").append(java.util.UUID.randomUUID());
        }
        return identity.toString();
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    }

    /** Feeds strings to the digest, each with its length, so ("ab", "c") and ("a", "bc") differ. */
    private record Fields(MessageDigest digest) {
        void add(String value) {
            if (value == null) {
                digest.update((byte) 0);
                return;
            }
            byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
            digest.update((byte) 1);
            digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
    }
}
