package com.acme.inventory.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Client for the supplier availability and purchase-order API (one instance per
 * supplier).
 * <p>
 * Suppliers' APIs are flaky and rate limited, so besides retrying 5xx and I/O errors
 * with exponential backoff we honour {@code 429 Retry-After} and give up once the
 * overall deadline of the nightly sync step is reached.
 */
public class SupplierApiClient {

    private static final Logger LOG = Logger.getLogger(SupplierApiClient.class.getName());

    private final HttpClient httpClient;
    private final URI baseUri;
    private final String apiToken;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration requestTimeout;
    private final Duration overallDeadline;

    public SupplierApiClient(URI baseUri, String apiToken) {
        this.httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.baseUri = baseUri;
        this.apiToken = apiToken;
        this.maxAttempts = 6;
        this.initialBackoff = Duration.ofMillis(500);
        this.maxBackoff = Duration.ofSeconds(30);
        this.requestTimeout = Duration.ofSeconds(20);
        this.overallDeadline = Duration.ofMinutes(2);
    }

    /**
     * Calls the supplier API: {@code GET} when {@code jsonBody} is {@code null},
     * {@code POST} otherwise.
     *
     * @return the first response that is neither 5xx nor 429
     * @throws SupplierApiException when the call could not be completed
     */
    public HttpResponse<String> call(String path, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + apiToken)
                .header("User-Agent", "acme-inventory-sync/2.3");
        if (jsonBody == null) {
            builder.GET();
        } else {
            builder.header("Content-Type", "application/json");
            builder.POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        HttpRequest request = builder.build();
        Instant deadline = Instant.now().plus(overallDeadline);
        IOException lastError = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            long waitMillis = backoffMillis(attempt);
            try {
                HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 429) {
                    waitMillis = response.headers().firstValueAsLong("Retry-After").orElse(1L) * 1000L;
                } else if (status < 500) {
                    return response;
                }
                LOG.warning("supplier call " + path + " returned " + status + " (attempt " + attempt + ")");
                if (attempt == maxAttempts) {
                    throw new SupplierApiException("supplier call " + path + " failed with status " + status, status, null);
                }
            } catch (IOException e) {
                lastError = e;
                LOG.warning("supplier call " + path + " failed: " + e + " (attempt " + attempt + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SupplierApiException("interrupted while calling supplier " + path, -1, e);
            }
            if (Instant.now().plusMillis(waitMillis).isAfter(deadline)) {
                throw new SupplierApiException("supplier call " + path + " exceeded deadline", -1, lastError);
            }
            if (attempt < maxAttempts) {
                sleep(waitMillis);
            }
        }
        throw new SupplierApiException("supplier call " + path + " failed after " + maxAttempts + " attempts", -1, lastError);
    }

    private long backoffMillis(int attempt) {
        long exponential = initialBackoff.toMillis() * (1L << Math.min(attempt - 1, 16));
        long capped = Math.min(exponential, maxBackoff.toMillis());
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SupplierApiException("interrupted during backoff", -1, e);
        }
    }
}
