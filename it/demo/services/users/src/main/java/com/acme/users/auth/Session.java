package com.acme.users.auth;

import java.time.Instant;

/**
 * An authenticated customer session.
 *
 * @param token     opaque, URL-safe session token
 * @param userId    id of the logged-in user
 * @param createdAt login time
 * @param expiresAt absolute expiry
 */
public record Session(String token, long userId, Instant createdAt, Instant expiresAt) {

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        // never log the token itself
        return "Session[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
