package com.example.orders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class OrderClient {
    private final HttpClient client = HttpClient.newHttpClient();

    /** Sends the request, retrying server errors with exponential backoff. */
    public String getWithRetries(String url, int maxAttempts) throws IOException, InterruptedException {
        long backoffMillis = 200;
        IOException lastError = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return response.body();
                }
                lastError = new IOException("server error " + response.statusCode());
            } catch (IOException e) {
                lastError = e;
            }
            Thread.sleep(backoffMillis);
            backoffMillis = backoffMillis * 2;
        }
        throw lastError;
    }
}
