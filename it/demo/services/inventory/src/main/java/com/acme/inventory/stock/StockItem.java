package com.acme.inventory.stock;

/**
 * Stock of one SKU in one warehouse.
 *
 * @param sku          stock keeping unit
 * @param warehouse    warehouse code, e.g. {@code DUS1}
 * @param onHand       physically present units
 * @param reserved     units reserved for open orders
 * @param reorderPoint available quantity at which purchasing is triggered
 */
public record StockItem(String sku, String warehouse, int onHand, int reserved, int reorderPoint) {

    public int available() {
        return Math.max(0, onHand - reserved);
    }

    public boolean needsReorder() {
        return available() <= reorderPoint;
    }
}
