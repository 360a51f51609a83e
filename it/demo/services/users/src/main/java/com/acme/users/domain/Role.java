package com.acme.users.domain;

/** Roles a customer account can hold. */
public enum Role {
    CUSTOMER,
    /** Business customer allowed to order on invoice. */
    B2B_BUYER,
    /** Customer-care agent acting on behalf of customers. */
    SUPPORT_AGENT,
    ADMIN;

    public boolean isStaff() {
        return this == SUPPORT_AGENT || this == ADMIN;
    }
}
