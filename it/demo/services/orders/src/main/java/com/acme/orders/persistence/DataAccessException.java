package com.acme.orders.persistence;

/** Unchecked wrapper for JDBC failures in the orders DAOs. */
public class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
