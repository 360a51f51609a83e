package com.acme.orders.client;

/** A downstream HTTP call failed permanently. */
public class HttpCallFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpCallFailedException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** Last HTTP status received, or -1 if no response was received. */
    public int status() {
        return status;
    }
}
