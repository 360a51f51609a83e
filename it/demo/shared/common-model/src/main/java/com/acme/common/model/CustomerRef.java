package com.acme.common.model;

/**
 * Reference to a customer as it travels between services: the id issued by the
 * users service plus the display name cached at the time of the reference.
 *
 * @param customerId  stable customer id
 * @param displayName name shown on documents; may be stale
 * @param email       contact e-mail at the time of the reference
 */
public record CustomerRef(long customerId, String displayName, String email) {

    public CustomerRef {
        if (customerId <= 0) {
            throw new IllegalArgumentException("customerId must be positive");
        }
    }

    /** Masks the local part of the e-mail for logs, e.g. {@code j***@example.com}. */
    public String maskedEmail() {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 1) {
            return "***" + (at < 0 ? "" : email.substring(at));
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
