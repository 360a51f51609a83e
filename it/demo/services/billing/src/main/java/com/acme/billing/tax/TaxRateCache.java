package com.acme.billing.tax;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Tax rates per country, fetched from the tax service and kept for a day. Billing's own cache: written before the
 * shared one existed.
 */
public class TaxRateCache {

    private static final long ONE_DAY_MILLIS = 24L * 60 * 60 * 1000;

    private final Map<String, BigDecimal> rates = new ConcurrentHashMap<>();
    private final Map<String, Long> fetchedAt = new ConcurrentHashMap<>();
    private final Function<String, BigDecimal> taxService;

    public TaxRateCache(Function<String, BigDecimal> taxService) {
        this.taxService = taxService;
    }

    public BigDecimal rateFor(String countryCode) {
        Long fetched = fetchedAt.get(countryCode);
        if (fetched != null && System.currentTimeMillis() - fetched > ONE_DAY_MILLIS) {
            invalidate(countryCode);
        }
        return rates.computeIfAbsent(countryCode, code -> {
            fetchedAt.put(code, System.currentTimeMillis());
            return taxService.apply(code);
        });
    }

    public void invalidate(String countryCode) {
        rates.remove(countryCode);
        fetchedAt.remove(countryCode);
    }
}
