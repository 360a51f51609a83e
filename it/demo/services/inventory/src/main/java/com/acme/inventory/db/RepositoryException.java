package com.acme.inventory.db;

/** Raised when an inventory repository cannot talk to the database. */
public class RepositoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
