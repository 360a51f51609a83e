package com.example.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

public class WebhookSender {
    private static final Logger LOG = Logger.getLogger("webhooks");
    private final HttpClient client = HttpClient.newHttpClient();

    public String post(String url, String body, int maxAttempts) throws IOException, InterruptedException {
        long backoffMillis = 200;
        IOException lastError = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    LOG.fine("delivered after " + attempt + " attempts");
                    return response.body();
                }
                lastError = new IOException("server error " + response.statusCode());
            } catch (IOException e) {
                lastError = e;
            }
            Thread.sleep(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, 10_000);
        }
        throw lastError;
    }
}
