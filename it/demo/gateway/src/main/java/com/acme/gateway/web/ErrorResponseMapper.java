package com.acme.gateway.web;

import com.acme.gateway.security.TokenValidationException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any exception escaping a gateway handler into the JSON error body agreed in
 * the public API guidelines:
 * <pre>
 * {"timestamp":"...","status":404,"error":"NOT_FOUND","message":"...","path":"/api/..."}
 * </pre>
 * The body is built by hand because the gateway has no JSON library on its classpath.
 */
public class ErrorResponseMapper {

    private static final Logger LOG = Logger.getLogger(ErrorResponseMapper.class.getName());

    private final Clock clock;

    public ErrorResponseMapper(Clock clock) {
        this.clock = clock;
    }

    /**
     * Maps an exception to an HTTP status and error body.
     *
     * @param error       the exception thrown by the handler
     * @param requestPath the path of the failed request, echoed back to the client
     * @return status and body
     */
    public ErrorResponse toResponse(Throwable error, String requestPath) {
        int status;
        String code;
        if (error instanceof GatewayException gatewayError) {
            status = gatewayError.status();
            code = gatewayError.code();
        } else if (error instanceof TokenValidationException) {
            status = 401;
            code = "UNAUTHORIZED";
        } else if (error instanceof SecurityException) {
            status = 403;
            code = "FORBIDDEN";
        } else if (error instanceof NoSuchElementException) {
            status = 404;
            code = "NOT_FOUND";
        } else if (error instanceof IllegalArgumentException) {
            status = 400;
            code = "BAD_REQUEST";
        } else if (error instanceof HttpTimeoutException || error instanceof TimeoutException) {
            status = 504;
            code = "UPSTREAM_TIMEOUT";
        } else {
            status = 500;
            code = "INTERNAL_ERROR";
        }
        String message;
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Unhandled error for " + requestPath, error);
            message = "An unexpected error occurred";
        } else {
            message = error.getMessage() == null ? code : error.getMessage();
        }
        StringBuilder json = new StringBuilder(256);
        json.append('{');
        json.append("\"timestamp\":\"").append(DateTimeFormatter.ISO_INSTANT.format(clock.instant())).append("\",");
        json.append("\"status\":").append(status).append(',');
        json.append("\"error\":\"").append(escapeJson(code)).append("\",");
        json.append("\"message\":\"").append(escapeJson(message)).append("\",");
        json.append("\"path\":\"").append(escapeJson(requestPath)).append('"');
        json.append('}');
        return new ErrorResponse(status, json.toString());
    }

    /** Escapes a value for inclusion inside a JSON string literal. */
    static String escapeJson(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
