package com.acme.inventory.db;

import com.acme.inventory.stock.StockItem;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Stock levels per SKU and warehouse ({@code stock_items}). */
public class StockItemRepository extends BaseRepository {

    private static final RowMapper<StockItem> STOCK_ITEM = (rs, rowNum) -> new StockItem(
            rs.getString("sku"),
            rs.getString("warehouse"),
            rs.getInt("on_hand"),
            rs.getInt("reserved"),
            rs.getInt("reorder_point"));

    public StockItemRepository(DataSource dataSource) {
        super(dataSource, 10);
    }

    public Optional<StockItem> find(String sku, String warehouse) {
        return queryForObject(
                "SELECT sku, warehouse, on_hand, reserved, reorder_point FROM stock_items WHERE sku = ? AND warehouse = ?",
                STOCK_ITEM, sku, warehouse);
    }

    public List<StockItem> findBelowReorderPoint() {
        return queryForList(
                "SELECT sku, warehouse, on_hand, reserved, reorder_point FROM stock_items "
                        + "WHERE on_hand - reserved <= reorder_point ORDER BY warehouse, sku",
                STOCK_ITEM);
    }

    /**
     * Atomically moves {@code quantity} units from available to reserved, if enough
     * stock is available.
     *
     * @return {@code true} if the reservation was made
     */
    public boolean reserve(String sku, String warehouse, int quantity) {
        return update("UPDATE stock_items SET reserved = reserved + ? "
                + "WHERE sku = ? AND warehouse = ? AND on_hand - reserved >= ?", quantity, sku, warehouse, quantity) == 1;
    }

    public boolean release(String sku, String warehouse, int quantity) {
        return update("UPDATE stock_items SET reserved = reserved - ? WHERE sku = ? AND warehouse = ? AND reserved >= ?",
                quantity, sku, warehouse, quantity) == 1;
    }

    /** Books a goods receipt and writes the movement journal in one transaction. */
    public void receive(String sku, String warehouse, int quantity, String deliveryNote) {
        inTransaction(connection -> {
            try (var increase = connection.prepareStatement(
                    "UPDATE stock_items SET on_hand = on_hand + ? WHERE sku = ? AND warehouse = ?");
                 var journal = connection.prepareStatement(
                         "INSERT INTO stock_movements (sku, warehouse, delta, reason) VALUES (?, ?, ?, ?)")) {
                increase.setInt(1, quantity);
                increase.setString(2, sku);
                increase.setString(3, warehouse);
                if (increase.executeUpdate() != 1) {
                    throw new IllegalStateException("unknown stock item " + sku + "@" + warehouse);
                }
                journal.setString(1, sku);
                journal.setString(2, warehouse);
                journal.setInt(3, quantity);
                journal.setString(4, "RECEIPT " + deliveryNote);
                journal.executeUpdate();
            }
            return null;
        });
    }
}
