package dev.platformscan.engine.cache;

import java.util.Arrays;

/**
 * A growable big-endian byte buffer for cache entries (no locking, unlike the JDK's byte streams).
 * Strings keep every char, lone surrogates included: a char count, then each char in one to three
 * bytes as modified UTF-8 encodes it.
 */
final class BinaryOutput {
    private byte[] bytes;
    private int size;

    BinaryOutput(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    void writeInt(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    void writeDouble(double value) {
        writeLong(Double.doubleToRawLongBits(value));
    }

    void writeBytes(byte[] value) {
        writeInt(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    void writeInts(int[] values) {
        writeInt(values.length);
        for (int value : values) {
            writeInt(value);
        }
    }

    void writeLongs(long[] values) {
        writeInt(values.length);
        for (long value : values) {
            writeLong(value);
        }
    }

    void writeString(String value) {
        int length = value.length();
        writeInt(length);
        ensure(3 * length);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x01 && c <= 0x7f) {
                bytes[size++] = (byte) c;
            } else if (c <= 0x7ff) {
                bytes[size++] = (byte) (0xc0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3f));
            } else {
                bytes[size++] = (byte) (0xe0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                bytes[size++] = (byte) (0x80 | (c & 0x3f));
            }
        }
    }

    /** A string that may be null. */
    void writeNullableString(String value) {
        writeBoolean(value != null);
        if (value != null) {
            writeString(value);
        }
    }
}
