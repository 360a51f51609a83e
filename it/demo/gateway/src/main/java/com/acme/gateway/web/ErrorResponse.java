package com.acme.gateway.web;

/**
 * HTTP status and JSON body to send for a failed request.
 *
 * @param status HTTP status code
 * @param body   JSON body, {@code application/json; charset=utf-8}
 */
public record ErrorResponse(int status, String body) {

    public boolean isServerError() {
        return status >= 500;
    }
}
