package com.acme.notifications.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Delivers webhook events to subscriber endpoints (marketplace partners, ERP
 * connectors).
 * <p>
 * Transient failures (I/O errors, 5xx) are retried with exponential backoff plus
 * jitter; the subscriber's access token is sent as a bearer token.
 */
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    private final HttpClient client;
    private final URI endpointBase;
    private final Supplier<String> credentials;
    private final int maxTries;
    private final Duration firstDelay;
    private final Duration delayCap;
    private final Duration timeout;

    public WebhookSender(URI endpointBase, Supplier<String> credentials) {
        this(endpointBase, credentials, 5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(15));
    }

    public WebhookSender(URI endpointBase, Supplier<String> credentials, int maxTries,
                         Duration firstDelay, Duration delayCap, Duration timeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.endpointBase = endpointBase;
        this.credentials = credentials;
        this.maxTries = maxTries;
        this.firstDelay = firstDelay;
        this.delayCap = delayCap;
        this.timeout = timeout;
    }

    /**
     * Delivers one event.
     *
     * @param verb    HTTP method, normally POST
     * @param target  subscriber path relative to the endpoint base
     * @param payload event JSON, or {@code null}
     * @return the subscriber's response (never a 5xx)
     * @throws WebhookDeliveryException when every try failed
     */
    public HttpResponse<String> deliver(String verb, String target, String payload) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpointBase.resolve(target))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + credentials.get())
                .header("X-Acme-Delivery-Id", UUID.randomUUID().toString());
        if (payload == null) {
            builder.method(verb, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json");
            builder.method(verb, HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        }
        HttpRequest req = builder.build();
        IOException failure = null;
        for (int tryNo = 1; tryNo <= maxTries; tryNo++) {
            try {
                HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
                int code = resp.statusCode();
                if (code < 500) {
                    return resp;
                }
                LOG.warning(verb + " " + target + " returned " + code + " (try " + tryNo + "/" + maxTries + ")");
                if (tryNo == maxTries) {
                    throw new WebhookDeliveryException(verb + " " + target + " failed with code " + code, code, null);
                }
            } catch (IOException e) {
                failure = e;
                LOG.warning(verb + " " + target + " failed: " + e + " (try " + tryNo + "/" + maxTries + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WebhookDeliveryException("delivery interrupted: " + target, -1, e);
            }
            if (tryNo < maxTries) {
                sleep(delayFor(tryNo));
            }
        }
        throw new WebhookDeliveryException(verb + " " + target + " gave up after " + maxTries + " attempts", -1, failure);
    }

    // exponential, capped, with jitter so that retries from many senders spread out
    long delayFor(int tryNo) {
        long exponential = firstDelay.toMillis() * (1L << Math.min(tryNo - 1, 16));
        long capped = Math.min(exponential, delayCap.toMillis());
        long half = capped / 2;
        return half + ThreadLocalRandom.current().nextLong(half + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookDeliveryException("interrupted during backoff", -1, e);
        }
    }
}
