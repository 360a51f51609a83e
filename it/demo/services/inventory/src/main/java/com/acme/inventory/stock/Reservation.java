package com.acme.inventory.stock;

import java.time.Instant;
import java.util.Map;

/**
 * Stock held for an order until it is picked or the hold expires.
 *
 * @param orderId     order the stock is held for
 * @param allocations quantity per warehouse
 * @param expiresAt   when the hold is released automatically
 */
public record Reservation(long orderId, String sku, Map<String, Integer> allocations, Instant expiresAt) {

    public int totalQuantity() {
        return allocations.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isSplit() {
        return allocations.size() > 1;
    }
}
