package com.acme.billing.api;

import com.acme.billing.data.BillingDataException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Translates exceptions from the billing API into the Acme error format.
 * <p>
 * In addition to the standard fields, billing returns a {@code correlationId} that
 * also appears in our logs, because finance support asked to be able to find the
 * log entry for a failed statement download.
 */
public class FaultTranslator {

    private static final Logger LOG = Logger.getLogger(FaultTranslator.class.getName());

    private final Clock clock;

    public FaultTranslator(Clock clock) {
        this.clock = clock;
    }

    public Fault translate(Throwable error, String requestPath) {
        int status;
        String code;
        if (error instanceof BillingApiException billingError) {
            status = billingError.status();
            code = billingError.code();
        } else if (error instanceof SecurityException) {
            status = 403;
            code = "FORBIDDEN";
        } else if (error instanceof NoSuchElementException) {
            status = 404;
            code = "INVOICE_NOT_FOUND";
        } else if (error instanceof IllegalArgumentException) {
            status = 400;
            code = "BAD_REQUEST";
        } else if (error instanceof IllegalStateException) {
            status = 409;
            code = "INVOICE_STATE_CONFLICT";
        } else if (error instanceof BillingDataException) {
            status = 503;
            code = "STORAGE_UNAVAILABLE";
        } else {
            status = 500;
            code = "INTERNAL_ERROR";
        }
        String correlationId = UUID.randomUUID().toString();
        String message;
        if (status >= 500) {
            LOG.log(Level.SEVERE, "[" + correlationId + "] " + requestPath + " failed", error);
            message = "Billing is temporarily unavailable";
        } else {
            LOG.fine("[" + correlationId + "] " + requestPath + " -> " + status);
            message = error.getMessage() == null ? code : error.getMessage();
        }
        StringBuilder json = new StringBuilder(256);
        json.append('{');
        json.append("\"timestamp\":\"").append(DateTimeFormatter.ISO_INSTANT.format(clock.instant())).append("\",");
        json.append("\"status\":").append(status).append(',');
        json.append("\"error\":\"").append(escape(code)).append("\",");
        json.append("\"message\":\"").append(escape(message)).append("\",");
        json.append("\"path\":\"").append(escape(requestPath)).append("\",");
        json.append("\"correlationId\":\"").append(correlationId).append('"');
        json.append('}');
        return new Fault(status, json.toString(), correlationId);
    }

    static String escape(String value) {
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
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
