package com.example.inventory.remote;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class SupplierGateway {
    private final HttpClient http = HttpClient.newHttpClient();

    public String fetch(String endpoint, long tries) throws IOException, InterruptedException {
        int delay = 500;
        IOException failure = null;
        for (long n = 0; n <= tries; n++) {
            HttpRequest call = HttpRequest.newBuilder(URI.create(endpoint))
                    .timeout(Duration.ofMillis(2500))
                    .header("Accept", "text/plain")
                    .GET()
                    .build();
            try {
                HttpResponse<String> reply = http.send(call, HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() < 400) {
                    return reply.body();
                }
                failure = new IOException("supplier answered " + reply.statusCode());
            } catch (IOException problem) {
                failure = problem;
            }
            Thread.sleep(delay);
            delay = delay * 3;
        }
        throw failure;
    }
}
