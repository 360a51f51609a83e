package dev.platformscan.engine.cache;

/**
 * Reads what {@link BinaryOutput} wrote. Every length is checked against the bytes left, so a damaged
 * entry fails with {@link CorruptCacheException} instead of allocating what a wrong length asks for.
 */
final class BinaryInput {
    private final byte[] bytes;
    private int position;

    BinaryInput(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean atEnd() {
        return position == bytes.length;
    }

    private void need(long count) {
        if (count < 0 || count > bytes.length - position) {
            throw new CorruptCacheException("entry ends early (needs " + count + " more bytes, "
                    + (bytes.length - position) + " left)");
        }
    }

    int readByte() {
        need(1);
        return bytes[position++] & 0xff;
    }

    boolean readBoolean() {
        int value = readByte();
        if (value > 1) {
            throw new CorruptCacheException("invalid boolean " + value);
        }
        return value == 1;
    }

    int readInt() {
        need(4);
        int value = ((bytes[position] & 0xff) << 24) | ((bytes[position + 1] & 0xff) << 16)
                | ((bytes[position + 2] & 0xff) << 8) | (bytes[position + 3] & 0xff);
        position += 4;
        return value;
    }

    /** A count of things that take at least {@code minBytesEach} bytes each. */
    int readCount(int minBytesEach) {
        int count = readInt();
        need((long) count * minBytesEach);
        return count;
    }

    long readLong() {
        return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
    }

    double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    byte[] readBytes() {
        int length = readCount(1);
        byte[] value = java.util.Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    int[] readInts() {
        int[] values = new int[readCount(4)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readInt();
        }
        return values;
    }

    long[] readLongs() {
        long[] values = new long[readCount(8)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readLong();
        }
        return values;
    }

    String readString() {
        int length = readCount(1);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int first = readByte();
            if (first < 0x80) {
                chars[i] = (char) first;
            } else if ((first & 0xe0) == 0xc0) {
                chars[i] = (char) (((first & 0x1f) << 6) | continuation());
            } else if ((first & 0xf0) == 0xe0) {
                chars[i] = (char) (((first & 0x0f) << 12) | (continuation() << 6) | continuation());
            } else {
                throw new CorruptCacheException("invalid character encoding");
            }
        }
        return new String(chars);
    }

    private int continuation() {
        int next = readByte();
        if ((next & 0xc0) != 0x80) {
            throw new CorruptCacheException("invalid character encoding");
        }
        return next & 0x3f;
    }

    String readNullableString() {
        return readBoolean() ? readString() : null;
    }
}
