package dev.platformscan.engine.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * A class file the parser looked up while parsing a source file, as it was then: absent, or its size,
 * modification time and content hash. Size and time are only a shortcut; when the time differs (the
 * module was compiled again) the content decides, so a rebuild that produces the same bytes keeps the entry.
 *
 * @param binaryName   "com/x/Outer$Inner"
 * @param size         bytes, or -1 when there was no such class file
 * @param lastModified modification time in nanoseconds since the epoch (as precise as the file system keeps it)
 * @param contentHash  SHA-256 of its bytes (empty when absent)
 */
record ClassFileProbe(String binaryName, long size, long lastModified, byte[] contentHash) {

    static final ClassFileProbe[] NONE = new ClassFileProbe[0];

    static ClassFileProbe absent(String binaryName) {
        return new ClassFileProbe(binaryName, -1, 0, new byte[0]);
    }

    boolean isAbsent() {
        return size < 0;
    }

    static Path file(Path classesDirectory, String binaryName) {
        return classesDirectory.resolve(binaryName + ".class");
    }

    /** The attributes of a regular file, or null when there is none at that path. */
    static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? attributes : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    static long nanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /**
     * This probe checked against the class file now: itself when unchanged, a copy with the new time when
     * only the time changed, or null when the class file changed (or cannot be read).
     */
    ClassFileProbe recheck(Path classesDirectory) {
        Path file = file(classesDirectory, binaryName);
        try {
            BasicFileAttributes now = attributes(file);
            if (now == null || isAbsent()) {
                return now == null && isAbsent() ? this : null;
            }
            if (now.size() != size) {
                return null;
            }
            if (nanos(now) == lastModified) {
                return this;
            }
            byte[] content = Files.readAllBytes(file);
            return Arrays.equals(ContentHash.of(content), contentHash)
                    ? new ClassFileProbe(binaryName, size, nanos(now), contentHash) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
