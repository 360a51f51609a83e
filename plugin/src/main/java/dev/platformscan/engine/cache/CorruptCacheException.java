package dev.platformscan.engine.cache;

/** The cache file or one of its entries does not hold what the format says; the cache is not used. */
final class CorruptCacheException extends RuntimeException {

    CorruptCacheException(String message) {
        super(message);
    }
}
