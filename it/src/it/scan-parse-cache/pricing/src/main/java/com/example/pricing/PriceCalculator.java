package com.example.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

public class PriceCalculator {

    public BigDecimal total(List<Map<String, Object>> lines, BigDecimal taxRate, String couponCode) {
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Map<String, Object> line : lines) {
            BigDecimal unitPrice = (BigDecimal) line.get("price");
            int quantity = (Integer) line.get("quantity");
            if (quantity <= 0) {
                continue;
            }
            subtotal = subtotal.add(unitPrice.multiply(BigDecimal.valueOf(quantity)));
        }
        BigDecimal discount = BigDecimal.ZERO;
        if (couponCode != null && couponCode.startsWith("SAVE")) {
            int percent = Integer.parseInt(couponCode.substring(4));
            discount = subtotal.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        BigDecimal taxed = subtotal.subtract(discount).multiply(BigDecimal.ONE.add(taxRate));
        return taxed.setScale(2, RoundingMode.HALF_EVEN);
    }
}
