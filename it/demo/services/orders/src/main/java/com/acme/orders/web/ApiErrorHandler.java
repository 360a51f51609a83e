package com.acme.orders.web;

import com.acme.orders.security.AuthenticationFailedException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last-resort exception handler of the orders API. Produces the standard Acme error
 * body so that clients see the same shape whether the error came from the gateway or
 * from us.
 */
public class ApiErrorHandler {

    /**
     * Error reply of the orders API.
     *
     * @param httpStatus HTTP status code
     * @param json       response body
     */
    public record ApiError(int httpStatus, String json) {
    }

    private static final Logger LOGGER = Logger.getLogger(ApiErrorHandler.class.getName());

    private final Clock clock;

    public ApiErrorHandler(Clock clock) {
        this.clock = clock;
    }

    /**
     * Converts an exception into status code and JSON payload.
     *
     * @param ex  what went wrong
     * @param uri request URI path
     */
    public ApiError handle(Throwable ex, String uri) {
        int httpStatus;
        String errorCode;
        if (ex instanceof OrderApiException apiException) {
            httpStatus = apiException.httpStatus();
            errorCode = apiException.errorCode();
        } else if (ex instanceof AuthenticationFailedException) {
            httpStatus = 401;
            errorCode = "AUTHENTICATION_REQUIRED";
        } else if (ex instanceof SecurityException) {
            httpStatus = 403;
            errorCode = "ACCESS_DENIED";
        } else if (ex instanceof NoSuchElementException) {
            httpStatus = 404;
            errorCode = "ORDER_NOT_FOUND";
        } else if (ex instanceof IllegalArgumentException) {
            httpStatus = 422;
            errorCode = "INVALID_ORDER";
        } else if (ex instanceof HttpTimeoutException || ex instanceof TimeoutException) {
            httpStatus = 503;
            errorCode = "DEPENDENCY_TIMEOUT";
        } else {
            httpStatus = 500;
            errorCode = "SERVER_ERROR";
        }
        String detail;
        if (httpStatus >= 500) {
            LOGGER.log(Level.SEVERE, "Request to " + uri + " failed", ex);
            detail = "Internal server error";
        } else {
            detail = ex.getMessage() == null ? errorCode : ex.getMessage();
        }
        StringBuilder buf = new StringBuilder(200);
        buf.append('{');
        buf.append("\"timestamp\":\"").append(DateTimeFormatter.ISO_INSTANT.format(clock.instant())).append("\",");
        buf.append("\"status\":").append(httpStatus).append(',');
        buf.append("\"error\":\"").append(jsonEscape(errorCode)).append("\",");
        buf.append("\"message\":\"").append(jsonEscape(detail)).append("\",");
        buf.append("\"path\":\"").append(jsonEscape(uri)).append('"');
        buf.append('}');
        return new ApiError(httpStatus, buf.toString());
    }

    private static String jsonEscape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int pos = 0; pos < text.length(); pos++) {
            char ch = text.charAt(pos);
            switch (ch) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (ch < ' ') {
                        sb.append(String.format("\\u%04X", (int) ch));
                    } else {
                        sb.append(ch);
                    }
            }
        }
        return sb.toString();
    }
}
