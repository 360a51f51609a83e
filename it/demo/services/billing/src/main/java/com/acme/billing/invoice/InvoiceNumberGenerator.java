package com.acme.billing.invoice;

import java.time.LocalDate;
import java.util.function.IntToLongFunction;

/**
 * Produces legally compliant invoice numbers: gap-free per calendar year, with a
 * check digit so that typos in bank transfer references can be detected.
 * <p>
 * Format: {@code <prefix>-<yyyy>-<seq, 7 digits><check digit>}, e.g.
 * {@code AC-2024-00012345}. The check digit uses the ISO 7064 MOD 11-10 scheme,
 * which catches all single-digit errors and adjacent transpositions.
 */
public class InvoiceNumberGenerator {

    private final String prefix;
    private final IntToLongFunction sequence;

    /**
     * @param prefix   two-letter legal-entity prefix, e.g. {@code AC} for Acme Commerce GmbH
     * @param sequence returns the next gap-free sequence value for a year
     */
    public InvoiceNumberGenerator(String prefix, IntToLongFunction sequence) {
        if (prefix == null || !prefix.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("prefix must be two upper-case letters");
        }
        this.prefix = prefix;
        this.sequence = sequence;
    }

    public String next(LocalDate issueDate) {
        int year = issueDate.getYear();
        long value = sequence.applyAsLong(year);
        if (value <= 0 || value > 9_999_999L) {
            throw new IllegalStateException("invoice sequence for " + year + " out of range: " + value);
        }
        String digits = String.format("%07d", value);
        return prefix + "-" + year + "-" + digits + checkDigit(year + digits);
    }

    /** Verifies the check digit of a number produced by {@link #next(LocalDate)}. */
    public static boolean isValid(String invoiceNumber) {
        String[] parts = invoiceNumber == null ? new String[0] : invoiceNumber.split("-");
        if (parts.length != 3 || parts[2].length() != 8 || !parts[1].matches("\\d{4}") || !parts[2].matches("\\d{8}")) {
            return false;
        }
        String body = parts[2].substring(0, 7);
        return checkDigit(parts[1] + body) == parts[2].charAt(7) - '0';
    }

    /** ISO 7064 MOD 11-10 check digit over a string of decimal digits. */
    static int checkDigit(String digits) {
        int product = 10;
        for (int i = 0; i < digits.length(); i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (2 * sum) % 11;
        }
        return (11 - product) % 10;
    }
}
