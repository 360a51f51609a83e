package com.acme.billing.data;

/** A database operation of the billing service failed. */
public class BillingDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BillingDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
