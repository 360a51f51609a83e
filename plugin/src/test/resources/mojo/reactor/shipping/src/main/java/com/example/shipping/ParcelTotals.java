package com.example.shipping;

import java.util.List;
import java.util.Map;

/** Shipping copied the totals loop from billing. */
public class ParcelTotals {

    public record Line(String sku, long unitCents, int quantity) {
    }

    public long totalCents(List<Line> lines, Map<String, Integer> discounts) {
        long total = 0;
        for (Line line : lines) {
            int percent = discounts.getOrDefault(line.sku(), 0);
            long price = line.unitCents() * line.quantity();
            total += price - price * percent / 100;
        }
        if (total < 0) {
            throw new IllegalStateException("negative total " + total);
        }
        return total;
    }
}
