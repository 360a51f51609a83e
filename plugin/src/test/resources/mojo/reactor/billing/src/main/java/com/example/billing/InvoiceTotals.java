package com.example.billing;

import java.util.List;
import java.util.Map;

/** Billing's own copy of the totals loop (the shipping module has the same one). */
public class InvoiceTotals {

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
