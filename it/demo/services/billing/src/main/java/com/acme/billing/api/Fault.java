package com.acme.billing.api;

/**
 * Error reply of the billing API.
 *
 * @param status        HTTP status
 * @param body          JSON body
 * @param correlationId id also written to the log
 */
public record Fault(int status, String body, String correlationId) {
}
