package com.acme.gateway.security;

/**
 * Thrown when a bearer token cannot be trusted. The message is safe to log but must
 * not be returned to the caller verbatim.
 */
public class TokenValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokenValidationException(String message) {
        super(message);
    }

    public TokenValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
