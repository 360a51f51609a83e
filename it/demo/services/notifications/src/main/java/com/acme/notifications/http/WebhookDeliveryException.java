package com.acme.notifications.http;

/** A webhook could not be delivered; the event goes to the dead-letter queue. */
public class WebhookDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int lastCode;

    public WebhookDeliveryException(String message, int lastCode, Throwable cause) {
        super(message, cause);
        this.lastCode = lastCode;
    }

    public int lastCode() {
        return lastCode;
    }
}
