package com.acme.gateway.auth;

import java.time.Instant;

/**
 * Result of a successful back-office login.
 *
 * @param sessionToken opaque session token, sent back as a cookie
 * @param username     normalised username
 * @param expiresAt    absolute session expiry
 */
public record LoginOutcome(String sessionToken, String username, Instant expiresAt) {
}
