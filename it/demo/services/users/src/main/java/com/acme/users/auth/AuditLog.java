package com.acme.users.auth;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Security audit trail. Shipped to the SIEM through the {@code acme.audit} logger,
 * one key=value line per event.
 */
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("acme.audit.users");

    public void record(String event, String subject, String remoteAddress, String detail) {
        Level level = event.endsWith("SUCCEEDED") || event.equals("LOGOUT") ? Level.INFO : Level.WARNING;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "event={0} subject={1} remote={2} detail={3}",
                    new Object[] {event, sanitize(subject), sanitize(remoteAddress), sanitize(detail)});
        }
    }

    /** Strips CR/LF so that user input cannot forge extra audit lines. */
    private static String sanitize(String value) {
        return value == null ? "-" : value.replace('\n', '_').replace('\r', '_');
    }
}
