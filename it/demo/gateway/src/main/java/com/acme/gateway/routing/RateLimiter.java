package com.acme.gateway.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client token bucket. Each client key (API key or remote address) gets
 * {@code capacity} tokens that refill continuously at {@code refillPerSecond}.
 */
public class RateLimiter {

    private final long capacity;
    private final double refillPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(long capacity, double refillPerSecond) {
        this(capacity, refillPerSecond, System::nanoTime);
    }

    RateLimiter(long capacity, double refillPerSecond, LongSupplier nanoTime) {
        if (capacity <= 0 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("capacity and refill rate must be positive");
        }
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one token for {@code clientKey}.
     *
     * @return {@code true} if the request may proceed, {@code false} if it should get a 429
     */
    public boolean tryAcquire(String clientKey) {
        Bucket bucket = buckets.computeIfAbsent(clientKey, k -> new Bucket(capacity, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            double refilled = (now - bucket.lastRefill) * refillPerNano;
            bucket.tokens = Math.min(capacity, bucket.tokens + refilled);
            bucket.lastRefill = now;
            if (bucket.tokens >= 1d) {
                bucket.tokens -= 1d;
                return true;
            }
            return false;
        }
    }

    /** Seconds until the next token is available, for the {@code Retry-After} header. */
    public long retryAfterSeconds(String clientKey) {
        Bucket bucket = buckets.get(clientKey);
        if (bucket == null) {
            return 0;
        }
        synchronized (bucket) {
            double missing = 1d - bucket.tokens;
            return missing <= 0 ? 0 : (long) Math.ceil(missing / refillPerNano / 1_000_000_000d);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long lastRefill;

        private Bucket(double tokens, long lastRefill) {
            this.tokens = tokens;
            this.lastRefill = lastRefill;
        }
    }
}
