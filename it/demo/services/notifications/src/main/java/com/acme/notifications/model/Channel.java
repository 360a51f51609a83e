package com.acme.notifications.model;

/** Delivery channel of a notification. */
public enum Channel {
    EMAIL(998 * 1024),
    SMS(160 * 3),
    PUSH(4 * 1024),
    WEBHOOK(256 * 1024);

    private final int maxBodyLength;

    Channel(int maxBodyLength) {
        this.maxBodyLength = maxBodyLength;
    }

    /** Upper bound for the rendered body, after which the dispatcher truncates. */
    public int maxBodyLength() {
        return maxBodyLength;
    }
}
