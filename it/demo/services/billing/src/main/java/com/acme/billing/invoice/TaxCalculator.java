package com.acme.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * VAT calculation for the countries we invoice in. Rates are the standard rates;
 * reduced rates for books and food are handled by the product catalogue and passed
 * in as a category.
 */
public class TaxCalculator {

    /** Product tax category as maintained in the catalogue. */
    public enum Category { STANDARD, REDUCED, ZERO }

    private static final Map<String, BigDecimal[]> RATES = Map.of(
            "DE", new BigDecimal[] {new BigDecimal("0.19"), new BigDecimal("0.07")},
            "AT", new BigDecimal[] {new BigDecimal("0.20"), new BigDecimal("0.10")},
            "NL", new BigDecimal[] {new BigDecimal("0.21"), new BigDecimal("0.09")},
            "FR", new BigDecimal[] {new BigDecimal("0.20"), new BigDecimal("0.055")});

    /**
     * Computes the VAT for a net amount.
     *
     * @param net          net amount
     * @param countryCode  ISO country of the delivery address
     * @param category     product tax category
     * @param reverseCharge {@code true} for EU B2B customers with a valid VAT id outside our country
     */
    public BigDecimal vat(BigDecimal net, String countryCode, Category category, boolean reverseCharge) {
        if (reverseCharge || category == Category.ZERO) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal[] rates = RATES.get(countryCode);
        if (rates == null) {
            throw new IllegalArgumentException("we do not invoice to " + countryCode);
        }
        BigDecimal rate = category == Category.REDUCED ? rates[1] : rates[0];
        return net.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    /** Splits a gross price into net and VAT, e.g. for prices shown tax-inclusive. */
    public BigDecimal[] splitGross(BigDecimal gross, String countryCode, Category category) {
        BigDecimal[] rates = RATES.get(countryCode);
        BigDecimal rate = category == Category.ZERO || rates == null ? BigDecimal.ZERO
                : category == Category.REDUCED ? rates[1] : rates[0];
        BigDecimal net = gross.divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_UP);
        return new BigDecimal[] {net, gross.subtract(net)};
    }
}
