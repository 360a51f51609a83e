package com.acme.gateway.web;

/**
 * An error raised deliberately by gateway code, carrying the HTTP status and the
 * machine-readable error code to return.
 */
public class GatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public GatewayException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
