package com.acme.users.auth;

/**
 * Login was refused. The message is generic on purpose (see OWASP ASVS 2.2) and
 * never reveals whether the username exists.
 */
public class AuthenticationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
