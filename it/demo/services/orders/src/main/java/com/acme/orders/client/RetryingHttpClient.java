package com.acme.orders.client;

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
 * JSON-over-HTTP client for calls to other services (payments, tax, fraud check).
 * <p>
 * Retries on connection failures and 5xx responses with capped exponential backoff
 * and "equal jitter" (half fixed, half random), so that a brief outage of a
 * dependency does not fail checkouts. 4xx responses are returned to the caller
 * without retrying.
 */
public class RetryingHttpClient {

    private static final Logger LOG = Logger.getLogger(RetryingHttpClient.class.getName());

    private final HttpClient httpClient;
    private final URI baseUri;
    private final Supplier<String> accessToken;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration requestTimeout;

    public RetryingHttpClient(URI baseUri, Supplier<String> accessToken) {
        this(baseUri, accessToken, 4, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public RetryingHttpClient(URI baseUri, Supplier<String> accessToken, int maxAttempts,
                              Duration initialBackoff, Duration maxBackoff, Duration requestTimeout) {
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.baseUri = baseUri;
        this.accessToken = accessToken;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Sends a request, retrying transient failures.
     *
     * @param method   HTTP method
     * @param path     path relative to the base URI
     * @param jsonBody request body, or {@code null} for none
     * @return the first non-5xx response
     * @throws HttpCallFailedException when all attempts failed
     */
    public HttpResponse<String> send(String method, String path, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken.get())
                .header("X-Request-Id", UUID.randomUUID().toString());
        if (jsonBody == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json");
            builder.method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        HttpRequest request = builder.build();
        IOException lastError = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status < 500) {
                    return response;
                }
                LOG.warning(method + " " + path + " returned " + status + " (attempt " + attempt + "/" + maxAttempts + ")");
                if (attempt == maxAttempts) {
                    throw new HttpCallFailedException(method + " " + path + " failed with status " + status, status, null);
                }
            } catch (IOException e) {
                lastError = e;
                LOG.warning(method + " " + path + " failed: " + e + " (attempt " + attempt + "/" + maxAttempts + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpCallFailedException("interrupted while calling " + path, -1, e);
            }
            if (attempt < maxAttempts) {
                sleep(backoffMillis(attempt));
            }
        }
        throw new HttpCallFailedException(method + " " + path + " failed after " + maxAttempts + " attempts", -1, lastError);
    }

    /** Capped exponential backoff with equal jitter: [cap/2, cap]. */
    long backoffMillis(int attempt) {
        long exponential = initialBackoff.toMillis() * (1L << Math.min(attempt - 1, 16));
        long capped = Math.min(exponential, maxBackoff.toMillis());
        long half = capped / 2;
        return half + ThreadLocalRandom.current().nextLong(half + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpCallFailedException("interrupted during backoff", -1, e);
        }
    }
}
