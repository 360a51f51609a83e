package dev.platformscan.engine.cache;

import dev.platformscan.engine.parse.ClassFileSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads class files for the parser of one source file and remembers each one as a {@link ClassFileProbe}.
 * The attributes are taken before the bytes are read: a class file written in between shows a newer time
 * next scan, and then its content is compared with the hash of the bytes that were really parsed.
 */
final class ClassFileRecorder implements ClassFileSource {
    private final List<ClassFileProbe> probes = new ArrayList<>();
    private boolean failed;

    @Override
    public byte[] read(Path classesDirectory, String binaryName) throws IOException {
        Path file = ClassFileProbe.file(classesDirectory, binaryName);
        try {
            BasicFileAttributes attributes = ClassFileProbe.attributes(file);
            if (attributes == null) {
                probes.add(ClassFileProbe.absent(binaryName));
                return null;
            }
            byte[] content = Files.readAllBytes(file);
            probes.add(new ClassFileProbe(binaryName, attributes.size(), ClassFileProbe.nanos(attributes),
                    ContentHash.of(content)));
            return content;
        } catch (IOException e) {
            failed = true; // a passing I/O failure must not be remembered as the file's result
            throw e;
        }
    }

    /** What was read, or null when a read failed (the result is then not cached). */
    ClassFileProbe[] probes() {
        return failed ? null : probes.toArray(ClassFileProbe.NONE);
    }
}
