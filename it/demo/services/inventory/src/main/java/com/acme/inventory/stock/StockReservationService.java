package com.acme.inventory.stock;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides from which warehouses an order line is served.
 * <p>
 * Preference order: (1) a single warehouse that can serve the whole quantity,
 * preferring the customer's home region; (2) a split across as few warehouses as
 * possible, largest availability first. Splits are only allowed for non-bulky items
 * because bulky items ship by freight carrier from one location.
 */
public class StockReservationService {

    private static final Duration HOLD = Duration.ofMinutes(30);

    private final Clock clock;
    private final Map<String, String> warehouseRegion;

    /**
     * @param clock           clock for hold expiry
     * @param warehouseRegion region code per warehouse, e.g. {@code DUS1 -> DE-W}
     */
    public StockReservationService(Clock clock, Map<String, String> warehouseRegion) {
        this.clock = clock;
        this.warehouseRegion = Map.copyOf(warehouseRegion);
    }

    /**
     * Plans a reservation.
     *
     * @param orderId        order to reserve for
     * @param sku            SKU of the line
     * @param quantity       requested quantity
     * @param customerRegion region of the delivery address
     * @param candidates     current stock of {@code sku} in all warehouses
     * @return the planned reservation, or empty if the quantity cannot be served
     */
    public Optional<Reservation> plan(long orderId, String sku, int quantity, String customerRegion,
                                      List<StockItem> candidates) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        List<StockItem> usable = new ArrayList<>();
        for (StockItem item : candidates) {
            if (item.sku().equals(sku) && item.available() > 0) {
                usable.add(item);
            }
        }
        Comparator<StockItem> homeFirst = Comparator.comparing(
                (StockItem item) -> !customerRegion.equals(warehouseRegion.get(item.warehouse())));
        Optional<StockItem> single = usable.stream()
                .filter(item -> item.available() >= quantity)
                .min(homeFirst.thenComparing(StockItem::available));
        if (single.isPresent()) {
            return Optional.of(reservation(orderId, sku, Map.of(single.get().warehouse(), quantity)));
        }
        if (sku.startsWith("BULK-")) {
            return Optional.empty();
        }
        usable.sort(Comparator.comparingInt(StockItem::available).reversed());
        Map<String, Integer> allocations = new LinkedHashMap<>();
        int remaining = quantity;
        for (StockItem item : usable) {
            int take = Math.min(remaining, item.available());
            allocations.put(item.warehouse(), take);
            remaining -= take;
            if (remaining == 0) {
                return Optional.of(reservation(orderId, sku, allocations));
            }
        }
        return Optional.empty();
    }

    private Reservation reservation(long orderId, String sku, Map<String, Integer> allocations) {
        return new Reservation(orderId, sku, Map.copyOf(allocations), clock.instant().plus(HOLD));
    }
}
