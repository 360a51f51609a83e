package dev.platformscan.engine.cache;

import dev.platformscan.engine.scan.SourceFile;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One source file in the cache: what its parse result depends on, and the result as bytes
 * ({@link ParsedFileCodec}), decoded only when the file turns out unchanged.
 *
 * @param relativePath  the file, relative to the execution root
 * @param contentHash   SHA-256 of the bytes that were parsed
 * @param charset       the module's source encoding
 * @param languageLevel the module's Java release, or null
 * @param test          from a test source root
 * @param compiled      the parser had a classes directory to read bytecode from
 * @param classFiles    the class files the parser looked up, as they were
 * @param payload       the encoded parse result
 */
record CacheEntry(String relativePath, byte[] contentHash, String charset, String languageLevel, boolean test,
                  boolean compiled, ClassFileProbe[] classFiles, byte[] payload) {

    /** True when the file as the scan sees it now is the file this entry was made from (class files aside). */
    boolean matches(SourceFile file, byte[] hash) {
        return Arrays.equals(contentHash, hash) && charset.equals(file.charset().name())
                && Objects.equals(languageLevel, file.languageLevel()) && test == file.test()
                && compiled == (file.classesDirectory() != null);
    }

    /**
     * The entry with its class files checked against {@code classesDirectory}: itself, a copy with refreshed
     * times, or null when a class file changed.
     */
    CacheEntry recheckClassFiles(Path classesDirectory) {
        ClassFileProbe[] now = classFiles;
        for (int i = 0; i < classFiles.length; i++) {
            ClassFileProbe probe = classFiles[i].recheck(classesDirectory);
            if (probe == null) {
                return null;
            }
            if (probe != classFiles[i]) {
                if (now == classFiles) {
                    now = classFiles.clone();
                }
                now[i] = probe;
            }
        }
        return now == classFiles ? this
                : new CacheEntry(relativePath, contentHash, charset, languageLevel, test, compiled, now, payload);
    }

    void writeKey(BinaryOutput out) {
        out.writeString(relativePath);
        out.writeBytes(contentHash);
        out.writeString(charset);
        out.writeNullableString(languageLevel);
        out.writeBoolean(test);
        out.writeBoolean(compiled);
        out.writeInt(classFiles.length);
        for (ClassFileProbe probe : classFiles) {
            out.writeString(probe.binaryName());
            out.writeLong(probe.size());
            out.writeLong(probe.lastModified());
            out.writeBytes(probe.contentHash());
        }
    }

    static CacheEntry readKey(BinaryInput in, byte[] payload) {
        String relativePath = in.readString();
        byte[] contentHash = in.readBytes();
        String charset = in.readString();
        String languageLevel = in.readNullableString();
        boolean test = in.readBoolean();
        boolean compiled = in.readBoolean();
        ClassFileProbe[] classFiles = new ClassFileProbe[in.readCount(24)];
        for (int i = 0; i < classFiles.length; i++) {
            classFiles[i] = new ClassFileProbe(in.readString(), in.readLong(), in.readLong(), in.readBytes());
        }
        if (!in.atEnd()) {
            throw new CorruptCacheException("entry key has trailing bytes");
        }
        return new CacheEntry(relativePath, contentHash, charset, languageLevel, test, compiled, classFiles, payload);
    }
}
