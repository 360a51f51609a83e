package com.acme.users.auth;

/** The presented access token was rejected. */
public class InvalidTokenException extends SecurityException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
