package com.acme.orders.client;

import com.acme.orders.domain.Order;
import java.net.http.HttpResponse;

/**
 * Client of the payment provider's authorisation API, used at checkout.
 */
public class PaymentClient {

    private final RetryingHttpClient http;

    public PaymentClient(RetryingHttpClient http) {
        this.http = http;
    }

    /**
     * Requests an authorisation hold for the order total.
     *
     * @return the provider's authorisation id
     * @throws PaymentDeclinedException if the provider declines the payment
     */
    public String authorize(Order order, String paymentMethodToken) {
        String body = "{\"reference\":\"order-" + order.getId() + "\","
                + "\"amount\":\"" + order.getTotal().toPlainString() + "\","
                + "\"currency\":\"" + order.getCurrency() + "\","
                + "\"paymentMethod\":\"" + paymentMethodToken + "\"}";
        HttpResponse<String> response = http.send("POST", "/v2/authorizations", body);
        if (response.statusCode() == 402) {
            throw new PaymentDeclinedException("payment declined for order " + order.getId());
        }
        if (response.statusCode() != 201) {
            throw new HttpCallFailedException("unexpected status " + response.statusCode(), response.statusCode(), null);
        }
        return extractId(response.body());
    }

    private static String extractId(String json) {
        int key = json.indexOf("\"id\"");
        int start = json.indexOf('"', json.indexOf(':', key) + 1) + 1;
        return json.substring(start, json.indexOf('"', start));
    }

    /** The payment provider declined the authorisation. */
    public static class PaymentDeclinedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PaymentDeclinedException(String message) {
            super(message);
        }
    }
}
