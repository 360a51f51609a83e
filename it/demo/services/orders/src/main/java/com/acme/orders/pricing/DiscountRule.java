package com.acme.orders.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A promotion configured by merchandising.
 *
 * @param code           voucher code, or {@code null} for automatic promotions
 * @param skuPrefix      applies to lines whose SKU starts with this prefix; empty for all
 * @param percentOff     percentage discount, 0-100
 * @param minOrderValue  minimum gross order value for the rule to apply
 * @param validFrom      first day the rule applies
 * @param validUntil     last day the rule applies
 */
public record DiscountRule(String code, String skuPrefix, BigDecimal percentOff, BigDecimal minOrderValue,
                           LocalDate validFrom, LocalDate validUntil) {

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public boolean appliesTo(String sku) {
        return skuPrefix == null || skuPrefix.isEmpty() || sku.startsWith(skuPrefix);
    }
}
