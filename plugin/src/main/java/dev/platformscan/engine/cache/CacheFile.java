package dev.platformscan.engine.cache;

import dev.platformscan.engine.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The cache on disk, one binary file:
 * <pre>
 * header  magic "PSPC", format version, body length (long), CRC32C of the body   (20 bytes)
 * body    cache key (modified UTF-8), entry count,
 *         per entry: key length, key ({@link CacheEntry}), payload length, payload ({@link ParsedFileCodec})
 * </pre>
 * The body is read as a stream and checked against the header's length and checksum before any entry
 * is used; it is written to a temporary file that is moved into place, so a reader never sees half a file.
 */
final class CacheFile {
    static final int MAGIC = 0x50535043; // "PSPC"
    /**
     * Bump when the layout of the file or of an entry changes. 2: units carry the literal flag and may be
     * interfaces (issue 14). 7: literal codes leave out {@code Object} and {@code @SuppressWarnings(...)}. 8: a
     * declaration is compared only when it is more than its type's annotations.
     */
    static final int FORMAT_VERSION = 9;
    static final int HEADER_BYTES = 20;
    private static final int BUFFER = 1 << 16;

    private CacheFile() {
    }

    /**
     * The entries by relative path, or null when the file was made by another format, version or
     * configuration (its key differs).
     *
     * @throws IOException           when the file cannot be read
     * @throws CorruptCacheException when it is not a whole, intact cache file
     */
    static Map<String, CacheEntry> read(Path file, String key) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new CorruptCacheException("the file is empty");
        }
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] headerBytes = raw.readNBytes(HEADER_BYTES);
            ByteBuffer header = ByteBuffer.wrap(headerBytes);
            if (headerBytes.length < 4 || header.getInt() != MAGIC) {
                throw new CorruptCacheException("not a platform-scan cache file");
            }
            if (headerBytes.length < HEADER_BYTES) {
                throw new CorruptCacheException("truncated header");
            }
            if (header.getInt() != FORMAT_VERSION) {
                return null;
            }
            long bodyLength = header.getLong();
            int checksum = header.getInt();
            if (bodyLength != size - HEADER_BYTES) {
                throw new CorruptCacheException("truncated or extended: the header says " + (bodyLength + HEADER_BYTES)
                        + " bytes, the file has " + size);
            }
            CRC32C crc = new CRC32C();
            DataInputStream body = new DataInputStream(new BufferedInputStream(new CheckedInputStream(raw, crc), BUFFER));
            Map<String, CacheEntry> entries;
            try {
                if (!body.readUTF().equals(key)) {
                    return null;
                }
                int count = body.readInt();
                if (count < 0 || count > bodyLength / 8) {
                    throw new CorruptCacheException("invalid entry count " + count);
                }
                entries = new HashMap<>(Math.min(count, 1 << 16) * 2);
                long left = bodyLength;
                for (int i = 0; i < count; i++) {
                    byte[] entryKey = readBlock(body, left);
                    left -= entryKey.length;
                    byte[] payload = readBlock(body, left);
                    left -= payload.length;
                    CacheEntry entry = CacheEntry.readKey(new BinaryInput(entryKey), payload);
                    entries.put(entry.relativePath(), entry);
                }
                if (body.read() >= 0) {
                    throw new CorruptCacheException("bytes after the last entry");
                }
            } catch (EOFException e) {
                throw new CorruptCacheException("ends in the middle of an entry");
            }
            if ((int) crc.getValue() != checksum) {
                throw new CorruptCacheException("checksum mismatch");
            }
            return entries;
        }
    }

    private static byte[] readBlock(DataInputStream in, long left) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > left) {
            throw new CorruptCacheException("invalid entry length " + length);
        }
        byte[] block = new byte[length];
        in.readFully(block);
        return block;
    }

    /** Writes the entries (in the given order) to a temporary file next to {@code file}, then moves it into place. */
    static void write(Path file, String key, Collection<CacheEntry> entries) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.allocate(HEADER_BYTES), 0); // header written once the body is known
                channel.position(HEADER_BYTES);
                CRC32C crc = new CRC32C();
                DataOutputStream body = new DataOutputStream(new BufferedOutputStream(
                        new CheckedOutputStream(Channels.newOutputStream(channel), crc), BUFFER));
                body.writeUTF(key);
                body.writeInt(entries.size());
                for (CacheEntry entry : entries) {
                    BinaryOutput entryKey = new BinaryOutput(128);
                    entry.writeKey(entryKey);
                    byte[] keyBytes = entryKey.toByteArray();
                    body.writeInt(keyBytes.length);
                    body.write(keyBytes);
                    body.writeInt(entry.payload().length);
                    body.write(entry.payload());
                }
                body.flush();
                long bodyLength = channel.position() - HEADER_BYTES;
                ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putInt(MAGIC).putInt(FORMAT_VERSION)
                        .putLong(bodyLength).putInt((int) crc.getValue()).flip();
                while (header.hasRemaining()) {
                    channel.write(header, header.position());
                }
            }
            AtomicFiles.moveIntoPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
