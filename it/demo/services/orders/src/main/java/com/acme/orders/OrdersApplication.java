package com.acme.orders;

import com.acme.orders.domain.Order;
import com.acme.orders.domain.OrderLine;
import com.acme.orders.pricing.DiscountRule;
import com.acme.orders.pricing.OrderPricingService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Local launcher of the orders service. Prices a sample basket so that a developer
 * can check the pricing configuration without a database.
 */
public final class OrdersApplication {

    private OrdersApplication() {
    }

    public static void main(String[] args) {
        Order basket = new Order();
        basket.setCurrency("EUR");
        basket.setPlacedAt(Instant.now());
        basket.setLines(List.of(
                new OrderLine("SHOE-1001", 1, new BigDecimal("59.90")),
                new OrderLine("SOCK-2001", 3, new BigDecimal("4.99"))));
        LocalDate today = LocalDate.now();
        List<DiscountRule> promotions = List.of(
                new DiscountRule(null, "SOCK-", new BigDecimal("20"), BigDecimal.ZERO, today.minusDays(1), today.plusDays(7)),
                new DiscountRule("WELCOME10", "", BigDecimal.TEN, new BigDecimal("30"), today.minusDays(30), today.plusDays(30)));
        BigDecimal total = new OrderPricingService().price(basket, promotions, args.length > 0 ? args[0] : null, today);
        System.out.println("Sample basket total: " + total + " " + basket.getCurrency());
    }
}
