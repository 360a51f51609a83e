package com.acme.common.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An in-memory cache whose entries expire a fixed time after they were written. Thread-safe; a value is loaded at
 * most once per key while it is fresh.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAtMillis) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public ExpiringCache(Duration timeToLive, Clock clock) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("time to live must be positive: " + timeToLive);
        }
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The cached value of the key, loading and caching it when absent or expired. */
    public V get(K key, Function<? super K, ? extends V> loader) {
        long now = clock.millis();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.expiresAtMillis() <= now) {
            evict(key);
        }
        return entries.computeIfAbsent(key, k -> new Entry<>(loader.apply(k), now + timeToLive.toMillis())).value();
    }

    /** The cached value, if it is still fresh. */
    public Optional<V> getIfPresent(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.expiresAtMillis() <= clock.millis()) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    public void evict(K key) {
        entries.remove(key);
    }

    public void evictAll() {
        entries.clear();
    }
}
