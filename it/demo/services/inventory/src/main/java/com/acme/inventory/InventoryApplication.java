package com.acme.inventory;

import com.acme.inventory.stock.StockItem;
import com.acme.inventory.stock.StockReservationService;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Local launcher of the inventory service. Runs the reservation planner against a
 * fixed stock snapshot; the supplier sync is started by the scheduler, not here.
 */
public final class InventoryApplication {

    private InventoryApplication() {
    }

    public static void main(String[] args) {
        StockReservationService planner = new StockReservationService(Clock.systemUTC(),
                Map.of("DUS1", "DE-W", "BER2", "DE-E", "VIE1", "AT"));
        List<StockItem> snapshot = List.of(
                new StockItem("SHOE-1001", "DUS1", 4, 1, 2),
                new StockItem("SHOE-1001", "BER2", 10, 0, 2),
                new StockItem("SHOE-1001", "VIE1", 2, 2, 1));
        int quantity = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        planner.plan(4711L, "SHOE-1001", quantity, "DE-W", snapshot)
                .ifPresentOrElse(
                        r -> System.out.println("reserve " + r.allocations() + " until " + r.expiresAt()),
                        () -> System.out.println("cannot serve " + quantity + " x SHOE-1001"));
    }
}
