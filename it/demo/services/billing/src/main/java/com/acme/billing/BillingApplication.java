package com.acme.billing;

import com.acme.billing.invoice.InvoiceNumberGenerator;
import com.acme.billing.invoice.TaxCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Local launcher of the billing service: issues a few invoice numbers and prints a
 * VAT calculation so that configuration mistakes show up before deployment.
 */
public final class BillingApplication {

    private BillingApplication() {
    }

    public static void main(String[] args) {
        AtomicLong counter = new AtomicLong(args.length > 0 ? Long.parseLong(args[0]) : 0);
        InvoiceNumberGenerator numbers = new InvoiceNumberGenerator("AC", year -> counter.incrementAndGet());
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 3; i++) {
            String number = numbers.next(today);
            System.out.println(number + " valid=" + InvoiceNumberGenerator.isValid(number));
        }
        BigDecimal vat = new TaxCalculator().vat(new BigDecimal("100.00"), "DE", TaxCalculator.Category.STANDARD, false);
        System.out.println("VAT on 100.00 EUR (DE, standard): " + vat);
    }
}
