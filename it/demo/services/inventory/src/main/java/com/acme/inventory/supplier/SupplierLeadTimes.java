package com.acme.inventory.supplier;

import com.acme.common.cache.ExpiringCache;

import java.time.Clock;
import java.time.Duration;
import java.util.function.ToIntFunction;

/** How many days a supplier needs to deliver, asked of the supplier's API at most once an hour per supplier. */
public class SupplierLeadTimes {

    private final ExpiringCache<String, Integer> daysBySupplier = new ExpiringCache<>(Duration.ofHours(1), Clock.systemUTC());
    private final ToIntFunction<String> supplierApi;

    public SupplierLeadTimes(ToIntFunction<String> supplierApi) {
        this.supplierApi = supplierApi;
    }

    public int leadTimeDays(String supplierId) {
        int days = daysBySupplier.get(supplierId, supplierApi::applyAsInt);
        if (days < 0) {
            throw new IllegalStateException("supplier " + supplierId + " reported a negative lead time: " + days);
        }
        return days;
    }
}
