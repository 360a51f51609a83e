package com.acme.inventory.client;

/** A supplier API call failed after all retries. */
public class SupplierApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int lastStatus;

    public SupplierApiException(String message, int lastStatus, Throwable cause) {
        super(message, cause);
        this.lastStatus = lastStatus;
    }

    public int lastStatus() {
        return lastStatus;
    }
}
