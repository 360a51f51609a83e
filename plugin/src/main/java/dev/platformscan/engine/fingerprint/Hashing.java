package dev.platformscan.engine.fingerprint;

/** 64-bit hashing helpers (FNV-1a accumulation, SplitMix64 finalizer). */
public final class Hashing {
    public static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    public static long add(long hash, int value) {
        hash ^= value & 0xffff;
        hash *= FNV_PRIME;
        hash ^= value >>> 16;
        return hash * FNV_PRIME;
    }

    public static long add(long hash, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        hash ^= 0xff; // separator so "ab","c" differs from "a","bc"
        return hash * FNV_PRIME;
    }

    /** The same as {@code add(hash, text.subSequence(from, to))}, without the copy. */
    public static long add(long hash, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        hash ^= 0xff;
        return hash * FNV_PRIME;
    }

    /** SplitMix64 finalizer: spreads every input bit over the whole 64-bit result. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
