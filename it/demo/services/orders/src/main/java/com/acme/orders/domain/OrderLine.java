package com.acme.orders.domain;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param sku       stock keeping unit
 * @param quantity  ordered quantity, at least 1
 * @param unitPrice gross unit price at the time of ordering
 */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {

    public OrderLine {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }

    public BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
