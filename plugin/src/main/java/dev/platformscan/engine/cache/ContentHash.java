package dev.platformscan.engine.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of file contents: what decides that a cached file is the file on disk. */
final class ContentHash {
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ContentHash::newDigest);

    private ContentHash() {
    }

    static byte[] of(byte[] content) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return digest.digest(content);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
