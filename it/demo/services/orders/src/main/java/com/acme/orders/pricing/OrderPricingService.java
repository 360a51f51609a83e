package com.acme.orders.pricing;

import com.acme.orders.domain.Order;
import com.acme.orders.domain.OrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Computes the payable total of an order: line totals, the single best promotion
 * per line (promotions never stack), the order-level voucher and shipping.
 * <p>
 * Shipping is free from {@link #FREE_SHIPPING_THRESHOLD} upwards, otherwise a flat
 * fee; bulky items ({@code BULK-} SKUs) always pay the bulky surcharge.
 */
public class OrderPricingService {

    static final BigDecimal FREE_SHIPPING_THRESHOLD = new BigDecimal("49.00");
    static final BigDecimal SHIPPING_FEE = new BigDecimal("4.95");
    static final BigDecimal BULKY_SURCHARGE = new BigDecimal("29.00");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Prices an order and stores the result in {@link Order#setTotal(BigDecimal)}.
     *
     * @param order       the order to price
     * @param promotions  promotions currently configured
     * @param voucherCode voucher entered by the customer, or {@code null}
     * @param today       pricing date
     * @return the payable total
     */
    public BigDecimal price(Order order, List<DiscountRule> promotions, String voucherCode, LocalDate today) {
        BigDecimal gross = BigDecimal.ZERO;
        for (OrderLine line : order.getLines()) {
            gross = gross.add(line.lineTotal());
        }
        BigDecimal discounted = BigDecimal.ZERO;
        boolean bulky = false;
        for (OrderLine line : order.getLines()) {
            BigDecimal best = BigDecimal.ZERO;
            for (DiscountRule rule : promotions) {
                if (rule.code() == null && rule.isActiveOn(today) && rule.appliesTo(line.sku())
                        && gross.compareTo(rule.minOrderValue()) >= 0) {
                    best = best.max(rule.percentOff());
                }
            }
            BigDecimal factor = HUNDRED.subtract(best).divide(HUNDRED, 4, RoundingMode.HALF_EVEN);
            discounted = discounted.add(line.lineTotal().multiply(factor));
            bulky |= line.sku().startsWith("BULK-");
        }
        if (voucherCode != null) {
            for (DiscountRule rule : promotions) {
                if (voucherCode.equalsIgnoreCase(rule.code()) && rule.isActiveOn(today)
                        && discounted.compareTo(rule.minOrderValue()) >= 0) {
                    discounted = discounted.multiply(HUNDRED.subtract(rule.percentOff()))
                            .divide(HUNDRED, 4, RoundingMode.HALF_EVEN);
                    break;
                }
            }
        }
        BigDecimal shipping = discounted.compareTo(FREE_SHIPPING_THRESHOLD) >= 0 ? BigDecimal.ZERO : SHIPPING_FEE;
        if (bulky) {
            shipping = shipping.add(BULKY_SURCHARGE);
        }
        BigDecimal total = discounted.add(shipping).setScale(2, RoundingMode.HALF_EVEN);
        order.setTotal(total);
        return total;
    }
}
